package search

import (
	"cmp"
	"math"
	"slices"
)

// Result is one passage found by a query.
type Result struct {
	Passage int // index in the manifest's passage order
	EID     string
	Label   string
	Heading string
	URL     string // page, relative to the site root, without #eId
	Tier    float64
	Score   float64
	Q       string // the query that found it: the reader's, or one Query added
	// Marks are the Chinese forms of the glossary terms through which a
	// word of Q found the passage (an English query finding a passage
	// not yet translated, 防洪 for "flood"), for the snippet to mark.
	Marks []string
}

// round6 rounds a positive score to 1e-6, as Math.floor(x*1e6+0.5)/1e6.
func round6(x float64) float64 { return math.Floor(x*1e6+0.5) / 1e6 }

// rank scores every passage for the terms of one query. It returns the
// passages found, in passage order, and which of them hold every word of
// the query (each word term exactly or by prefix; the phrase not needed).
func (ix *Index) rank(terms []qterm) ([]Result, []bool, error) {
	n := ix.n
	if len(terms) == 0 {
		return nil, nil, nil
	}
	tier := make([]float64, n)
	score := make([]float64, n)
	full := make([]bool, n)
	for p := range full {
		full[p] = true
	}
	type pterm struct {
		c      [numFields]float64
		exact  bool
		contig bool // exact or prefix occurrence
		named  bool // in the heading or a key project's name
		lens   [2]int
	}
	per := make([][]pterm, len(terms)) // per term, per passage
	marks := map[int][]string{}        // per passage, the Chinese forms of glossary terms found exactly or by prefix
	all := make([]map[int]*unitHit, len(terms))
	var words []int // the terms but the phrase
	for i, t := range terms {
		if !t.phrase {
			words = append(words, i)
		}
		hits, err := ix.termHits(t)
		if err != nil {
			return nil, nil, err
		}
		if err := ix.unbind(t, hits); err != nil {
			return nil, nil, err
		}
		all[i] = hits
		per[i] = make([]pterm, n)
		df := 0
		for p := range n {
			pt := &per[i][p]
			present := false
			if h := hits[p]; h != nil && (h.exact || !t.phrase) {
				pt.c = h.c
				pt.exact, pt.contig, present = h.exact, h.exact || h.pref, h.present
				pt.named = h.c[fHeading] > 0
				pt.lens = h.lens
				if h.present && !pt.contig {
					pt.c[fText] += 0.25
				}
			}
			for _, l := range ix.links[p] {
				h := hits[n+l.entity]
				if h == nil || t.phrase && !h.exact {
					continue
				}
				present = true
				switch {
				case h.exact:
					pt.c[l.field]++
					pt.exact, pt.contig = true, true
				case h.pref:
					pt.c[l.field] += 0.5
					pt.contig = true
				default:
					pt.c[l.field] += 0.25
				}
				if l.field == fProject && (h.exact || h.pref) {
					pt.named = true
				}
				if l.field == fGlossary && (h.exact || h.pref) {
					for _, f := range ix.m.GlossZh[l.entity] {
						if !slices.Contains(marks[p], f) {
							marks[p] = append(marks[p], f)
						}
					}
				}
			}
			switch {
			case pt.exact:
				tier[p]++
			case present:
				tier[p] += 0.5
			}
			if present {
				df++
			}
			if !t.phrase && !pt.contig {
				full[p] = false
			}
		}
		idf := math.Sqrt((float64(n) + 1) / (float64(df) + 0.5))
		for p := range n {
			s := 0.0
			for f := range numFields {
				c := per[i][p].c[f]
				if c == 0 {
					continue
				}
				norm := 1.0
				if ix.m.Norm[f] == 1 {
					norm = 1 - ix.m.B + float64(ix.m.B*float64(per[i][p].lens[f]))/ix.m.Avg[f]
				}
				// float64() around products forbids fused multiply-add, which
				// JavaScript never does.
				s += float64(ix.m.Weight[f] * (float64(c*(ix.m.K1+1)) / (c + float64(ix.m.K1*norm))))
			}
			score[p] += float64(idf * s)
		}
	}
	for p := range n {
		if tier[p] == 0 {
			continue
		}
		s := score[p]
		if len(words) > 1 {
			pairs := 0
			for k := 0; k+1 < len(words); k++ {
				i, j := words[k], words[k+1]
				if ix.adjacent(p, terms[i], terms[j], all[i], all[j]) {
					pairs++
				}
			}
			s = s * (1 + 0.5*float64(pairs)/float64(len(words)-1))
		}
		if ix.kind(p) == "project" {
			every := true
			for _, i := range words {
				every = every && per[i][p].named
			}
			if every {
				s = s * 1.5
			}
		}
		score[p] = round6(s)
	}
	ix.demoteParents(tier, score)
	var out []Result
	var fulls []bool
	for p := range n {
		if tier[p] > 0 {
			out = append(out, Result{Passage: p, Tier: tier[p], Score: score[p], Marks: marks[p]})
			fulls = append(fulls, full[p])
		}
	}
	return out, fulls, nil
}

// Describe fills a result's eId, label, heading and URL from its chunk.
func (ix *Index) Describe(r *Result) error {
	s, err := ix.passage(r.Passage)
	if err != nil {
		return err
	}
	r.EID, r.Label, r.Heading, r.URL = s.EID, s.Label, s.Heading, cmp.Or(s.URL, ix.m.Docs[ix.doc(r.Passage)].URL)
	return nil
}

// adjacent reports whether term b follows term a in some field of passage p
// or of an entity linked to it, with at most one more position between them
// than in the query.
func (ix *Index) adjacent(p int, a, b qterm, ha, hb map[int]*unitHit) bool {
	gap := b.pos - (a.pos + a.span)
	units := []int{p}
	for _, l := range ix.links[p] {
		units = append(units, ix.n+l.entity)
	}
	for _, u := range units {
		x, y := ha[u], hb[u]
		if x == nil || y == nil {
			continue
		}
		for f, xs := range x.occ {
			for _, s := range xs {
				for _, t := range y.occ[f] {
					if d := t - (s + a.span); d >= 0 && d <= gap+1 {
						return true
					}
				}
			}
		}
	}
	return false
}

// demoteParents ranks a passage just below its best matching descendant
// when that descendant has at least its tier and half its score. Children
// come after parents, so walking backwards settles the deepest first.
func (ix *Index) demoteParents(tier, score []float64) {
	for p := ix.n - 1; p >= 0; p-- {
		if tier[p] == 0 {
			continue
		}
		a := ix.parent[p]
		for a >= 0 && tier[a] == 0 {
			a = ix.parent[a]
		}
		if a < 0 || tier[p] < tier[a] || score[p]*2 < score[a] || score[a] < score[p] {
			continue
		}
		score[a] = round6(score[p] * 0.99)
	}
}
