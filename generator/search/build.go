package search

import (
	"fmt"
	"math"
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
	pos         []int
	countOnly   bool
}

// builder collects postings for one index.
type builder struct {
	mode  string
	post  map[string][]*posting
	lens  [][2]int // heading and text length of each passage
	total int      // postings added
}

// addField tokenizes values into field of unit, values separated by valueGap
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
		ws, end := scan([]rune(Normalize(v)), b.mode, next)
		for _, w := range ws {
			w.tokens(func(tok string, pos int, countOnly bool) {
				ps := b.post[tok]
				var p *posting
				if len(ps) > 0 && ps[len(ps)-1].unit == unit && ps[len(ps)-1].field == field {
					p = ps[len(ps)-1]
				} else {
					p = &posting{unit: unit, field: field, countOnly: countOnly}
					b.post[tok] = append(ps, p)
					b.total++
				}
				p.count++
				if !countOnly {
					p.pos = append(p.pos, pos)
				}
			})
		}
		next = end
	}
	return next
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
	b := &builder{mode: lang, post: map[string][]*posting{}}
	for i, p := range ps {
		h := b.addField(i, fHeading, p.Heading)
		t := b.addField(i, fText, p.Text)
		b.addField(i, fTarget, p.Targets...)
		b.addField(i, fKeyword, p.Keywords...)
		b.lens = append(b.lens, [2]int{h, t})
	}
	ents := entities(ps, opt.Glossary, lang)
	for e, en := range ents {
		b.addField(len(ps)+e, fHeading, en.forms...)
	}
	files, st, err := b.encode(docs, ps, ents, opt)
	if err != nil {
		return nil, Stats{}, err
	}
	st.Lang = lang
	st.Passages = len(ps)
	st.Entities = len(ents)
	st.Tokens = len(b.post)
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
