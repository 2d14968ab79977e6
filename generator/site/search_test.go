package site

import (
	"context"
	"html"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/search"
	"plansite/generator/view"
)

// The search tests run on the site built from the repository: its index
// files as written to public/, and the Docs they were built from.

var searchSite struct {
	once sync.Once
	b    *builder
	docs map[string][]search.Doc
	err  error
}

// builtForSearch builds the repository's site once and keeps the builder,
// whose searchDocs are what the index was made of.
func builtForSearch(t testing.TB) (*builder, map[string][]search.Doc) {
	t.Helper()
	searchSite.once.Do(func() {
		root := testproject.FS()
		docs, err := LoadDocs(root)
		if err != nil {
			searchSite.err = err
			return
		}
		b, err := load(root, docs, nil)
		if err != nil {
			searchSite.err = err
			return
		}
		// The test's builder holds the whole site's files.
		s := b.site()
		if searchSite.err = b.renderTo(context.Background(), Limits{}, s, nil); searchSite.err != nil {
			return
		}
		b.files = s.Files
		searchSite.b = b
		searchSite.docs = map[string][]search.Doc{}
		for _, lang := range view.Langs() {
			searchSite.docs[lang] = b.searchDocs(lang)
		}
	})
	if searchSite.err != nil {
		t.Fatal(searchSite.err)
	}
	return searchSite.b, searchSite.docs
}

// siteIndex opens the index the site wrote for lang.
func siteIndex(t testing.TB, files map[string][]byte, lang string) *search.Index {
	t.Helper()
	dir := SearchDir(lang)
	own := map[string][]byte{}
	for name, data := range files {
		if rest, ok := strings.CutPrefix(name, dir); ok && rest != "index.html" {
			own[rest] = data
		}
	}
	ix, err := search.Open(own)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	return ix
}

var (
	htmlID     = regexp.MustCompile(`\sid="([^"]+)"`)
	searchForm = regexp.MustCompile(`<form class="site-search" role="search" action="([^"]+)" method="get">\s*<label[^>]*>[^<]+</label>\s*<input id="site-search-q" type="search" name="q"`)
)

// TestSearchTargetsExist checks that every passage of both indexes is
// linked to a page that holds an element with its eId as id, so a result
// lands on it and the arrival highlight finds it.
func TestSearchTargetsExist(t *testing.T) {
	b, docs := builtForSearch(t)
	ids := map[string]map[string]bool{}
	for _, lang := range view.Langs() {
		n := 0
		for _, d := range docs[lang] {
			for _, p := range d.Passages {
				url := p.URL
				if url == "" {
					url = d.URL
				}
				file := pagePath("/" + url)
				if ids[file] == nil {
					data, ok := b.files[file]
					if !ok {
						t.Errorf("%s %s: links to %s, which the site lacks", lang, p.EID, url)
						continue
					}
					ids[file] = map[string]bool{}
					for _, m := range htmlID.FindAllSubmatch(data, -1) {
						ids[file][string(m[1])] = true
					}
				}
				if !ids[file][p.EID] {
					t.Errorf("%s %s: no id %q on %s", lang, p.EID, p.EID, url)
				}
				n++
			}
		}
		if n < 100 {
			t.Errorf("%s: %d passages, want the whole plan's (≥ 100)", lang, n)
		}
	}
}

// TestSearchPages checks the results pages and the search box: the box on
// every page submits to the results page of its language, relative to the
// page; the results page has the results element and a message for
// readers without script that links to the plans.
func TestSearchPages(t *testing.T) {
	b, _ := builtForSearch(t)
	for _, lang := range view.Langs() {
		page := string(b.files[SearchDir(lang)+"index.html"])
		for _, want := range []string{`<div id="search-results">`, `<input id="search-q" type="search" name="q"`,
			`<noscript>`, `href="../zichuan-education-2022/"`, `data-root="../../"`, `<meta name="robots" content="noindex">`} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: lacks %s", SearchDir(lang), want)
			}
		}
	}
	if strings.Contains(string(b.files["sitemap.xml"]), "/search/") {
		t.Error("sitemap.xml lists a results page, which says noindex")
	}
	boxes := 0
	for name, data := range b.files {
		if !strings.HasSuffix(name, ".html") || name == "404.html" || strings.HasSuffix(name, "/search/index.html") {
			continue
		}
		s := string(data)
		if strings.Contains(s, `http-equiv="refresh"`) {
			continue // a retired eId's redirect
		}
		lang := "zh"
		if strings.HasPrefix(name, "en/") {
			lang = "en"
		}
		m := searchForm.FindStringSubmatch(s)
		if m == nil {
			t.Errorf("%s: no search box", name)
			continue
		}
		action, err := url.Parse(html.UnescapeString(m[1]))
		if err != nil || action.IsAbs() || strings.HasPrefix(m[1], "/") {
			t.Errorf("%s: search box submits to %q: want a relative link", name, m[1])
			continue
		}
		page := &url.URL{Scheme: "http", Host: "host", Path: "/sub/" + name}
		if got, want := page.ResolveReference(action).Path, "/sub/"+SearchDir(lang); got != want {
			t.Errorf("%s: search box submits to %s, want %s", name, got, want)
		}
		boxes++
	}
	if boxes < 150 {
		t.Errorf("%d pages with a search box: want every page (≥ 150)", boxes)
	}
}

// TestSearchQualityOnSite runs the engine's quality set on the site's own
// indexes, built from the pages' text, the link analysis and the glossary
// rather than the engine's test fixture.
func TestSearchQualityOnSite(t *testing.T) {
	b, docs := builtForSearch(t)
	cases := loadQualityCases(t)
	ixs := map[string]*search.Index{}
	passages := map[string]map[string]*search.Passage{}
	for _, lang := range view.Langs() {
		ixs[lang] = siteIndex(t, b.files, lang)
		passages[lang] = map[string]*search.Passage{}
		for _, d := range docs[lang] {
			for i := range d.Passages {
				passages[lang][d.Passages[i].EID] = &d.Passages[i]
			}
		}
	}
	for _, c := range cases {
		a, err := ixs[c.Lang].Query(c.Q)
		if err != nil {
			t.Fatal(err)
		}
		rs := a.Results
		var got, gotos []string
		for i := range rs {
			if err := ixs[c.Lang].Describe(&rs[i]); err != nil {
				t.Fatal(err)
			}
			got = append(got, rs[i].EID)
		}
		for _, r := range a.Goto {
			gotos = append(gotos, r.EID)
		}
		var errs []string
		if c.Goto == "" {
			errs = c.Check(got, passages)
		}
		if !c.None || len(gotos) > 0 {
			errs = append(errs, c.CheckAnswer(gotos, a.Partial, a.Also, a.Suggest)...)
		}
		for _, e := range errs {
			t.Errorf("%s %q: %s", c.Lang, c.Q, e)
		}
	}
}

// loadQualityCases reads the engine's quality set.
func loadQualityCases(t testing.TB) []search.QualityCase {
	cases, err := search.LoadQuality(os.DirFS("../search"), "testdata/quality.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 40 {
		t.Fatalf("quality set has %d queries, want at least 40", len(cases))
	}
	return cases
}
