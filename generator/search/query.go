package search

import (
	"slices"
	"unicode/utf8"
)

// qterm is one term of a query.
type qterm struct {
	toks   []string // tokens that must all occur, at offs from the term's start
	offs   []int
	prefix string // while typing: also match tokens that start with this
	pos    int    // query position of the term and its span
	span   int
	phrase bool   // the query's words in their order: counts only where they occur so
	run    string // a gram run's text, for the compounds holding it (compound.go)
}

// parseQuery cuts a query into terms with the index tokenizer. The last
// Latin word of three or more letters, when nothing follows it, is also a
// prefix. A query of Latin words and numbers only, two or more of them not
// stop words, gets one more term, the phrase: after-school, number of
// teachers.
func parseQuery(q, mode string) []qterm {
	rs := []rune(Normalize(q))
	ws, _ := scan(nil, rs, mode)
	endsInLetter := len(rs) > 0 && isLetter(rs[len(rs)-1])
	var ts []qterm
	for i, w := range ws {
		t := qterm{pos: w.pos, span: w.n}
		switch w.kind {
		case gramWord:
			t.toks, t.offs = coverGrams(w.text)
			t.run = w.text
		case latinWord:
			if !w.stop() {
				t.toks, t.offs = []string{stem(w.text)}, []int{0}
			}
			if i == len(ws)-1 && endsInLetter && utf8.RuneCountInString(w.text) >= 3 {
				t.prefix = w.text
			}
		case numberWord:
			t.toks, t.offs = []string{w.printed()}, []int{0}
		}
		if len(t.toks) > 0 || t.prefix != "" {
			ts = append(ts, t)
		}
	}
	if p, ok := phraseTerm(ws); ok {
		ts = append(ts, p)
	}
	return ts
}

// phraseTerm is the phrase of a query of Latin words and numbers: their
// tokens at their offsets, stop words keeping their place.
func phraseTerm(ws []word) (qterm, bool) {
	p := qterm{phrase: true, pos: -1}
	for _, w := range ws {
		if w.kind == gramWord {
			return qterm{}, false
		}
		if w.stop() {
			continue
		}
		if p.pos < 0 {
			p.pos = w.pos
		}
		tok := w.printed()
		if w.kind == latinWord {
			tok = stem(w.text)
		}
		p.toks = append(p.toks, tok)
		p.offs = append(p.offs, w.pos-p.pos)
		p.span = w.pos + 1 - p.pos
	}
	return p, len(p.toks) >= 2
}

// coverGrams are the tokens a run of Chinese is searched by, with their
// offsets in it: a character alone is itself; a longer run's bigrams at
// every other offset, and the last, cover every character, and match
// exactly where the whole run does.
func coverGrams(text string) (toks []string, offs []int) {
	r := []rune(text)
	if len(r) == 1 {
		return []string{text}, []int{0}
	}
	for k := 0; k+1 < len(r); k += 2 {
		toks, offs = append(toks, string(r[k:k+2])), append(offs, k)
	}
	if k := len(r) - 2; k%2 == 1 {
		toks, offs = append(toks, string(r[k:k+2])), append(offs, k)
	}
	return toks, offs
}

// labelPhrase is the phrase of a passage number typed in Chinese (二（一）3,
// 第二部分（一）3): every word's tokens at their query offsets, a
// character alone by its own token (which carries its positions where it
// stands alone in the text: the 一 of （一）), a longer run by the bigrams
// that cover it. Its text hits are the passages quoting the number whole,
// as an English number's phrase finds "Part II (1) 3", not every passage
// holding 二, 一 and 3. false when the query has no gram run (its phrase
// is phraseTerm's) or fewer than two tokens.
func labelPhrase(q, mode string) (qterm, bool) {
	ws, _ := scan(nil, []rune(Normalize(q)), mode)
	if !slices.ContainsFunc(ws, func(w word) bool { return w.kind == gramWord }) {
		return qterm{}, false
	}
	p := qterm{phrase: true, pos: -1}
	add := func(tok string, at int) {
		if p.pos < 0 {
			p.pos = at
		}
		p.toks = append(p.toks, tok)
		p.offs = append(p.offs, at-p.pos)
	}
	for _, w := range ws {
		switch {
		case w.kind == gramWord:
			toks, offs := coverGrams(w.text)
			for i, tok := range toks {
				add(tok, w.pos+offs[i])
			}
		case w.stop():
			continue
		case w.kind == latinWord:
			add(stem(w.text), w.pos)
		default:
			add(w.printed(), w.pos)
		}
		p.span = w.pos + w.n - p.pos
	}
	return p, len(p.toks) >= 2
}

