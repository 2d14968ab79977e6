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

// TestGlossaryPlansShown: the glossary page says which plans a term given
// for some plans (plans:) is rendered for, linking each by its title in
// the page's language, and that a term of plans the library lacks is
// given nowhere here, as the pages, search and translation memory read
// it; a term of every plan says nothing of plans.
func TestGlossaryPlansShown(t *testing.T) {
	m := testproject.Map(t)
	m["content/glossary.yaml"].Data = append(m["content/glossary.yaml"].Data,
		"\n- zh: 体质\n  en: physical fitness\n  plans: [zichuan-education-2022, elsewhere-2021]\n"+
			"\n- zh: 体艺\n  en: sports and arts\n  plans: [elsewhere-2021]\n"...)
	docs, err := site.LoadDocs(m)
	if err != nil {
		t.Fatal(err)
	}
	p, err := site.Load(m, docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string][]string{
		"en": {`physical fitness<br><small class="gloss-only" lang="en">In these plans only: <a href="../zichuan-education-2022/">Zichuan District 14th Five-Year Plan for Education Development</a></small>`,
			`sports and arts<br><small class="gloss-only" lang="en">Given for plans not in this library.</small>`},
		"zh": {`physical fitness<br><small class="gloss-only" lang="zh-Hans">仅用于：<a href="../zichuan-education-2022/">淄川区教育事业发展“十四五”规划</a></small>`},
	} {
		data, _, err := p.File(context.Background(), lang+"/glossary/index.html", site.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(string(data), w) {
				t.Errorf("%s/glossary/ lacks %s", lang, w)
			}
		}
		if strings.Count(string(data), `class="gloss-only"`) != len(want) && lang == "en" {
			t.Errorf("%s/glossary/: %d terms say their plans, want %d", lang, strings.Count(string(data), `class="gloss-only"`), len(want))
		}
	}
}
