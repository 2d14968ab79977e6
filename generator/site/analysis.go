package site

import (
	"bytes"
	"errors"
	"io/fs"

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
	byDoc      map[*plan.Document]*link.Analysis
	index      []*link.Department // every plan's departments, by load
	reg, edits []byte             // the editors' files they were made from
}

// analyze runs link.Analyze once per plan and load. Analysing a plan
// costs tens of milliseconds, much of a preview save's budget, so a plan's
// analysis is taken from prev, the preview's last load, when it analysed
// the same parsed document (which a seed's content stands for: DocCache)
// with the same registry and link file.
func (b *builder) analyze(prev *builder) error {
	reg, err := readInput(b.root, deptFile)
	if err != nil {
		return err
	}
	edits, err := readInput(b.root, linkFile)
	if err != nil {
		return err
	}
	registry, err := link.ParseRegistry(deptFile, orEmptyList(reg))
	if err != nil {
		return err
	}
	links, err := link.ParseEdits(linkFile, edits)
	if err != nil {
		return err
	}
	b.linking = &linking{byDoc: map[*plan.Document]*link.Analysis{}, reg: reg, edits: edits}
	if prev != nil && prev.linking != nil && (!bytes.Equal(prev.linking.reg, reg) || !bytes.Equal(prev.linking.edits, edits)) {
		prev = nil
	}
	var all []*link.Analysis
	for _, d := range b.docs {
		var a *link.Analysis
		if prev != nil && prev.linking != nil {
			a = prev.linking.byDoc[d]
		}
		if a == nil {
			if a, err = link.Analyze(d, registry, links); err != nil {
				return err
			}
		}
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
