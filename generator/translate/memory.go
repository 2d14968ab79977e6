package translate

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"plansite/generator/cite"
	"plansite/generator/link/dept"
	"plansite/generator/plan"
)

// Memory is what the project has already translated, offered to a
// translator before they start: the English of every current unit in every
// plan (heading for heading, body for text), the department registry's
// English names and the glossary's fixed renderings.
//
// Exact finds a whole segment's English: the same Chinese translated
// before, a department name or a list of them (a signature, a 抄送 line), a
// glossary term, or a document number, romanized. Fuzzy finds translated
// Chinese like a segment's, with its similarity, to be offered as a match
// candidate and never taken as the target.
type Memory struct {
	entries []*memEntry
	exact   map[string]*memEntry
	reg     *dept.Registry
	terms   []Term
	// citeTerms is the glossary as cite.Terms: the English of a grouped
	// key project's kind of work in its label (河道综合治理工程 →
	// comprehensive river improvement projects), as pages label it.
	citeTerms cite.Terms
	// Titles are the plans' English titles from content/works.yaml, by
	// slug, for the title of a plan not yet translated.
	Titles map[string]string
}

type memEntry struct {
	zh, en, origin string
	grams          []uint64 // sorted character bigrams of zh
	runes          int
}

// Hit is a segment's English found in the memory.
type Hit struct {
	EN     string
	Origin string // "zichuan-education-2022#part_1", "content/departments.yaml:12", "content/glossary.yaml:40"
	Kind   string // "memory", "department", "glossary", "number"
}

// Candidate is a fuzzy match: translated Chinese like a segment's.
type Candidate struct {
	ZH, EN, Origin string
	Similarity     float64 // 0–100
}

// NewMemory builds the memory from every plan's translation in set (nil
// for none), the registry (nil for none) and the glossary. Stale units are
// left out: their English no longer says what their Chinese says.
func NewMemory(docs []*plan.Document, set *Set, reg *dept.Registry, terms []Term) *Memory {
	m := &Memory{exact: map[string]*memEntry{}, reg: reg, terms: terms, citeTerms: CiteTerms(terms)}
	for _, doc := range docs {
		d := set.Doc(doc.Slug)
		if d == nil {
			continue
		}
		doc.Walk(func(n *plan.Node) bool {
			u := d.Unit(n.EID)
			if u == nil || !Needs(n) {
				return true
			}
			if s := StateOf(n, d); s != Current && s != Unstamped {
				return true
			}
			origin := doc.Slug + "#" + n.EID
			m.add(n.Heading, u.HeadingMD, origin)
			if len(n.Columns) == 0 && len(n.Rows) == 0 {
				m.add(n.Text, u.BodyMD, origin)
			}
			return true
		})
	}
	return m
}

func (m *Memory) add(zh, en, origin string) {
	key := memKey(zh)
	if key == "" || strings.TrimSpace(en) == "" {
		return
	}
	if _, ok := m.exact[key]; ok {
		return // the first plan (in slug order) gives the rendering
	}
	e := &memEntry{zh: key, en: en, origin: origin, grams: bigrams(key), runes: utf8.RuneCountInString(key)}
	m.exact[key] = e
	m.entries = append(m.entries, e)
}

// memKey is the form segments are compared in: without the spaces and
// final full stop that layout and run-in headings add.
func memKey(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), "。. ")
}

// Exact returns the English of a whole segment of plan slug, if the
// memory has it; scope is the plan's department scope
// (dept.Resolver.Scope). A glossary term given for some plans (Term.Plans)
// is the same scope here as on the pages: its rendering is not another
// plan's, nor is a translation of Chinese using it made in a plan of the
// other sense (体育 translated "physical education" in an education plan
// is no rendering for a plan on consumption).
func (m *Memory) Exact(zh, scope, slug string) (Hit, bool) {
	key := memKey(zh)
	if key == "" {
		return Hit{}, false
	}
	if e := m.exact[key]; e != nil && m.sameSense(key, e.origin, slug) {
		return Hit{EN: e.en, Origin: e.origin, Kind: "memory"}, true
	}
	if e := m.department(scope, key); e != nil {
		return Hit{EN: e.EN, Origin: fmt.Sprintf("%s:%d", m.reg.File, e.Line), Kind: "department"}, true
	}
	for _, t := range m.terms {
		if (t.ZH == key || slices.Contains(t.AliasesZH, key)) && t.For(slug) {
			return Hit{EN: t.EN, Origin: fmt.Sprintf("%s:%d", GlossaryFile, t.Line), Kind: "glossary"}, true
		}
	}
	if en, ok := m.departmentList(scope, key); ok {
		return Hit{EN: en, Origin: m.reg.File, Kind: "department"}, true
	}
	if r := cite.RomanizeNumber(key); r != key {
		return Hit{EN: r, Origin: "document number", Kind: "number"}, true
	}
	return Hit{}, false
}

// department is the registry entry with an English name that the name
// denotes in scope, or nil.
func (m *Memory) department(scope, name string) *dept.Entry {
	if m.reg == nil {
		return nil
	}
	if e := m.reg.Lookup(scope, name); e != nil && e.EN != "" {
		return e
	}
	return nil
}

