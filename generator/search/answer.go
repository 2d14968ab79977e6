package search

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// Answer is everything the search box shows for a query.
type Answer struct {
	Results []Result // best first
	Also    []string // words searched as well, from the synonym table
	Partial bool     // no passage holds every word: Results are the best partial matches
	Suggest []string // glossary terms to try when nothing holds every word
	Goto    []Result // passages the query names by number (二（一）3, 2.1.3, an eId): the first GotoShown, or all (Scope.AllGotos)

	// GotoTotal and GotoPlans count every passage the query names within
	// the scope, and the plans holding them, so that the box can say in
	// how many plans a label is and link to the rest.
	GotoTotal, GotoPlans int
}

// GotoShown bounds the passages a passage number lists in the box: one
// per plan that has it, in go-to order (gotoOrder); the results page
// lists them all.
const GotoShown = 5

// maxSuggest bounds the glossary terms suggested.
const maxSuggest = 5

// Query answers a query as the search box does (query() in
// search-index.js). It ranks the query as typed and, for each synonym the
// table holds for its words, the query with that word replaced; each
// passage takes its best rank over these. When no passage holds every word
// of the query, the results are labelled partial, a Chinese run of four or
// more characters is searched again in pieces of two (学前教育普及率 →
// 学前 教育 普及率) so that the passages holding most of it come first, and
// glossary terms sharing a word with the query are suggested.
func (ix *Index) Query(q string) (Answer, error) { return ix.QueryIn(q, Scope{}) }

// Scope narrows and orders the answer to a query across plans. Ranking
// is the same whatever the scope (scores are of the whole library):
// the results of the plans kept are those of the whole answer, and a
// plan searched first only moves its passages ahead of the others'.
type Scope struct {
	First string   // slug of the plan whose passages come first: a plan page's box searches its plan first
	Only  []string // slugs of the plans to keep (a plan or issuer filter); all when empty

	// AllGotos lists every passage the query names, not the first
	// GotoShown: the results page shows them all.
	AllGotos bool
}

// order keeps the results of the plans in sc, those of sc.First first,
// each part in its order.
func (ix *Index) order(rs []Result, sc Scope) []Result {
	first := -1
	keep := map[int]bool{}
	for d, doc := range ix.m.Docs {
		if doc.Slug == sc.First {
			first = d
		}
		if slices.Contains(sc.Only, doc.Slug) {
			keep[d] = true
		}
	}
	var mine, rest []Result
	for _, r := range rs {
		d := ix.doc(r.Passage)
		switch {
		case len(sc.Only) > 0 && !keep[d]:
		case d == first:
			mine = append(mine, r)
		default:
			rest = append(rest, r)
		}
	}
	return append(mine, rest...)
}

// QueryIn answers a query as Query does, within a scope.
func (ix *Index) QueryIn(q string, sc Scope) (Answer, error) {
	var a Answer
	// Whether the query names passages is the whole library's answer;
	// the scope only narrows the passages it goes to.
	named, err := ix.gotoPassages(q)
	if err != nil {
		return a, err
	}
	if a.Goto, err = ix.Goto(q, sc); err != nil {
		return a, err
	}
	all, plans, err := ix.gotoList(q, sc)
	if err != nil {
		return a, err
	}
	a.GotoTotal, a.GotoPlans = len(all), plans
	best := map[int]int{} // passage → index in a.Results
	anyFull := false
	run := func(v string) error {
		terms := parseQuery(v, ix.m.Mode)
		if p, ok := labelPhrase(v, ix.m.Mode); ok && len(named) > 0 {
			terms = append(terms, p)
		}
		rs, full, err := ix.rank(terms)
		if err != nil {
			return err
		}
		for k, r := range rs {
			if len(named) > 0 && r.Tier < float64(len(terms)) {
				// A passage number finds in the text only the passages
				// quoting it whole ("see Part III (2)"), not every
				// passage saying "part".
				continue
			}
			r.Q = v
			anyFull = anyFull || full[k]
			i, ok := best[r.Passage]
			if !ok {
				best[r.Passage] = len(a.Results)
				a.Results = append(a.Results, r)
			} else if better(r, a.Results[i]) {
				a.Results[i] = r
			}
		}
		return nil
	}
	variants, also := expand(q, ix.m.Syn)
	a.Also = also
	for _, v := range append([]string{q}, variants...) {
		if err := run(v); err != nil {
			return a, err
		}
	}
	if !anyFull {
		// A passage number is not words to split.
		if v := splitRuns(q, ix.m.Mode); v != "" && len(named) == 0 {
			if err := run(v); err != nil {
				return a, err
			}
		}
		// A passage number is answered by its passage: its results are
		// not partial matches of words, nor is a glossary term wanted.
		if len(named) == 0 {
			a.Partial = len(a.Results) > 0
			a.Suggest = ix.suggest(q)
		}
	}
	sort.SliceStable(a.Results, func(i, j int) bool { return better(a.Results[i], a.Results[j]) })
	a.Results = ix.order(a.Results, sc)
	for i := 0; i < len(a.Results) && i < ResultsShown; i++ {
		if err := ix.Describe(&a.Results[i]); err != nil {
			return a, err
		}
	}
	return a, nil
}

