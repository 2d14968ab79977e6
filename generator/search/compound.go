package search

import "slices"

// A word inside a longer word. Chinese is indexed without a dictionary
// (every character and pair), so 养老 is found in 房屋养老金 (a building's
// repair fund) as in 养老服务 (elderly care), and a passage saying
// 房屋养老金 three times ranked first for 养老. The glossary is the
// project's dictionary: an occurrence of a query's gram run that lies
// inside a glossary term with the term's characters on both sides of it
// (养老 in 房屋养老金) counts nothing: the passage is still found, with the
// query's tier, but below every passage where the run stands as a word of
// its own (a quarter, tried first, left a heading's compound above a
// text's words: headings weigh 3); a term the run opens or ends (养老金,
// 学前教育) is a word of the run's and counts whole, as a word segmenter
// would read 养老/金 and 学前/教育. search-index.js's unbind does the same.

// compound is a glossary term holding a query's run strictly inside it:
// the term as a query term, and the run's offsets in it.
type compound struct {
	t   qterm
	off []int
}

// compoundsOf are the glossary terms of the index (the manifest's gloss)
// that hold t's gram run with characters before and after it.
func (ix *Index) compoundsOf(t qterm) []compound {
	q := []rune(t.run)
	if len(q) < 2 || t.phrase {
		// A character alone carries no positions (but a numeral's):
		// no occurrence of it could be placed inside a term.
		return nil
	}
	var out []compound
	for _, g := range ix.m.Gloss {
		ts := parseQuery(g, ix.m.Mode)
		if len(ts) != 1 || ts[0].run == "" {
			continue
		}
		r := []rune(ts[0].run)
		var off []int
		for i := 1; i+len(q) < len(r); i++ {
			if string(r[i:i+len(q)]) == t.run {
				off = append(off, i)
			}
		}
		if len(off) > 0 {
			out = append(out, compound{ts[0], off})
		}
	}
	return out
}

// unbind takes out of the passages' counts each occurrence of t that lies
// inside one of its compounds (compoundsOf).
func (ix *Index) unbind(t qterm, hits map[int]*unitHit) error {
	cs := ix.compoundsOf(t)
	if len(cs) == 0 {
		return nil
	}
	inside := make([]map[int]*unitHit, len(cs))
	for k, c := range cs {
		h, err := ix.termHits(c.t)
		if err != nil {
			return err
		}
		inside[k] = h
	}
	for u, h := range hits {
		if u >= ix.n {
			continue // an entity's name counts whole or not at all
		}
		for f, xs := range h.occ {
			bound := 0
			for _, x := range xs {
				for k, c := range cs {
					if in := inside[k][u]; in != nil && slices.ContainsFunc(c.off, func(o int) bool { return hasPos(in.occ[f], x-o) }) {
						bound++
						break
					}
				}
			}
			h.c[f] -= float64(bound)
		}
	}
	return nil
}
