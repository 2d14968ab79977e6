package site_test

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
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

// TestMissingStringsWarnedAgain: the preview loads the project again
// after each save, keeping the parsed templates when none changed; a key
// the templates ask for and the strings lack is still warned of then,
// and no longer once the editor restores it.
func TestMissingStringsWarnedAgain(t *testing.T) {
	if testing.Short() {
		t.Skip("renders the project three times")
	}
	m := testproject.Map(t)
	en := m["content/i18n/en.yaml"]
	restored := en.Data
	removed := regexp.MustCompile(`(?m)^translationStatus:.*\n`).ReplaceAll(en.Data, nil)
	if bytes.Equal(removed, restored) {
		t.Fatal("content/i18n/en.yaml has no translationStatus to remove")
	}
	docs, err := site.LoadDocs(m)
	if err != nil {
		t.Fatal(err)
	}
	var prev *site.Project
	for i, data := range [][]byte{removed, removed, restored} {
		m["content/i18n/en.yaml"] = &fstest.MapFile{Data: data}
		p, err := site.Load(m, docs, prev)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.Render(context.Background(), site.Limits{}); err != nil {
			t.Fatal(err)
		}
		warned := false
		for _, w := range p.Warnings() {
			warned = warned || w.File == "content/i18n/en.yaml" && strings.Contains(w.Msg, "translationStatus")
		}
		if want := i < 2; warned != want {
			t.Errorf("load %d: have translationStatus warned %v, want %v", i+1, warned, want)
		}
		prev = p
	}
}
