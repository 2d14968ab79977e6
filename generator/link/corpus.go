package link

import (
	"math"
	"slices"

	"plansite/generator/link/dept"
	"plansite/generator/plan"
)

// corpus holds the document frequency of bigrams and departments over the
// tasks, so common words ("教育") and ubiquitous departments weigh little.
type corpus struct {
	*taskBigrams
	depts    [][]*dept.Entry // each task's distinct departments
	ddf      map[*dept.Entry]int
	n        float64
	doc      *plan.Document
	vocab    *vocabulary // the Analyzer's, of doc once vocabulary has been called
	current  bool        // whether vocab is of doc
	memo     map[string][]weighted
	idfs     []float64       // by document frequency
	distinct *memo[[]string] // distinctBigrams, kept by the Analyzer
}

// taskBigrams says which tasks use which bigrams. It follows successive
// versions of a document (update), redoing only the tasks whose text
// changed.
type taskBigrams struct {
	headings, texts []string           // each task's heading and text, as last updated
	tasks           map[string][]int32 // the tasks whose heading or text has a bigram
	heads           map[string][]int32 // the tasks whose heading has it
}

// update makes b the bigrams of tasks.
func (b *taskBigrams) update(tasks []*plan.Node) {
	if len(tasks) != len(b.texts) || b.tasks == nil { // tasks came or went: their indexes moved
		b.headings, b.texts = make([]string, len(tasks)), make([]string, len(tasks))
		b.tasks, b.heads = map[string][]int32{}, map[string][]int32{}
		for i := range b.texts {
			b.texts[i] = "\x00" // no task's text: every task is indexed
		}
	}
	for i, t := range tasks {
		if t.Heading != b.headings[i] || t.Text != b.texts[i] {
			old := ""
			if b.texts[i] != "\x00" {
				old = b.headings[i] + "。" + b.texts[i]
			}
			index(b.tasks, int32(i), old, t.Heading+"。"+t.Text)
		}
		if t.Heading != b.headings[i] {
			index(b.heads, int32(i), b.headings[i], t.Heading)
		}
		b.headings[i], b.texts[i] = t.Heading, t.Text
	}
}

// index moves task i of the postings from the bigrams of old to those of
// text, touching only the bigrams one has and the other lacks.
func index(postings map[string][]int32, i int32, old, text string) {
	was, is := sortedBigrams(old), sortedBigrams(text)
	for len(was) > 0 || len(is) > 0 {
		switch {
		case len(is) == 0 || len(was) > 0 && was[0] < is[0]:
			ps := postings[was[0]]
			k := slices.Index(ps, i)
			ps[k] = ps[len(ps)-1]
			if ps = ps[:len(ps)-1]; len(ps) == 0 {
				delete(postings, was[0])
			} else {
				postings[was[0]] = ps
			}
			was = was[1:]
		case len(was) == 0 || is[0] < was[0]:
			postings[is[0]] = append(postings[is[0]], i)
			is = is[1:]
		default: // in both
			was, is = was[1:], is[1:]
		}
	}
}

// sortedBigrams lists the bigrams of s once each, sorted.
func sortedBigrams(s string) []string {
	bs := bigramList(s)
	slices.Sort(bs)
	return slices.Compact(bs)
}

// df is the number of tasks whose heading or text has the bigram b.
func (c *corpus) df(b string) int { return len(c.tasks[b]) }

func (a *Analysis) corpus() *corpus {
	a.z.tasks.update(a.Tasks)
	c := &corpus{taskBigrams: &a.z.tasks, ddf: map[*dept.Entry]int{}, n: float64(len(a.Tasks)), doc: a.Doc, vocab: a.z.vocab,
		memo: map[string][]weighted{}, distinct: &a.z.distinct}
	for _, t := range a.Tasks {
		ds := a.deptSet(t)
		c.depts = append(c.depts, ds)
		for _, d := range ds {
			c.ddf[d]++
		}
	}
	return c
}

// vocabulary returns the vocabulary of the document, brought up to date
// on first use: only the shared terms of a project's candidates need it,
// and a plan whose projects have none spares its cost.
func (c *corpus) vocabulary() *vocabulary {
	if !c.current {
		c.vocab.update(c.doc)
		c.current = true
	}
	return c.vocab
}

// weighted is a bigram and its weight, the rarer the heavier.
type weighted struct {
	bigram string
	idf    float64
}

// weighted returns the bigrams of s that some task uses, with their
// weights, in the order of s; it remembers them.
func (c *corpus) weighted(s string) []weighted {
	if ws, ok := c.memo[s]; ok {
		return ws
	}
	var ws []weighted
	for _, b := range c.distinct.get(s, distinctBigrams) { // in order, so sums of weights are the same each time
		if df := c.df(b); df > 0 { // in no task: says nothing about which
			ws = append(ws, weighted{b, c.idfOf(df)})
		}
	}
	c.memo[s] = ws
	return ws
}

// distinctBigrams lists the bigrams of s once each, in order.
func distinctBigrams(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, b := range bigramList(s) {
		if !seen[b] {
			seen[b] = true
			out = append(out, b)
		}
	}
	return out
}

// idfOf is the weight of a bigram df tasks use; there are few frequencies,
// so each is worked out once.
func (c *corpus) idfOf(df int) float64 {
	df = max(df, 1)
	if df >= len(c.idfs) {
		c.idfs = append(c.idfs, make([]float64, df+1-len(c.idfs))...)
	}
	if c.idfs[df] == 0 {
		c.idfs[df] = math.Log(1 + c.n/float64(df))
	}
	return c.idfs[df]
}

func (c *corpus) didf(d *dept.Entry) float64 { return math.Log(1 + c.n/float64(max(c.ddf[d], 1))) }

// deptSet lists the distinct departments of n's list.
func (a *Analysis) deptSet(n *plan.Node) []*dept.Entry {
	var out []*dept.Entry
	for _, as := range a.Responsible(n) {
		if !slices.Contains(out, as.Dept) {
			out = append(out, as.Dept)
		}
	}
	return out
}
