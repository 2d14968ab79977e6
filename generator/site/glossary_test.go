package site_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// TestGlossaryReloaded: a load after a save keeps the last load's parsed
// glossary only while content/glossary.yaml reads the same; a term the
// editor renames shows on the next load's glossary page.
func TestGlossaryReloaded(t *testing.T) {
	m := testproject.Map(t)
	docs, err := site.LoadDocs(m)
	if err != nil {
		t.Fatal(err)
	}
	page := func(p *site.Project) string {
		t.Helper()
		data, found, err := p.File(context.Background(), "en/glossary/index.html", site.Limits{})
		if err != nil || !found {
			t.Fatalf("en/glossary/index.html: have found %v, %v", found, err)
		}
		return string(data)
	}
	const old, renamed = "en: school-enterprise cooperation", "en: cooperation of schools and firms"
	orig := m["content/glossary.yaml"].Data
	if !strings.Contains(string(orig), old) {
		t.Fatalf("content/glossary.yaml has no %q", old)
	}
	var prev *site.Project
	for i, tt := range []struct {
		data       string
		has, lacks string
	}{
		{string(orig), "school-enterprise cooperation", "cooperation of schools and firms"},
		{string(orig), "school-enterprise cooperation", "cooperation of schools and firms"},
		{strings.Replace(string(orig), old, renamed, 1), "cooperation of schools and firms", "school-enterprise cooperation"},
	} {
		m["content/glossary.yaml"] = &fstest.MapFile{Data: []byte(tt.data)}
		p, err := site.Load(m, docs, prev)
		if err != nil {
			t.Fatal(err)
		}
		html := page(p)
		if !strings.Contains(html, tt.has) || strings.Contains(html, tt.lacks) {
			t.Errorf("load %d: have a glossary page with %q %v and %q %v, want the one and not the other",
				i+1, tt.has, strings.Contains(html, tt.has), tt.lacks, strings.Contains(html, tt.lacks))
		}
		prev = p
	}
}
