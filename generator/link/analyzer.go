package link

import (
	"plansite/generator/link/dept"
	"plansite/generator/link/target"
	"plansite/generator/plan"
)

// Analyzer analyses successive versions of one document, such as the
// preview server's parses of a plan after each save, reusing what the last
// analysis worked out from texts that did not change: the targets of each
// text, the bigrams of each task, the vocabulary's segmentations and the
// terms a project's name and content share with a task. Documents are new
// parses, so the work is remembered by text, never by node. What depends
// on the whole document (the rarity of bigrams and departments, the
// accessor variety of words) is brought up to date, so an analysis is
// always the one Analyze gives; an Analyzer holds the work of the last
// analysis only. It is not safe for concurrent use.
type Analyzer struct {
	vocab    *vocabulary
	tasks    taskBigrams
	targets  memo[[]target.Target]
	distinct memo[[]string] // a project name's or content's bigrams
	review   memo[bool]     // whether a heading names a review of achievements
}

// NewAnalyzer returns an analyzer that remembers nothing yet.
func NewAnalyzer() *Analyzer {
	return &Analyzer{vocab: newVocabulary()}
}

// Analyze is the package's Analyze of doc, reusing the work of the last
// analysis where the texts are the same.
func (z *Analyzer) Analyze(doc *plan.Document, reg *dept.Registry, edits *Edits) (*Analysis, error) {
	defer z.rotate()
	return analyzeWith(doc, reg, edits, z)
}

// rotate forgets what the analysis just ended did not use.
func (z *Analyzer) rotate() {
	z.vocab.rotate()
	z.targets.rotate()
	z.distinct.rotate()
	z.review.rotate()
}

// memo remembers values computed from strings during one analysis and the
// last one.
type memo[V any] struct{ last, next map[string]V }

func (m *memo[V]) get(key string, compute func(string) V) V {
	if v, ok := m.next[key]; ok {
		return v
	}
	v, ok := m.last[key]
	if !ok {
		v = compute(key)
	}
	if m.next == nil {
		m.next = map[string]V{}
	}
	m.next[key] = v
	return v
}

func (m *memo[V]) rotate() { m.last, m.next = m.next, nil }
