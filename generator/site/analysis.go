package site

import (
	"bytes"
	"errors"
	"io/fs"
	"sync"

	"plansite/generator/link"
	"plansite/generator/plan"
)

// The editors' files package link reads: the department registry and the
// key project ↔ task decisions.
const (
	deptFile = "content/departments.yaml"
	linkFile = "content/links.yaml"
)

// linking is what package link derives for one build: an analysis per
// plan (departments, matrix, key project ↔ task links, targets) and the
// departments index over all plans.
type linking struct {
	byDoc map[*plan.Document]*link.Analysis
	index []*link.Department // every plan's departments, by load
}

// analyze runs link.Analyze once per plan and build. Analysing a plan from
// scratch costs tens of milliseconds, most of a preview rebuild's budget,
// so the result is remembered (see analyses) while the plan and both
// editors' files are unchanged, and a plan edited is analysed reusing the
// work its last version's analysis did on the texts the edit left alone.
func (b *builder) analyze() error {
	reg, err := readInput(b.root, deptFile)
	if err != nil {
		return err
	}
	edits, err := readInput(b.root, linkFile)
	if err != nil {
		return err
	}
	got, err := analyses.get(b.docs, reg, edits)
	if err != nil {
		return err
	}
	b.linking = &linking{byDoc: map[*plan.Document]*link.Analysis{}}
	var all []*link.Analysis
	for i, d := range b.docs {
		a := got[i]
		b.linking.byDoc[d] = a
		all = append(all, a)
		b.warnings = append(b.warnings, a.Warnings...)
	}
	b.linking.index = link.Departments(all...)
	return nil
}

// readInput reads an optional content file: a missing one reads as empty.
func readInput(root fs.FS, name string) ([]byte, error) {
	data, err := fs.ReadFile(root, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return data, err
}

// analysisCache remembers the last analyses by parsed document. Documents
// are read-only once parsed (see DocCache), so one the preview server's
// DocCache hands out again, under the same registry and link file, has the
// same analysis. A plan parsed again after an edit is a new document: its
// link.Analyzer, one per plan file, redoes only what the edit touched. A
// full build parses afresh and starts cold.
type analysisCache struct {
	mu        sync.Mutex
	reg       []byte
	edits     []byte
	registry  *link.Registry
	links     *link.Edits
	docs      map[*plan.Document]*link.Analysis
	analyzers map[string]*link.Analyzer // by plan file
}

var analyses analysisCache

// get returns the analyses of docs, in order, computing those not cached.
// Only the documents and analyzers of the latest call are kept, so the
// cache holds one build's worth.
func (c *analysisCache) get(docs []*plan.Document, reg, edits []byte) ([]*link.Analysis, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.registry == nil || !bytes.Equal(c.reg, reg) || !bytes.Equal(c.edits, edits) {
		r, err := link.ParseRegistry(deptFile, orEmptyList(reg))
		if err != nil {
			return nil, err
		}
		e, err := link.ParseEdits(linkFile, edits)
		if err != nil {
			return nil, err
		}
		c.reg, c.edits, c.registry, c.links = reg, edits, r, e
		c.docs = nil
	}
	next := make(map[*plan.Document]*link.Analysis, len(docs))
	analyzers := make(map[string]*link.Analyzer, len(docs))
	out := make([]*link.Analysis, len(docs))
	for i, d := range docs {
		z := c.analyzers[d.File]
		if z == nil {
			z = link.NewAnalyzer()
		}
		analyzers[d.File] = z
		a := c.docs[d]
		if a == nil {
			var err error
			if a, err = z.Analyze(d, c.registry, c.links); err != nil {
				return nil, err
			}
		}
		next[d], out[i] = a, a
	}
	c.docs, c.analyzers = next, analyzers
	return out, nil
}

// orEmptyList stands in an empty list for a missing registry.
func orEmptyList(data []byte) []byte {
	if len(bytes.TrimSpace(data)) == 0 {
		return []byte("[]")
	}
	return data
}

// Analysis is the plan's departments, matrix, links and targets (package
// link), or nil outside a build.
func (d *Doc) Analysis() *link.Analysis {
	if b := d.builder(); b != nil && b.linking != nil {
		return b.linking.byDoc[d.Document]
	}
	return nil
}

// linkExport is what package link adds to a plan's JSON export:
// departments, key project ↔ task links and targets (link.Export), each
// target with the url of its passage in the export's language.
func (b *builder) linkExport(d *Doc) map[string]any {
	a := b.linking.byDoc[d.Document]
	if a == nil {
		return nil
	}
	x := a.Export()
	targets := make([]exportTarget, len(x.Targets))
	for i, t := range x.Targets {
		targets[i] = exportTarget{ExportTarget: t}
		if n := d.Find(t.EID); n != nil {
			targets[i].URL = n.URL()
		}
	}
	return map[string]any{"departments": x.Departments, "links": x.Links, "targets": targets}
}

// exportTarget is a target of the JSON export with its passage's url.
type exportTarget struct {
	link.ExportTarget
	URL string `json:"url"`
}
