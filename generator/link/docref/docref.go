// Package docref finds where a plan of a library names another plan of the
// same library, so that a reader can follow the reference and the plan
// named can say who cites it. Chinese documents name one another in three
// ways, all recognised:
//
//   - by title in 《》, or in 〈〉 inside another title (关于印发〈X〉的通知):
//     《某区“十四五”教育发展规划》;
//   - by the title of the notice that issued it;
//   - by document number, alone or after the title: 某政发〔2022〕10号,
//     with its year in 〔〕, [], ［］, () or （）.
//
// A title several plans share (two editions of one 办法) names the one
// whose number follows it; else, when the citing plan has that title, the
// citing plan itself (its notice's 现将《X》印发给你们), unless the title is
// the former's (原《X》) and one other plan has it; else the only plan with
// it. A reference is never guessed, and a plan never references itself.
//
// What follows the name says more: a passage reference (《X》第十条,
// 第二部分第三项), kept as printed in Ref.Where for the site to resolve
// with the named plan's go-to table; and a sentence that repeals the plan
// named (原《X》同时废止, 《X》自…起废止), which Ref.Repeals records and the
// named plan's status line then reports.
//
// Everything is a pure function of the parsed documents: Find reads one
// plan against a Catalog of the library's names, cheap enough to run on
// every load (it looks only at text containing 《, 〈 or 号).
package docref

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// Doc is a plan of the library as references name it.
type Doc struct {
	Slug        string
	Title       string // the plan's own title
	NoticeTitle string // the title of its issuing notice, or ""
	Number      string // its document number (发文字号), or ""
}

// Ref is one reference from a passage of a plan to another plan.
type Ref struct {
	From    string // slug of the citing plan
	EID     string // the citing passage
	To      string // slug of the plan named
	Where   string // the passage reference printed after the name (第十条), or ""
	Repeals bool   // the sentence repeals the plan named
}

// Catalog is the library's plans by the names references give them.
type Catalog struct {
	byTitle  map[string][]string // normalised title or notice title → slugs
	byNumber map[string][]number // year and serial ("2022/10") → numbers
}

// number is a document number split where references vary it: the
// issuer's code before the year (川政发) and the slug it belongs to.
type number struct {
	code, slug string
}

// NewCatalog indexes the names of docs.
func NewCatalog(docs []Doc) *Catalog {
	c := &Catalog{byTitle: map[string][]string{}, byNumber: map[string][]number{}}
	for _, d := range docs {
		for _, t := range []string{d.Title, d.NoticeTitle} {
			if k := plan.TitleKey(t); k != "" && !slices.Contains(c.byTitle[k], d.Slug) {
				c.byTitle[k] = append(c.byTitle[k], d.Slug)
			}
		}
		if m := numberRE.FindStringSubmatch(d.Number); m != nil && m[1] != "" {
			k := m[2] + "/" + m[3]
			c.byNumber[k] = append(c.byNumber[k], number{code: m[1], slug: d.Slug})
		}
	}
	return c
}

var (
	// numberRE is a document number: the issuer's code, the year in
	// one of the brackets portals print, the serial.
	numberRE = regexp.MustCompile(`(\p{Han}*)[` + plan.NumberOpen + `]((?:19|20)\d\d)[` + plan.NumberClose + `]第?(\d{1,4})号`)
	// numberAfter is a document number in brackets right after a
	// title: 《X》（某政发〔2022〕10号）.
	numberAfter = regexp.MustCompile(`^[（(](\p{Han}+[` + plan.NumberOpen + `](?:19|20)\d\d[` + plan.NumberClose + `]第?\d{1,4}号)[）)]`)
	// whereRE is a passage reference right after a name, past a
	// bracketed number: 第十条, 第二部分第三项, 附件2.
	whereRE = regexp.MustCompile(`^(?:[（(][^（）()]{0,40}[）)])?((?:第[一二三四五六七八九十百千零〇两0-9]+(?:编|篇|章|节|条|款|项|目|部分))+(?:[（(][一二三四五六七八九十]+[）)])?|附件[0-9一二三四五六七八九十]+)`)
)

// Find returns the references of doc, the plan slug, to the other plans
// of c, in document order, one per passage and plan named; and a warning,
// at the passage's line, for each title or number that names several
// plans none of which it can pick, so that the editor can add the number
// that says which.
func (c *Catalog) Find(slug string, doc *plan.Document) ([]Ref, []plan.Warning) {
	var out []Ref
	var warnings []plan.Warning
	seen := map[[2]string]bool{}
	doc.Walk(func(n *plan.Node) bool {
		for _, text := range []string{n.Heading, n.Text} {
			if !strings.ContainsAny(text, "《〈号") {
				continue
			}
			refs, unsure := c.find(slug, text)
			for _, u := range unsure {
				warnings = append(warnings, plan.Warning{File: doc.File, Line: n.Line, Place: doc.Place(n.Line),
					Msg: u.name + " names " + strconv.Itoa(len(u.slugs)) + " plans of the library (" + strings.Join(u.slugs, ", ") +
						"), so it links to none; a document number after it, in brackets, says which"})
			}
			for _, r := range refs {
				k := [2]string{n.EID, r.To}
				if n.EID == "" || seen[k] {
					continue
				}
				seen[k] = true
				r.From, r.EID = slug, n.EID
				out = append(out, r)
			}
		}
		return true
	})
	return out, warnings
}

// unsure is a name that several plans of the library answer to.
type unsure struct {
	name  string
	slugs []string
}

