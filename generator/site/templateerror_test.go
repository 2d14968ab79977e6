package site

import (
	"testing"
	"testing/fstest"

	"plansite/generator/pos"
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
			_, err := loadTemplates(tt.fsys, nil)
			pe, ok := pos.First(err)
			if !ok || pe.File != tt.want || pe.Line != 2 || pe.Msg != "missing value for if" {
				t.Errorf("have %v, want %s:2: missing value for if", err, tt.want)
			}
		})
	}
}
