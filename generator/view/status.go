package view

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"
)

// Status is what the status line above a plan says: the years it covers,
// whether it is in force, and where its original and its official
// interpretation are published.
type Status struct {
	Period         string // "2021–2025", or "" when neither the text nor works.yaml says
	State          string // UI key: statusDraft, statusInForce, statusExpired, statusRepealed, statusLapsed, statusNotYet
	Original       string // URL of the original publication, or ""
	Interpretation string // URL of the official interpretation (政策解读), or ""
}

// fivePlans are the five-year plan periods plans are named by.
var fivePlans = []struct {
	name     string
	from, to int
}{{"十一五", 2006, 2010}, {"十二五", 2011, 2015}, {"十三五", 2016, 2020}, {"十四五", 2021, 2025}, {"十五五", 2026, 2030}}

var (
	periodSpan = regexp.MustCompile(`((?:19|20)\d\d)\s*[-–—~至到]\s*((?:19|20)\d\d)\s*年`)
	// textPeriod is a span of years the running text says is the
	// document's own: 规划期为2021—2025年, 实施期限：2022-2024年. Any
	// other span there is someone else's: a plan the text cites
	// (《…行动方案（2021—2023年）的通知》) or orders (编制2026—2030年住房
	// 发展规划).
	textPeriod = regexp.MustCompile(`(?:规划期|规划期限|实施期|实施期限|执行期|期限|时限)(?:为|是|[:：])?\s*(?:自|从)?((?:19|20)\d\d)\s*年?\s*[-–—~至到]\s*((?:19|20)\d\d)\s*年`)
	draftWords = regexp.MustCompile(`征求意见稿|草案|送审稿`)
)

// Status works out the status line: the period from works.yaml, else from
// the title (十四五 → 2021–2025, 2021—2025年), else the first span of years
// the text gives; the state from works.yaml (draft, validity), else a draft
// when the title says so, expired once the period has ended by the build's
// date, in force while its period runs or where the portal's 有效性 says
// so. Where neither works.yaml nor the portal gives a validity: repealed
// where another plan of the library says so (原《X》同时废止); lapsed once
// the term its text gives (Term: 有效期至…, 有效期2年) has ended, not yet in
// force before the day it takes effect, in force between. Otherwise the
// state is left unknown (""), since nothing says whether a rule without a
// period is still in force and the page must not guess.
func (d *Doc) Status() Status {
	w := d.work()
	st := Status{Original: w.Original, Interpretation: w.Interpretation}
	span := d.period()
	from, to := span[0], span[1]
	if from > 0 && to >= from {
		st.Period = strconv.Itoa(from) + "–" + strconv.Itoa(to)
	}
	today := AccessedDate()
	year, _ := strconv.Atoi(today[:4])
	validity := cmp.Or(w.Validity, validityOf(d.Meta.Validity))
	term := d.Term()
	switch {
	case w.Draft || draftWords.MatchString(d.Meta.Title+d.Meta.NoticeTitle):
		st.State = "statusDraft"
	case validity == "repealed", validity == "" && d.RepealedBy() != nil:
		st.State = "statusRepealed"
	case validity == "expired" && to == 0, validity == "" && term.Expires != "" && today > term.Expires:
		st.State = "statusLapsed"
	case validity == "" && term.Effective > today:
		st.State = "statusNotYet"
	case validity == "expired", to > 0 && year > to:
		st.State = "statusExpired"
	case validity == "valid", to > 0, term.Expires != "":
		st.State = "statusInForce"
	}
	return st
}

// makePeriod is the years the plan covers for Status (Doc.period): from
// works.yaml, the title or the text where it names its own period, which does not change while the
// view lasts, where the state depends on the day. Every page that shows
// the status line worked it out again from the plan's first few thousand
// characters: the department pages list a plan's once for every
// department it names.
func (d *Doc) makePeriod() [2]int {
	if m := yearSpanOf(d.work().Period); m[0] > 0 {
		return m
	}
	title := d.Meta.Title + " " + d.Meta.NoticeTitle
	for _, p := range fivePlans {
		if strings.Contains(title, p.name) {
			return [2]int{p.from, p.to}
		}
	}
	var span [2]int
	m := periodSpan.FindStringSubmatch(title)
	if m == nil {
		m = textPeriod.FindStringSubmatch(d.firstText())
	}
	if m != nil {
		span[0], _ = strconv.Atoi(m[1])
		span[1], _ = strconv.Atoi(m[2])
	}
	return span
}

// yearSpanOf reads works.yaml's "2021-2025".
func yearSpanOf(s string) [2]int {
	f := strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if len(f) != 2 {
		return [2]int{}
	}
	a, _ := strconv.Atoi(f[0])
	b, _ := strconv.Atoi(f[1])
	return [2]int{a, b}
}

// firstText is the plan's first few thousand characters of running text,
// where a plan states the years it covers.
func (d *Doc) firstText() string {
	var b strings.Builder
	for _, n := range d.Nodes {
		for _, c := range append([]*Node{n}, n.Children...) {
			b.WriteString(c.Node.Heading)
			b.WriteString(c.Node.Text)
			if b.Len() > 6000 {
				return b.String()
			}
		}
	}
	return b.String()
}

// Pages returns the nodes with a permalink page, in document order: what
// previous and next walk through.
func (d *Doc) Pages() []*Node { return d.pageOrder().list }

// pageOrder is worked out once per view: every permalink page asks for its
// neighbours, and walking the document each time made a build quadratic in
// the number of pages.
type pageOrder struct {
	list []*Node
	at   map[*Node]int
}

// makePageOrder lists the view's permalink pages (Doc.pageOrder).
func (d *Doc) makePageOrder() pageOrder {
	o := pageOrder{at: map[*Node]int{}}
	d.WalkViews(func(n *Node) {
		if n.HasPage() {
			o.at[n] = len(o.list)
			o.list = append(o.list, n)
		}
	})
	return o
}

// Prev and Next are the permalink pages before and after the node's, in
// document order; nil at either end.
func (n *Node) Prev() *Node { return n.sibling(-1) }

func (n *Node) Next() *Node { return n.sibling(1) }

func (n *Node) sibling(step int) *Node {
	o := n.Doc.pageOrder()
	i, ok := o.at[n]
	if j := i + step; ok && j >= 0 && j < len(o.list) {
		return o.list[j]
	}
	return nil
}
