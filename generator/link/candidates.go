package link

import (
	"cmp"
	"slices"
	"strings"

	"plansite/generator/link/dept"
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
	terms []string      // shared terms, as they appear in the project's name or content
	depts []*dept.Entry // departments named by both
}

// candidates keeps the likely tasks of a project's scores, best first.
func (a *Analysis) candidates(p *plan.Node, scores []candidate, c *corpus) []candidate {
	var all []candidate
	best := 0.0
	for _, ev := range scores {
		if ev.score >= minScore {
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

// scores scores project p against every task, in task order, and lists the
// departments both name, leaving out those most lists name.
func (a *Analysis) scores(p *plan.Node, c *corpus) []candidate {
	ns := c.overlaps(c.weighted(cleanName(p.Heading)), c.heads, headingBonus)
	cs := c.overlaps(c.weighted(p.Text), nil, 1)
	pd := a.deptSet(p)
	didf := make([]float64, len(pd))
	dtotal := 0.0
	for k, d := range pd {
		didf[k] = c.didf(d)
		dtotal += didf[k]
	}
	out := make([]candidate, len(a.Tasks))
	for i, t := range a.Tasks {
		var shared []*dept.Entry
		var ds float64
		for k, d := range pd {
			if slices.Contains(c.depts[i], d) {
				ds += didf[k]
				if float64(c.ddf[d]) <= c.n/2 {
					shared = append(shared, d)
				}
			}
		}
		if dtotal > 0 {
			ds /= dtotal
		}
		out[i] = candidate{task: t, score: weightName*ns[i] + weightContent*cs[i] + weightDepts*ds, depts: shared}
	}
	return out
}

// terms lists what project p and task t say alike: runs of words of the
// name, and phrases of four characters or more of the content, found in
// the task's heading or text.
func (a *Analysis) terms(p, t *plan.Node, c *corpus) []string {
	text := t.Heading + "。" + t.Text
	terms := c.vocabulary().sharedTerms(cleanName(p.Heading), text, minTermRunes, c)
	for _, term := range c.vocabulary().sharedTerms(p.Text, text, 4, c) {
		if !slices.ContainsFunc(terms, func(s string) bool { return strings.Contains(s, term) || strings.Contains(term, s) }) {
			terms = append(terms, term)
		}
	}
	return terms[:min(len(terms), showTerms)]
}

// overlaps is, for each task, the weighted share of the bigrams ws found in
// its heading or text; those in its heading (heads) count bonus times
// (capped at 1). Each task's weights add up in the order of ws.
func (c *corpus) overlaps(ws []weighted, heads map[string][]int32, bonus float64) []float64 {
	got := make([]float64, int(c.n))
	inHead := make([]int, int(c.n)) // 1 + the index in ws of the last bigram found in the task's heading
	var total float64
	for k, w := range ws {
		total += w.idf
		for _, i := range heads[w.bigram] {
			got[i] += float64(w.idf * bonus)
			inHead[i] = k + 1
		}
		for _, i := range c.tasks[w.bigram] {
			if inHead[i] != k+1 {
				got[i] += w.idf
			}
		}
	}
	for i := range got {
		if total == 0 {
			got[i] = 0
		} else {
			got[i] = min(got[i]/total, 1)
		}
	}
	return got
}