// departmentList renders a list of department names (主送, 抄送, a joint
// signature) when the registry knows every one.
func (m *Memory) departmentList(scope, s string) (string, bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，、,；;\n", r) })
	if len(parts) < 2 {
		return "", false
	}
	var ens []string
	for _, p := range parts {
		e := m.department(scope, strings.TrimSpace(p))
		if e == nil {
			return "", false
		}
		ens = append(ens, e.EN)
	}
	return strings.Join(ens, ", ") + ".", true
}

// sameSense reports whether the English of zh made in the plan of origin
// ("slug#eId") reads its glossary terms as plan slug does: no term zh
// uses is given for one of the two plans and not the other.
func (m *Memory) sameSense(zh, origin, slug string) bool {
	from, _, _ := strings.Cut(origin, "#")
	for _, t := range m.terms {
		if len(t.Plans) > 0 && t.For(from) != t.For(slug) && usesTerm(zh, t) {
			return false
		}
	}
	return true
}

// minSimilarity is the least similarity a fuzzy match needs to be offered;
// below it a match costs the translator more reading than it saves.
const minSimilarity = 60

// Fuzzy returns up to max translated segments like zh, a segment of plan
// slug, most similar first, leaving out exact matches and those whose
// glossary terms another plan reads in another sense (sameSense).
// Similarity is the Dice coefficient of the character bigrams, in percent.
func (m *Memory) Fuzzy(zh, slug string, max int) []Candidate {
	key := memKey(zh)
	g := bigrams(key)
	n := utf8.RuneCountInString(key)
	if len(g) == 0 {
		return nil
	}
	var out []Candidate
	for _, e := range m.entries {
		if e.zh == key || 2*min(n, e.runes)*100 < minSimilarity*(n+e.runes) {
			continue // equal, or too different in length to reach the threshold
		}
		if !m.sameSense(e.zh, e.origin, slug) {
			continue
		}
		sim := 200 * float64(common(g, e.grams)) / float64(len(g)+len(e.grams))
		if sim >= minSimilarity {
			out = append(out, Candidate{ZH: e.zh, EN: e.en, Origin: e.origin, Similarity: sim})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Similarity > out[j].Similarity })
	return out[:min(len(out), max)]
}

// bigrams is the sorted set of overlapping character pairs of s (a single
// character counts as one "pair").
func bigrams(s string) []uint64 {
	rs := []rune(s)
	if len(rs) == 1 {
		return []uint64{uint64(rs[0])}
	}
	set := map[uint64]bool{}
	for i := 0; i+1 < len(rs); i++ {
		set[uint64(rs[i])<<32|uint64(rs[i+1])] = true
	}
	return slices.Sorted(maps.Keys(set))
}

// common counts the elements two sorted sets share.
func common(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// TermsIn lists the glossary terms zh, a text of plan slug, uses, each
// once: not a term given for other plans (Term.Plans).
func (m *Memory) TermsIn(zh, slug string) []Term {
	var out []Term
	for _, t := range m.terms {
		if usesTerm(zh, t) && t.For(slug) {
			out = append(out, t)
		}
	}
	return out
}

// DeptMention is a department name found in a text.
type DeptMention struct {
	Written string
	Entry   *dept.Entry
}

// DepartmentsIn lists the registry departments zh names (by name, full
// name or alias, as they resolve in scope: the scope's own, those of the
// governments it lies within, those of every scope), each once, longest
// names first so that 区委 inside 区委宣传部 is not reported on its own.
func (m *Memory) DepartmentsIn(zh, scope string) []DeptMention {
	if m.reg == nil {
		return nil
	}
	var names []string
	for _, e := range m.reg.Entries {
		if !m.reg.Sees(scope, e.Scope) {
			continue
		}
		for _, n := range append([]string{e.Name, e.Full}, e.Aliases...) {
			if n != "" && strings.Contains(zh, n) {
				names = append(names, n)
			}
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	var out []DeptMention
	seen := map[*dept.Entry]bool{}
	rest := zh
	for _, n := range names {
		if !strings.Contains(rest, n) {
			continue // only inside a longer name already taken
		}
		rest = strings.ReplaceAll(rest, n, "\x00")
		e := m.reg.Lookup(scope, n)
		if e == nil || seen[e] {
			continue
		}
		seen[e] = true
		out = append(out, DeptMention{Written: n, Entry: e})
	}
	return out
}

// CiteTerms is the glossary as cite.Terms, which labels name a grouped
// key project's kind of work by: a term's English for it and each of its
// Chinese forms, the first term naming a form winning.
func CiteTerms(terms []Term) cite.Terms {
	en := map[string]string{}
	for _, t := range terms {
		for _, zh := range append([]string{t.ZH}, t.AliasesZH...) {
			if _, ok := en[zh]; !ok && t.EN != "" {
				en[zh] = t.EN
			}
		}
	}
	return func(zh string) (string, bool) {
		s, ok := en[zh]
		return s, ok
	}
}
