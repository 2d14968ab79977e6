package link

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"plansite/generator/plan"
)

// Candidate weights: a project's name says most about which tasks it
// carries out, its content adds detail, shared departments confirm.
const (
	weightName    = 0.5
	weightContent = 0.35
	weightDepts   = 0.15
	headingBonus  = 1.5  // a name term in the task's heading counts this much more
	minScore      = 0.2  // below this a task is no candidate
	relScore      = 0.55 // nor below this share of the project's best score
	maxCandidates = 6
	minTermRunes  = 2 // shortest shared term shown to readers
	showTerms     = 5 // shared terms shown per link
)

// candidate is a computed project ↔ task pairing and its evidence.
type candidate struct {
	task  *plan.Node
	score float64
	terms []string // shared terms, as they appear in the project's name or content
	depts []*Entry // departments named by both
}

// corpus holds the document frequency of bigrams and departments over the
// tasks, so common words ("教育") and ubiquitous departments weigh little.
type corpus struct {
	texts []map[string]bool // bigrams of each task's heading and text
	heads []map[string]bool // bigrams of each task's heading
	df    map[string]int
	ddf   map[*Entry]int
	n     float64
	vocab *vocabulary
	memo  map[string][]weighted
}

// weighted is a bigram and its weight, the rarer the heavier.
type weighted struct {
	bigram string
	idf    float64
}

// weighted returns the bigrams of s that some task uses, with their
// weights; it remembers them.
func (c *corpus) weighted(s string) []weighted {
	if ws, ok := c.memo[s]; ok {
		return ws
	}
	var ws []weighted
	seen := map[string]bool{}
	for _, b := range bigramList(s) { // in order, so sums of weights are the same each time
		if c.df[b] > 0 && !seen[b] { // in no task: says nothing about which
			seen[b] = true
			ws = append(ws, weighted{b, c.idf(b)})
		}
	}
	c.memo[s] = ws
	return ws
}

func (a *Analysis) corpus() *corpus {
	a.z.vocab.update(a.Doc)
	c := &corpus{df: map[string]int{}, ddf: map[*Entry]int{}, n: float64(len(a.Tasks)), vocab: a.z.vocab, memo: map[string][]weighted{}}
	for _, t := range a.Tasks {
		bs := a.z.bigrams.get(t.Heading+"。"+t.Text, bigrams)
		c.texts = append(c.texts, bs)
		c.heads = append(c.heads, a.z.bigrams.get(t.Heading, bigrams))
		for b := range bs {
			c.df[b]++
		}
		for _, d := range a.deptSet(t) {
			c.ddf[d]++
		}
	}
	return c
}

func (c *corpus) idf(b string) float64  { return math.Log(1 + c.n/float64(max(c.df[b], 1))) }
func (c *corpus) didf(d *Entry) float64 { return math.Log(1 + c.n/float64(max(c.ddf[d], 1))) }

// deptSet lists the distinct departments of n's list.
func (a *Analysis) deptSet(n *plan.Node) []*Entry {
	var out []*Entry
	for _, as := range a.Responsible(n) {
		if !slices.Contains(out, as.Dept) {
			out = append(out, as.Dept)
		}
	}
	return out
}

// candidates scores every task against project p and keeps the likely ones,
// best first.
func (a *Analysis) candidates(p *plan.Node, c *corpus) []candidate {
	var all []candidate
	best := 0.0
	for i := range a.Tasks {
		if ev := a.score(p, i, c); ev.score >= minScore {
			best = max(best, ev.score)
			all = append(all, ev)
		}
	}
	all = slices.DeleteFunc(all, func(x candidate) bool { return x.score < relScore*best })
	slices.SortStableFunc(all, func(x, y candidate) int { return cmp.Compare(y.score, x.score) })
	all = all[:min(len(all), maxCandidates)]
	for i := range all {
		all[i].terms = a.terms(p, all[i].task, c)
	}
	return all
}

// evidence scores project p against task i and finds what they share.
func (a *Analysis) evidence(p *plan.Node, i int, c *corpus) candidate {
	ev := a.score(p, i, c)
	ev.terms = a.terms(p, ev.task, c)
	return ev
}

// score scores project p against task i and lists the departments both
// name, leaving out those most lists name.
func (a *Analysis) score(p *plan.Node, i int, c *corpus) candidate {
	t, text, head := a.Tasks[i], c.texts[i], c.heads[i]
	ns := overlap(c.weighted(cleanName(p.Heading)), text, head, headingBonus)
	cs := overlap(c.weighted(p.Text), text, nil, 1)
	var shared []*Entry
	var ds, dtotal float64
	td := a.deptSet(t)
	for _, d := range a.deptSet(p) {
		dtotal += c.didf(d)
		if slices.Contains(td, d) {
			ds += c.didf(d)
			if float64(c.ddf[d]) <= c.n/2 {
				shared = append(shared, d)
			}
		}
	}
	if dtotal > 0 {
		ds /= dtotal
	}
	return candidate{task: t, score: weightName*ns + weightContent*cs + weightDepts*ds, depts: shared}
}

// terms lists what project p and task t say alike: runs of words of the
// name, and phrases of four characters or more of the content, found in
// the task's heading or text.
func (a *Analysis) terms(p, t *plan.Node, c *corpus) []string {
	text := t.Heading + "。" + t.Text
	terms := c.vocab.sharedTerms(cleanName(p.Heading), text, minTermRunes, c)
	for _, term := range c.vocab.sharedTerms(p.Text, text, 4, c) {
		if !slices.ContainsFunc(terms, func(s string) bool { return strings.Contains(s, term) || strings.Contains(term, s) }) {
			terms = append(terms, term)
		}
	}
	return terms[:min(len(terms), showTerms)]
}

// overlap is the weighted share of the bigrams ws found in a task's
// bigrams text; those in head count bonus times (capped at 1).
func overlap(ws []weighted, text, head map[string]bool, bonus float64) float64 {
	var got, total float64
	for _, w := range ws {
		total += w.idf
		switch {
		case head[w.bigram]:
			got += w.idf * bonus
		case text[w.bigram]:
			got += w.idf
		}
	}
	if total == 0 {
		return 0
	}
	return min(got/total, 1)
}
