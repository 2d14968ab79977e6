package search

import (
	"fmt"
	"math"
	"slices"
)

// Fields of a unit, in scoring order. A passage has the first four; entity
// names are indexed in field 0 of the entity and reach passages through
// links in the last four.
const (
	fHeading = iota
	fText
	fTarget
	fKeyword
	fLead
	fSupport
	fProject
	fGlossary
	numFields
)

// Scoring constants, written into the manifest for the client.
var (
	fieldWeights = []float64{3, 1, 1.5, 0.6, 2, 1, 1.5, 0.5}
	fieldNorm    = []int{1, 1, 0, 0, 0, 0, 0, 0} // length-normalised fields
)

const (
	bm25K1 = 1.2
	bm25B  = 0.75
	// valueGap separates the values of a multi-valued field, so that no
	// phrase runs from one value into the next.
	valueGap = 10
)

// posting is the occurrences of one token in one field of one unit.
type posting struct {
	unit, field int
	count       int
	pos         []int // may be shared with a textTokens: appended to only once copied
	countOnly   bool
}

// builder collects postings for one index.
type builder struct {
	*Builder
	lens  [][2]int // heading and text length of each passage
	total int      // postings added
}

// addField adds values to field of unit, values separated by valueGap
// positions, and returns the number of positions taken.
func (b *builder) addField(unit, field int, values ...string) int {
	next := 0
	for i, v := range values {
		if v == "" {
			continue
		}
		if i > 0 && next > 0 {
			next += valueGap
		}
		e := b.tokens(v)
		for _, t := range e.toks {
			ps := b.post[t.id]
			if n := len(ps); n > 0 && ps[n-1].unit == unit && ps[n-1].field == field {
				p := &ps[n-1]
				p.count += t.count
				p.pos = appendShifted(slices.Clip(p.pos), t.pos, next)
				continue
			}
			pos := t.pos
			if next != 0 {
				pos = appendShifted(nil, t.pos, next)
			}
			b.post[t.id] = append(ps, posting{unit: unit, field: field, count: t.count, pos: pos, countOnly: t.countOnly})
			b.total++
		}
		next += e.n
	}
	return next
}

// appendShifted appends the positions pos, each plus by, to dst.
func appendShifted(dst, pos []int, by int) []int {
	for _, x := range pos {
		dst = append(dst, x+by)
	}
	return dst
}

// passageRef is a passage with its place in the index.
type passageRef struct {
	*Passage
	doc    int
	parent int // index of the parent passage, -1 if none
}

// Build makes the index files for one language. lang is "zh" or "en" and
// chooses the tokenizer mode. The returned paths are relative to the index
// directory; Stats describes their sizes.
func Build(docs []Doc, lang string, opt Options) (map[string][]byte, Stats, error) {
	return new(Builder).Build(docs, lang, opt)
}

// Build makes the index files for one language, as the function Build
// does, reusing what earlier builds found for field values seen again.
func (c *Builder) Build(docs []Doc, lang string, opt Options) (map[string][]byte, Stats, error) {
	if lang != ModeZh && lang != ModeEn {
		return nil, Stats{}, fmt.Errorf("search: language %q: expected zh or en", lang)
	}
	if opt.ShardBytes <= 0 {
		opt.ShardBytes = 8 << 10
	}
	if opt.ChunkBytes <= 0 {
		opt.ChunkBytes = 1536
	}
	var ps []passageRef
	for d := range docs {
		byEID := map[string]int{}
		for i := range docs[d].Passages {
			p := &docs[d].Passages[i]
			if p.EID == "" {
				return nil, Stats{}, fmt.Errorf("search: %s: passage %d has no eId", docs[d].Slug, i)
			}
			if _, dup := byEID[p.EID]; dup {
				return nil, Stats{}, fmt.Errorf("search: %s: eId %s repeated", docs[d].Slug, p.EID)
			}
			parent := -1
			if j, ok := byEID[p.Parent]; ok && p.Parent != "" {
				parent = j
			}
			byEID[p.EID] = len(ps)
			ps = append(ps, passageRef{Passage: p, doc: d, parent: parent})
		}
	}
	c.start(lang, opt.Glossary)
	b := &builder{Builder: c, lens: make([][2]int, 0, len(ps))}
	for i, p := range ps {
		h := b.addField(i, fHeading, p.Heading)
		t := b.addField(i, fText, p.Text)
		b.addField(i, fTarget, p.Targets...)
		b.addField(i, fKeyword, p.Keywords...)
		b.lens = append(b.lens, [2]int{h, t})
	}
	ents := entities(ps, c.glossaryTerms)
	for e, en := range ents {
		b.addField(len(ps)+e, fHeading, en.forms...)
	}
	files, st, err := b.encode(docs, ps, ents, opt)
	if err != nil {
		*c = Builder{} // start afresh rather than trust a half-done build
		return nil, Stats{}, err
	}
	c.finish()
	st.Lang = lang
	st.Passages = len(ps)
	st.Entities = len(ents)
	st.Tokens = len(c.dict.order)
	st.Postings = b.total
	return files, st, nil
}

// avgLens returns the mean heading and text lengths, rounded to 1/100.
func (b *builder) avgLens() []float64 {
	var h, t float64
	for _, l := range b.lens {
		h += float64(l[0])
		t += float64(l[1])
	}
	n := math.Max(1, float64(len(b.lens)))
	r := func(x float64) float64 { return math.Max(1, math.Round(x/n*100)/100) }
	return []float64{r(h), r(t)}
}
