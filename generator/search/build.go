package search

import (
	"compress/gzip"
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

// passageInfo is what the manifest keeps of a passage for scoring.
type passageInfo struct {
	kind   int // in the manifest's kinds
	parent int // index of the parent passage, -1 if none
}

// Build makes the index files for one language. lang is "zh" or "en" and
// chooses the tokenizer mode. The returned paths are relative to the index
// directory; Stats describes their sizes.
func Build(docs []Doc, lang string, opt Options) (map[string][]byte, Stats, error) {
	files := map[string][]byte{}
	opt.Put = func(name string, data []byte) error {
		files[name] = data
		return nil
	}
	x, err := NewIndexer(lang, opt)
	if err != nil {
		return nil, Stats{}, err
	}
	for _, d := range docs {
		if err := x.Add(d); err != nil {
			return nil, Stats{}, err
		}
	}
	st, err := x.Finish()
	return files, st, err
}

// An Indexer builds the index of one language plan by plan and hands its
// files to Options.Put as they are made: Add indexes a plan and puts its
// passage chunks, Finish merges the plans' posting lists into token shards
// and puts them, the go-to table and the manifest. The files are those
// Build makes of the same plans. It keeps of a plan only its posting
// lists, what the manifest says of it and its go-to keys; the caller may
// drop a Doc once it is added.
type Indexer struct {
	mode  string
	opt   Options
	gloss *glossary

	docs  []docMeta
	ps    []passageInfo
	kinds map[string]int
	lens  [2]float64 // sums of heading and text lengths

	lists  map[string]*postingList
	chars  []*postingList // the lists of one-character tokens, by character (list)
	ents   []*entity
	byKey  map[entityKey]*entity
	gotos  map[string][]int // go-to key or "eid:" + eId → passages, in plan order
	fields [2]fieldTokens   // memory the fields of a unit reuse
	runes  []rune           // memory the values of a field reuse
	words  []word           // memory their words reuse (scan)

	sizes   []fileSize      // of the files put so far
	chunked map[string]bool // hashes of the plans whose chunks are put
	stems   stems
	gz      *gzip.Writer // reused to measure the files put
}

// NewIndexer starts an index of lang ("zh" or "en") whose files go to
// opt.Put.
func NewIndexer(lang string, opt Options) (*Indexer, error) {
	if opt.Put == nil {
		return nil, fmt.Errorf("search: an Indexer needs Options.Put")
	}
	if lang != ModeZh && lang != ModeEn {
		return nil, fmt.Errorf("search: language %q: expected zh or en", lang)
	}
	if opt.ShardBytes <= 0 {
		opt.ShardBytes = 8 << 10
	}
	if opt.ChunkBytes <= 0 {
		opt.ChunkBytes = 1024
	}
	st := stems{}
	return &Indexer{mode: lang, opt: opt, gloss: newGlossary(opt.Glossary, lang, st), kinds: map[string]int{}, stems: st,
		lists: map[string]*postingList{}, chars: make([]*postingList, 1<<16), byKey: map[entityKey]*entity{}, gotos: map[string][]int{}, chunked: map[string]bool{},
		gz: gzip.NewWriter(nil)}, nil
}

// put hands a file to opt.Put and records its size.
func (x *Indexer) put(name string, data []byte) error {
	fsz := fileSize{name: name, raw: len(data)}
	if !x.opt.SkipGzip {
		fsz.gzip = gzipSize(x.gz, data)
	}
	x.sizes = append(x.sizes, fsz)
	return x.opt.Put(name, data)
}

// Add indexes the plan doc after those added before and puts its passage
// chunks.
func (x *Indexer) Add(doc Doc) error {
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
		k, ok := x.kinds[p.Kind]
		if !ok {
			k = len(x.kinds)
			x.kinds[p.Kind] = k
		}
		x.ps = append(x.ps, passageInfo{kind: k, parent: parent})
	}
	// The lengths of a passage's heading and text go into each of its
	// groups: a query needs them for the passages it finds, and no more.
	f := &x.fields
	for i := range doc.Passages {
		p := &doc.Passages[i]
		u := first + i
		l := [2]int{x.collect(&f[0], p.Heading), x.collect(&f[1], p.Text)}
		terms := x.gloss.find(p.Heading, p.Text, &f[0], &f[1], l[0])
		x.lens[0] += float64(l[0])
		x.lens[1] += float64(l[1])
		x.emit(&f[0], u, fHeading, &l)
		x.emit(&f[1], u, fText, &l)
		x.collect(&f[0], p.Targets...)
		x.emit(&f[0], u, fTarget, &l)
		x.collect(&f[0], p.Keywords...)
		x.emit(&f[0], u, fKeyword, &l)
		x.link(u, p, doc.Slug, terms)
	}
	meta := docMeta{Slug: doc.Slug, Title: doc.Title, Note: doc.Note, URL: doc.URL, Issuers: doc.Issuers, N: len(doc.Passages),
		Untranslated: doc.Untranslated}
	if err := x.putChunks(&meta, doc); err != nil {
		return err
	}
	x.docs = append(x.docs, meta)
	x.addGotos(doc, byEID)
	return nil
}

// Finish indexes the entities after every passage and puts the token
// shards, the go-to table and the manifest.
func (x *Indexer) Finish() (Stats, error) {
	n := len(x.ps)
	for e, en := range x.ents {
		x.collect(&x.fields[0], en.forms...)
		x.emit(&x.fields[0], n+e, fHeading, nil)
	}
	st, err := x.encode()
	if err != nil {
		return Stats{}, err
	}
	st.Lang = x.mode
	st.Passages = n
	st.Entities = len(x.ents)
	return st, nil
}

// avgLens returns the mean heading and text lengths, rounded to 1/100.
func (x *Indexer) avgLens() []float64 {
	n := math.Max(1, float64(len(x.ps)))
	r := func(v float64) float64 { return math.Max(1, math.Round(v/n*100)/100) }
	return []float64{r(x.lens[0]), r(x.lens[1])}
}
