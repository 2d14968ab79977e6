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
	x, err := NewIndexer(lang, opt)
	if err != nil {
		return nil, Stats{}, err
	}
	for _, d := range docs {
		if err := x.Add(d); err != nil {
			return nil, Stats{}, err
		}
	}
	return x.Finish()
}

// An Indexer builds the index of one language plan by plan: Add indexes a
// plan, whose Doc the caller may then drop; Finish merges the plans into
// the index files. The files are those Build makes of the same plans.
type Indexer struct {
	mode  string
	opt   Options
	gloss *glossary

	docs []Doc // each plan without its passages
	ps   []passageRef
	lens [][2]int // heading and text length of each passage

	lists  map[string]*postingList
	ents   []*entity
	byKey  map[entityKey]*entity
	fields fieldTokens // memory the fields of a unit reuse
}

// NewIndexer starts an index of lang ("zh" or "en").
func NewIndexer(lang string, opt Options) (*Indexer, error) {
	if lang != ModeZh && lang != ModeEn {
		return nil, fmt.Errorf("search: language %q: expected zh or en", lang)
	}
	if opt.ShardBytes <= 0 {
		opt.ShardBytes = 8 << 10
	}
	if opt.ChunkBytes <= 0 {
		opt.ChunkBytes = 1536
	}
	return &Indexer{mode: lang, opt: opt, gloss: newGlossary(opt.Glossary, lang),
		lists: map[string]*postingList{}, byKey: map[entityKey]*entity{}}, nil
}

// Add indexes the plan doc after those added before.
func (x *Indexer) Add(doc Doc) error {
	d := len(x.docs)
	first := len(x.ps)
	byEID := map[string]int{}
	for i := range doc.Passages {
		p := &doc.Passages[i]
		if p.EID == "" {
			return fmt.Errorf("search: %s: passage %d has no eId", doc.Slug, i)
		}
		if _, dup := byEID[p.EID]; dup {
			return fmt.Errorf("search: %s: eId %s repeated", doc.Slug, p.EID)
		}
		parent := -1
		if j, ok := byEID[p.Parent]; ok && p.Parent != "" {
			parent = j
		}
		byEID[p.EID] = first + i
		x.ps = append(x.ps, passageRef{Passage: p, doc: d, parent: parent})
	}
	for u := first; u < len(x.ps); u++ {
		p := x.ps[u]
		h := x.post(u, fHeading, p.Heading)
		t := x.post(u, fText, p.Text)
		x.post(u, fTarget, p.Targets...)
		x.post(u, fKeyword, p.Keywords...)
		x.lens = append(x.lens, [2]int{h, t})
		x.link(u, p.Passage)
	}
	x.docs = append(x.docs, doc)
	return nil
}

// Finish indexes the entities after every passage and lays the index out
// in files.
func (x *Indexer) Finish() (map[string][]byte, Stats, error) {
	n := len(x.ps)
	for e, en := range x.ents {
		x.post(n+e, fHeading, en.forms...)
	}
	files, st, err := x.encode()
	if err != nil {
		return nil, Stats{}, err
	}
	st.Lang = x.mode
	st.Passages = n
	st.Entities = len(x.ents)
	return files, st, nil
}

// avgLens returns the mean heading and text lengths, rounded to 1/100.
func (x *Indexer) avgLens() []float64 {
	var h, t float64
	for _, l := range x.lens {
		h += float64(l[0])
		t += float64(l[1])
	}
	n := math.Max(1, float64(len(x.lens)))
	r := func(v float64) float64 { return math.Max(1, math.Round(v/n*100)/100) }
	return []float64{r(h), r(t)}
}
