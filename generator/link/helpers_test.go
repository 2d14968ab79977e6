package link

import (
	"errors"
	"io/fs"
	"os"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/link/dept"
)

// Plans the tests read: the seed plan and the corpus copies kept by the parser.
const (
	zichuan   = "../testdata/project/seeds/zichuan-education-2022.txt"
	sdEdu     = "../parse/testdata/shandong-education-2021.txt"
	sdScience = "../parse/testdata/shandong-science-2021.txt"
	anhui     = "../parse/testdata/anhui-industrial-internet-2021.txt"
)

// analyze parses a plan and analyses it with the project's registry and
// link file.
func analyze(t testing.TB, file string) *Analysis {
	t.Helper()
	doc := testproject.ParseFile(t, file)
	reg := registry(t)
	edits, err := LoadEdits(testproject.FS(), "content/links.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Analyze(doc, reg, edits)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func mustRead(t testing.TB, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// registry loads the project's department registry.
func registry(t testing.TB) *dept.Registry {
	t.Helper()
	reg, err := dept.Load(testproject.FS(), "content/departments.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// LoadEdits reads the link file name of fsys. A missing file gives empty
// edits, so a plan without reviewed links still builds.
func LoadEdits(fsys fs.FS, name string) (*Edits, error) {
	data, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return &Edits{File: name, Docs: map[string][]Edit{}}, nil
	}
	if err != nil {
		return nil, err
	}
	return ParseEdits(name, data)
}

// Export is what this package adds to a document's JSON export
// (public/data/<slug>.json), whole, for tests that compare analyses.
type Export struct {
	Departments []ExportDepartment `json:"departments"`
	Links       []ExportLink       `json:"links"`
	Targets     []ExportTarget     `json:"targets"`
}

// Export returns the JSON-ready departments, links and targets of the
// analysed document, each link's reason its language and status
// ("zh:confirmed": package view words them). Slices are never nil, so
// they encode as [].
func (a *Analysis) Export() Export {
	explain := func(l *Link, lang string) string { return lang + ":" + string(l.Status) }
	out := Export{Departments: a.ExportDepartments(), Links: a.ExportLinks(explain), Targets: make([]ExportTarget, 0, len(a.Targets))}
	for _, t := range a.Targets {
		out.Targets = append(out.Targets, ExportTargetOf(t))
	}
	return out
}
