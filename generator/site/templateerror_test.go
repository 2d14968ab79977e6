package site

import (
	"io"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/pos"
	"plansite/generator/view"
)

// TestTemplateParseError: a template that does not parse stops the build
// with a *pos.Error naming its file by its path in the project, a partial
// apart from a page template of the same base name.
func TestTemplateParseError(t *testing.T) {
	good := &fstest.MapFile{Data: []byte(`{{define "main"}}x{{end}}`)}
	bad := &fstest.MapFile{Data: []byte("{{define \"node\"}}\n{{if}}{{end}}")}
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"partial", fstest.MapFS{"templates/base.html": good, "templates/node.html": good, "templates/partials/node.html": bad}, "templates/partials/node.html"},
		{"page", fstest.MapFS{"templates/base.html": good, "templates/node.html": bad, "templates/partials/node.html": good}, "templates/node.html"},
		{"base", fstest.MapFS{"templates/base.html": bad}, "templates/base.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadTemplates(tt.fsys, nil, view.Strings{})
			pe, ok := pos.First(err)
			if !ok || pe.File != tt.want || pe.Line != 2 || pe.Msg != "missing value for if" {
				t.Errorf("have %v, want %s:2: missing value for if", err, tt.want)
			}
		})
	}
}

// TestTemplateExecError: a template that fails while a page renders names
// its file from the error, a partial apart from a page template of the
// same base name, with the line and column of the action at fault.
func TestTemplateExecError(t *testing.T) {
	base := &fstest.MapFile{Data: []byte(`{{template "main" .}}`)}
	tests := []struct {
		name, partial, page string
		file                string
		line, col           int
		msg                 string
	}{
		{"partial", "{{define \"node\"}}\n  {{.Nope}}{{end}}", `{{define "main"}}{{template "node" .}}{{end}}`,
			"templates/partials/node.html", 2, 4, `executing "node" at <.Nope>: can't evaluate field Nope`},
		{"page", `{{define "node"}}x{{end}}`, "{{define \"main\"}}\n\n{{template \"node\" .}}{{.Nope}}{{end}}",
			"templates/node.html", 3, 23, `executing "main" at <.Nope>: can't evaluate field Nope`},
		{"escaper", "{{define \"node\"}}\n{{template \"unitnote\" .}}{{end}}", `{{define "main"}}{{template "node" .}}{{end}}`,
			"templates/partials/node.html", 2, 11, `no such template "unitnote"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, err := loadTemplates(fstest.MapFS{
				"templates/base.html":          base,
				"templates/node.html":          {Data: []byte(tt.page)},
				"templates/partials/node.html": {Data: []byte(tt.partial)},
			}, nil, view.Strings{})
			if err != nil {
				t.Fatal(err)
			}
			k := ts.kinds["node"]
			err = ts.execError(k, k.ExecuteTemplate(io.Discard, "base.html", struct{}{}))
			pe, ok := pos.First(err)
			if !ok || pe.File != tt.file || pe.Line != tt.line || pe.Col != tt.col || !strings.HasPrefix(pe.Msg, tt.msg) {
				t.Errorf("have %v, want %s:%d:%d: %s…", err, tt.file, tt.line, tt.col, tt.msg)
			}
		})
	}
}

// TestTemplateFileRefused: a template that is not UTF-8 (saved as GBK)
// stops the build at its line and column, rather than putting its bytes
// into UTF-8 pages, and a missing base.html is named as such.
func TestTemplateFileRefused(t *testing.T) {
	good := &fstest.MapFile{Data: []byte(`{{define "main"}}x{{end}}`)}
	gbk := &fstest.MapFile{Data: []byte("{{define \"main\"}}\n<p>\xb9\xe6\xbb\xae</p>{{end}}")} // 规划 in GBK
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"page in GBK", fstest.MapFS{"templates/base.html": good, "templates/plan.html": gbk}, "templates/plan.html:2:4: byte 0xb9 is not UTF-8; save the file as UTF-8 (was it saved as GBK?)"},
		{"partial in GBK", fstest.MapFS{"templates/base.html": good, "templates/partials/meta.html": gbk}, "templates/partials/meta.html:2:4: byte 0xb9 is not UTF-8; save the file as UTF-8 (was it saved as GBK?)"},
		{"no base.html", fstest.MapFS{"templates/plan.html": good}, "templates/base.html: missing: every page is printed in it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadTemplates(tt.fsys, nil, view.Strings{})
			pe, ok := pos.First(err)
			if !ok || pe.Error() != tt.want {
				t.Errorf("have %v, want %s", err, tt.want)
			}
		})
	}
}