// unitHit is how a term occurs in one unit (a passage or an entity).
type unitHit struct {
	c       [numFields]float64 // exact contiguous count + 0.5 × prefix-only count, per field
	exact   bool               // contiguous exact occurrence somewhere
	pref    bool               // prefix occurrence somewhere
	present bool               // all exact tokens occur (or a prefix token does)
	occ     map[int][]int      // field → start positions of occurrences
	lens    [2]int             // a passage's heading and text lengths
}

// setLens records a passage's lengths as a group carries them (-1: not
// carried).
func (h *unitHit) setLens(l [2]int) {
	if l[0] >= 0 {
		h.lens[0] = l[0]
	}
	h.lens[1] = l[1]
}

// group is one decoded posting group.
type group struct {
	unit, field, count int
	lens               [2]int // heading and text lengths of a passage
	pos                []int  // nil for count-only groups
}

// decode reads a posting list of an index of n passages.
func decode(post []int, n int) []group {
	var gs []group
	unit := 0
	for i := 0; i+2 < len(post); {
		unit += post[i]
		g := group{unit: unit, field: post[i+1], count: post[i+2]}
		i += 3
		switch {
		case unit >= n:
		case g.field == fHeading:
			g.lens = [2]int{post[i], post[i+1]}
			i += 2
		default:
			g.lens = [2]int{-1, post[i]}
			i++
		}
		if g.count < 0 {
			g.count = -g.count
		} else {
			g.pos = make([]int, g.count)
			x := 0
			for k := range g.pos {
				x += post[i+k]
				g.pos[k] = x
			}
			i += g.count
		}
		gs = append(gs, g)
	}
	return gs
}

// termHits finds a term in every unit.
func (ix *Index) termHits(t qterm) (map[int]*unitHit, error) {
	hits := map[int]*unitHit{}
	hit := func(u int) *unitHit {
		h := hits[u]
		if h == nil {
			h = &unitHit{occ: map[int][]int{}}
			hits[u] = h
		}
		return h
	}
	// byTok[k][unit][field] is the group of token k.
	byTok := make([]map[int]map[int]group, len(t.toks))
	for k, tok := range t.toks {
		post, err := ix.postings(tok)
		if err != nil {
			return nil, err
		}
		byTok[k] = map[int]map[int]group{}
		for _, g := range decode(post, ix.n) {
			if byTok[k][g.unit] == nil {
				byTok[k][g.unit] = map[int]group{}
			}
			byTok[k][g.unit][g.field] = g
		}
	}
	if len(t.toks) > 0 {
	units:
		for u, fields := range byTok[0] {
			for k := 1; k < len(t.toks); k++ {
				if byTok[k][u] == nil {
					continue units
				}
			}
			h := hit(u)
			h.present = true
			for f, g0 := range fields {
				h.setLens(g0.lens)
				if len(t.toks) == 1 {
					h.c[f] += float64(g0.count)
					h.exact = true
					if g0.pos != nil {
						h.occ[f] = append(h.occ[f], g0.pos...)
					}
					continue
				}
				for _, x := range g0.pos {
					ok := true
					for k := 1; k < len(t.toks) && ok; k++ {
						ok = hasPos(byTok[k][u][f].pos, x+t.offs[k])
					}
					if ok {
						h.c[f]++
						h.exact = true
						h.occ[f] = append(h.occ[f], x)
					}
				}
			}
		}
	}
	if t.prefix != "" {
		alts, err := ix.withPrefix(t.prefix)
		if err != nil {
			return nil, err
		}
		for _, a := range alts {
			if len(t.toks) == 1 && a.tok == t.toks[0] {
				continue
			}
			for _, g := range decode(a.post, ix.n) {
				h := hit(g.unit)
				h.setLens(g.lens)
				h.present, h.pref = true, true
				h.c[g.field] += 0.5 * float64(g.count)
				h.occ[g.field] = append(h.occ[g.field], g.pos...)
			}
		}
	}
	return hits, nil
}

// hasPos reports whether the sorted positions ps hold x.
func hasPos(ps []int, x int) bool {
	_, ok := slices.BinarySearch(ps, x)
	return ok
}
