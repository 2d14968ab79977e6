package site_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/library"
	"plansite/generator/pos"
	"plansite/generator/site"
)

// TestTemplateErrorOnEveryPage: a partial that fails on every page stops
// the build with an error at the partial's file and line, in a build as
// within the preview's limits, whichever page fails first: pages render
// side by side, and the first in order may fail after another has ended
// the build (render tells its error's place all the same).
func TestTemplateErrorOnEveryPage(t *testing.T) {
	fsys, err := library.Project(1)
	if err != nil {
		t.Fatal(err)
	}
	const file = "templates/partials/node.html"
	src := string(fsys[file].Data)
	i := strings.Index(src, `{{define "node-text"}}`)
	if i < 0 {
		t.Fatal(`no node-text in ` + file)
	}
	line := strings.Count(src[:i], "\n") + 1
	fsys[file] = &fstest.MapFile{Data: []byte(src[:i] + `{{define "node-text"}}{{.Nope}}` + src[i+len(`{{define "node-text"}}`):])}
	docs, err := site.LoadDocs(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, lim := range []site.Limits{{}, site.PreviewLimits()} {
		for range 3 {
			p, err := site.Load(fsys, docs, nil)
			if err != nil {
				t.Fatal(err)
			}
			_, err = p.Render(context.Background(), lim)
			pe, ok := pos.First(err)
			if !ok || pe.File != file || pe.Line != line || !strings.Contains(pe.Msg, "Nope") {
				t.Errorf("limits %v: have %v, want %s:%d: … Nope", lim, err, file, line)
			}
		}
	}
}
