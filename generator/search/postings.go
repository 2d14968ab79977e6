package search

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

// postingList is a token's posting list as it grows, encoded as in the
// files (see doc.go), its closing bracket still to come.
type postingList struct {
	enc  []byte
	last int // the unit of its last group
	n    int // groups
}

// fieldTokens is what one field of a unit holds: each distinct token once,
// in order of first occurrence, with its count and positions.
type fieldTokens struct {
	order []string
	by    map[string]*tokenCount
	spare []*tokenCount
}

type tokenCount struct {
	countOnly bool // as every occurrence: a character's within longer runs
	count     int
	pos       []int // of every occurrence, written unless countOnly
}

// reset empties f for the next field, keeping its memory.
func (f *fieldTokens) reset() {
	if f.by == nil {
		f.by = map[string]*tokenCount{}
	}
	for _, tok := range f.order {
		f.spare = append(f.spare, f.by[tok])
	}
	clear(f.by)
	f.order = f.order[:0]
}

// add records an occurrence of tok at pos.
func (f *fieldTokens) add(tok string, pos int, countOnly bool) {
	t := f.by[tok]
	if t == nil {
		if n := len(f.spare); n > 0 {
			t, f.spare = f.spare[n-1], f.spare[:n-1]
			*t = tokenCount{countOnly: countOnly, pos: t.pos[:0]}
		} else {
			t = &tokenCount{countOnly: countOnly}
		}
		f.by[tok] = t
		f.order = append(f.order, tok)
	}
	t.count++
	// A character alone anywhere in the field (（一）) gives the group
	// the positions of all its occurrences there.
	t.countOnly = t.countOnly && countOnly
	t.pos = append(t.pos, pos)
}

// collect reads into f the tokens of a field holding values, separated by
// valueGap positions, and returns the number of positions it takes.
func (x *Indexer) collect(f *fieldTokens, values ...string) int {
	f.reset()
	next := 0
	for i, v := range values {
		if v == "" {
			continue
		}
		if i > 0 && next > 0 {
			next += valueGap
		}
		x.runes = normRunes(x.runes[:0], v)
		ws, n := scan(x.words[:0], x.runes, x.mode)
		x.words = ws
		off := next
		for _, w := range ws {
			w.tokens(x.stems, func(tok string, pos int, countOnly bool) { f.add(tok, pos+off, countOnly) })
		}
		next += n
	}
	return next
}

// emit adds a group to the list of each token of f, collected from a
// field of unit. lens are a passage's heading and text lengths: its
// heading groups carry both, its other groups the text's (a term found
// scattered in any field counts in the text); an entity's carry none
// (lens nil).
func (x *Indexer) emit(f *fieldTokens, unit, field int, lens *[2]int) {
	for _, tok := range f.order {
		t := f.by[tok]
		l, known := x.list(tok)
		if known {
			l.enc = append(l.enc, ',')
		}
		buf := strconv.AppendInt(l.enc, int64(unit-l.last), 10)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(field), 10)
		buf = append(buf, ',')
		if t.countOnly {
			buf = strconv.AppendInt(buf, int64(-t.count), 10)
		} else {
			buf = strconv.AppendInt(buf, int64(t.count), 10)
		}
		if lens != nil {
			if field == fHeading {
				buf = append(buf, ',')
				buf = strconv.AppendInt(buf, int64(lens[0]), 10)
			}
			buf = append(buf, ',')
			buf = strconv.AppendInt(buf, int64(lens[1]), 10)
		}
		last := 0
		pos := t.pos
		if t.countOnly {
			pos = nil
		}
		for _, p := range pos {
			buf = append(buf, ',')
			buf = strconv.AppendInt(buf, int64(p-last), 10)
			last = p
		}
		l.enc, l.last = buf, unit
		l.n++
	}
}

// list returns the posting list of tok, and whether it was there before.
// A token of one character below U+10000, as half the tokens of a Chinese
// text are, has its list at its index in chars, which is quicker than a
// map of every token of the index, whose lookups miss the caches.
func (x *Indexer) list(tok string) (l *postingList, known bool) {
	if r, n := utf8.DecodeRuneInString(tok); n == len(tok) && int(r) < len(x.chars) && r != utf8.RuneError {
		if l = x.chars[r]; l == nil {
			l = &postingList{enc: []byte{'['}}
			x.chars[r] = l
		}
	} else if l = x.lists[tok]; l == nil {
		l = &postingList{enc: []byte{'['}}
		x.lists[tok] = l
	}
	return l, l.n > 0
}

// link attaches the departments, key projects and glossary terms (those
// it uses, terms) of passage p (unit u) of plan slug to their entities,
// made when first seen: a term only where the plan is the term's
// (Term.Plans).
func (x *Indexer) link(u int, p *Passage, slug string, terms []Term) {
	get := func(kind byte, name string) *entity {
		k := entityKey{kind, name}
		e := x.byKey[k]
		if e == nil {
			e = &entity{key: k}
			x.byKey[k] = e
			x.ents = append(x.ents, e)
		}
		return e
	}
	for _, d := range p.Departments {
		if d.Name == "" {
			continue
		}
		f := fSupport
		if d.Lead {
			f = fLead
		}
		e := get('d', d.Name)
		e.addForms(d.Name)
		e.addForms(d.Aliases...)
		e.attach(u, f)
	}
	for _, pr := range p.Projects {
		if pr.Name != "" {
			e := get('p', pr.Name)
			e.addForms(pr.Name)
			e.addForms(pr.Aliases...)
			e.attach(u, fProject)
		}
	}
	for _, t := range terms {
		if len(t.Plans) > 0 && !slices.Contains(t.Plans, slug) {
			continue // another plan's sense of the term
		}
		e := get('g', t.Zh)
		e.addForms(t.Zh, t.En)
		e.addForms(t.AliasesZh...)
		e.addForms(t.AliasesEn...)
		if x.mode == ModeEn && e.zh == nil {
			e.zh = append([]string{t.Zh}, t.AliasesZh...)
		}
		e.attach(u, fGlossary)
	}
}

func (e *entity) addForms(forms ...string) {
	for _, f := range forms {
		if f != "" && !slices.Contains(e.forms, f) {
			e.forms = append(e.forms, f)
		}
	}
}

// attach links passage to e through field; a passage is linked once, a
// lead department's link beating a supporting one's.
func (e *entity) attach(passage, field int) {
	if n := len(e.links); n > 0 && e.links[n-1].passage == passage {
		if field < e.links[n-1].field {
			e.links[n-1].field = field
		}
		return
	}
	e.links = append(e.links, link{passage, field})
}