// find reads the references of one text of plan self, and the names in
// it that several plans answer to.
func (c *Catalog) find(self, text string) ([]Ref, []unsure) {
	var out []Ref
	var doubt []unsure
	covered := 0 // the end of the last name matched: a number inside it is the same reference
	for _, span := range titleSpans(text) {
		slugs := c.byTitle[plan.TitleKey(text[span[0]:span[1]])]
		if len(slugs) == 0 || span[0] < covered {
			continue
		}
		rest := text[span[1]:]
		end := span[1]
		if m := numberAfter.FindStringSubmatchIndex(rest); m != nil {
			var keep []string
			for _, n := range c.numbers(rest[m[2]:m[3]]) {
				if slices.Contains(slugs, n.slug) {
					keep = append(keep, n.slug)
				}
			}
			slugs = keep
			end += m[1]
		}
		to, ok := pick(self, slugs, strings.HasSuffix(text[:span[0]], "原"))
		if !ok {
			if n := others(self, slugs); len(n) > 1 && !slices.Contains(slugs, self) {
				doubt = append(doubt, unsure{text[span[0]:span[1]], n})
			}
			continue
		}
		out = append(out, ref(to, text[:span[0]], rest))
		covered = end
	}
	for _, m := range numberRE.FindAllStringSubmatchIndex(text, -1) {
		if m[0] < covered {
			continue
		}
		nums := c.numbers(text[m[0]:m[1]])
		var slugs []string
		for _, n := range nums {
			slugs = append(slugs, n.slug)
		}
		if n := others(self, slugs); len(n) > 1 && !slices.Contains(slugs, self) {
			doubt = append(doubt, unsure{text[m[0]:m[1]], n})
		}
		if to, ok := pick(self, slugs, false); ok {
			// The words before the number are the Han run's before the
			// issuer's code: 废止某政发〔2015〕7号.
			code := nums[slices.IndexFunc(nums, func(n number) bool { return n.slug == to })].code
			out = append(out, ref(to, text[:m[3]-len(code)], text[m[1]:]))
		}
	}
	return out, doubt
}

// ref is a reference to plan to, between before and rest in the text.
func ref(to, before, rest string) Ref {
	r := Ref{To: to}
	if m := whereRE.FindStringSubmatch(rest); m != nil {
		r.Where = m[1]
	}
	r.Repeals = repeals(before, rest)
	return r
}

// repeals reports whether the sentence around a name repeals what it
// names: 废止 after it (原《X》同时废止, 《X》自…起废止), unless the name is
// the authority the sentence acts under (根据《X》…废止), or 废止 before it
// in the same sentence (决定废止《X》).
func repeals(before, rest string) bool {
	if i := strings.IndexAny(rest, "。；;"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexAny(before, "。；;"); i >= 0 {
		before = before[i+1:]
	}
	if strings.Contains(before, "废止") {
		return true
	}
	if !strings.Contains(rest, "废止") {
		return false
	}
	for _, w := range []string{"根据", "依据", "按照", "依照", "对照"} {
		if strings.HasSuffix(strings.TrimRight(before, "原"), w) {
			return false
		}
	}
	return true
}

// numbers are the library's document numbers num may be: a code the Han
// run before its year ends with (按照川政发〔2022〕10号 names 川政发's).
func (c *Catalog) numbers(num string) []number {
	m := numberRE.FindStringSubmatch(num)
	if m == nil {
		return nil
	}
	var out []number
	for _, n := range c.byNumber[m[2]+"/"+m[3]] {
		if strings.HasSuffix(m[1], n.code) {
			out = append(out, n)
		}
	}
	return out
}

// pick is the one plan of slugs a reference in plan self names: self
// itself when it is one of them (the notice's 现将《X》印发) unless the
// reference is to the former (原《X》, a new edition repealing the old),
// then the only other.
func pick(self string, slugs []string, former bool) (string, bool) {
	if slices.Contains(slugs, self) && !former {
		return "", false
	}
	if other := others(self, slugs); len(other) == 1 {
		return other[0], true
	}
	return "", false
}

// others are slugs without self.
func others(self string, slugs []string) []string {
	var out []string
	for _, s := range slugs {
		if s != self {
			out = append(out, s)
		}
	}
	return out
}

// titleSpans are the byte spans of the titles text quotes in 《》 or 〈〉,
// the brackets included, outer before inner: 《关于印发〈X〉的通知》 gives
// both the notice's title and X.
func titleSpans(text string) [][2]int {
	var spans [][2]int
	var open []int
	for i, r := range text {
		switch r {
		case '《', '〈':
			open = append(open, i)
		case '》', '〉':
			if len(open) > 0 {
				start := open[len(open)-1]
				open = open[:len(open)-1]
				spans = append(spans, [2]int{start, i + len(string(r))})
			}
		}
	}
	// In the order they open: outer titles before the titles inside them.
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	return spans
}

// Index is a library's references, by citing passage and by plan named.
// The nil Index has none.
type Index struct {
	from map[[2]string][]Ref // slug, eId of the citing passage
	to   map[string][]Ref    // slug of the plan named
}

// NewIndex indexes refs, each list keeping their order.
func NewIndex(refs []Ref) *Index {
	x := &Index{from: map[[2]string][]Ref{}, to: map[string][]Ref{}}
	for _, r := range refs {
		k := [2]string{r.From, r.EID}
		x.from[k] = append(x.from[k], r)
		x.to[r.To] = append(x.to[r.To], r)
	}
	return x
}

// From are the references of passage eid of plan slug.
func (x *Index) From(slug, eid string) []Ref {
	if x == nil {
		return nil
	}
	return x.from[[2]string{slug, eid}]
}

// To are the references to plan slug.
func (x *Index) To(slug string) []Ref {
	if x == nil {
		return nil
	}
	return x.to[slug]
}
