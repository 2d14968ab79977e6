package site_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/site"
)

// TestMissingStringsWarned: the project's pages ask content/i18n for no
// key it lacks (an invariant of the templates and the interface strings),
// and a key an editor removes is a warning naming the file and the key,
// where the pages would show the key without a word.
func TestMissingStringsWarned(t *testing.T) {
	if testing.Short() {
		t.Skip("renders the project twice")
	}
	i18nWarnings := func(fsys fstest.MapFS) []string {
		t.Helper()
		_, p := loadProject(t, fsys)
		if _, err := p.Render(context.Background(), site.Limits{}); err != nil {
			t.Fatal(err)
		}
		var ws []string
		for _, w := range p.Warnings() {
			if strings.HasPrefix(w.File, "content/i18n/") {
				ws = append(ws, w.Error())
			}
		}
		return ws
	}
	fsys := repoFS(t)
	if ws := i18nWarnings(fsys); len(ws) > 0 {
		t.Errorf("have %q, want no interface string missing", ws)
	}
	en := fsys["content/i18n/en.yaml"]
	en.Data = regexp.MustCompile(`(?m)^backToTop:.*\n`).ReplaceAll(en.Data, nil)
	ws := i18nWarnings(fsys)
	if len(ws) != 1 || !strings.HasPrefix(ws[0], "content/i18n/en.yaml: ") || !strings.Contains(ws[0], "backToTop") {
		t.Errorf("have %q, want one warning of content/i18n/en.yaml naming backToTop", ws)
	}
}