// better orders results: by tier, then score, then document order.
func better(x, y Result) bool {
	return cmp.Or(cmp.Compare(y.Tier, x.Tier), cmp.Compare(y.Score, x.Score), cmp.Compare(x.Passage, y.Passage)) < 0
}

// expand returns the query with each word the synonym rows hold replaced
// by each word it searches as well (at most maxVariants queries), and those
// words. A Chinese word matches anywhere in the query, a Latin one as a
// whole word; a search word the query already holds is not added.
func expand(q string, rows [][]string) (variants, also []string) {
	qn := Normalize(q)
	for _, row := range rows {
		w := row[0]
		i := wordAt(qn, w)
		if i < 0 {
			continue
		}
		for _, t := range row[1:] {
			if len(variants) >= maxVariants || strings.Contains(qn, Normalize(t)) {
				continue
			}
			variants = append(variants, qn[:i]+t+qn[i+len(w):])
			if !slices.Contains(also, t) {
				also = append(also, t)
			}
		}
	}
	return variants, also
}

// wordAt returns where w first occurs in s with no letter or digit
// joined to a Latin letter or digit at either end, or -1.
func wordAt(s, w string) int {
	if w == "" {
		return -1
	}
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(w)
		before := i > 0 && joined(s[i-1], w[0])
		after := end < len(s) && joined(w[len(w)-1], s[end])
		if !before && !after {
			return i
		}
		from = i + 1
	}
}

// joined reports whether two neighbouring bytes are both ASCII letters or
// digits, so that a word boundary does not fall between them.
func joined(a, b byte) bool { return alnum(a) && alnum(b) }

func alnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// splitRuns returns the query with every gram run of four or more
// characters cut into pieces of two (an odd last character joins the last
// piece), or "" when it has no such run.
func splitRuns(q, mode string) string {
	ws, _ := scan(nil, []rune(Normalize(q)), mode)
	var parts []string
	cut := false
	for _, w := range ws {
		switch w.kind {
		case gramWord:
			r := []rune(w.text)
			if len(r) < 4 {
				parts = append(parts, w.text)
				continue
			}
			cut = true
			for k := 0; k < len(r); k += 2 {
				if len(r)-k == 3 {
					parts = append(parts, string(r[k:]))
					break
				}
				parts = append(parts, string(r[k:k+2]))
			}
		default:
			parts = append(parts, w.printed())
		}
	}
	if !cut {
		return ""
	}
	return strings.Join(parts, " ")
}

// suggest returns glossary terms of the index's language that share a
// token (a Chinese pair of characters, an English stem or number) with the
// query, those sharing most first, then in glossary order.
func (ix *Index) suggest(q string) []string {
	want := map[string]bool{}
	for _, t := range Tokens(q, ix.m.Mode) {
		if len([]rune(t)) > 1 || !isHan([]rune(t)[0]) {
			want[t] = true
		}
	}
	type cand struct {
		term string
		n    int
	}
	var cs []cand
	qn := Normalize(q)
	for _, g := range ix.m.Gloss {
		if Normalize(g) == qn {
			continue
		}
		n := 0
		seen := map[string]bool{}
		for _, t := range Tokens(g, ix.m.Mode) {
			if want[t] && !seen[t] {
				seen[t] = true
				n++
			}
		}
		if n > 0 {
			cs = append(cs, cand{g, n})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].n > cs[j].n })
	var out []string
	for i := 0; i < len(cs) && i < maxSuggest; i++ {
		out = append(out, cs[i].term)
	}
	return out
}
