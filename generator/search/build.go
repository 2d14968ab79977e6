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

// builder is one build: its units and what they hold.
type builder struct {
	*Builder
	lens [][2]int // heading and text length of each passage
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
	for _, p := range ps {
		// The fields in order: fHeading, fText, fTarget, fKeyword.
		h := b.field(p.Heading)
		t := b.field(p.Text)
		b.field(p.Targets...)
		b.field(p.Keywords...)
		b.endUnit()
		b.lens = append(b.lens, [2]int{h, t})
	}
	ents := entities(ps, c.glossaryTerms)
	for _, en := range ents {
		b.field(en.forms...) // fHeading
		b.endUnit()
	}
	b.renumber(b.markChanged())
	b.addPostings()
	files, st, err := b.encode(docs, ps, ents, opt)
	if err != nil {
		*c = Builder{} // start afresh rather than trust a half-done build
		return nil, Stats{}, err
	}
	c.finish()
	st.Lang = lang
	st.Passages = len(ps)
	st.Entities = len(ents)
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
