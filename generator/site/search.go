package site

import (
	"fmt"
	"io/fs"
	"path"
	"slices"

	"golang.org/x/sync/errgroup"

	"plansite/generator/search"
)

// Search: every page carries a search box (templates/partials/searchbox.html)
// and loads the client, /assets/search.js, which finds its two companion
// scripts beside it and the index of the page's language at
// /<lang>/search/, beside the results page. All of it is resolved from the
// script's URL and data-root, both relative, so search works from any
// static host and under a sub-path.

// searchClient are the client's files, kept in templates/ beside the Go
// mirror's tests and copied to /assets/ unchanged. The three scripts must
// share a folder: search.js loads the other two from its own.
var searchClient = []string{"search.js", "search-core.js", "search-index.js", "search.css"}

// SearchDir is the folder of a language's index and results page.
func SearchDir(lang string) string { return lang + "/search/" }

// searchPages copies the client and describes the results pages.
func (b *builder) searchPages() error {
	for _, name := range searchClient {
		data, err := fs.ReadFile(b.root, path.Join("templates", name))
		if err != nil {
			return fmt.Errorf("search client: %w", err)
		}
		b.files[path.Join("assets", name)] = data
	}
	for _, lang := range Langs {
		p := &Page{Path: "/" + SearchDir(lang), Lang: lang, Kind: "search", Title: uiString(lang, "searchTitle")}
		if err := b.page(p); err != nil {
			return err
		}
		// A results page is for readers, not crawlers (it says noindex):
		// keep it out of the sitemap.
		b.pages = slices.DeleteFunc(b.pages, func(page string) bool { return page == p.Path })
	}
	return nil
}

// searchIndexes builds one index per language, side by side, from the
// plans as the pages show them.
func (b *builder) searchIndexes() (map[string][]byte, error) {
	glossary, err := searchGlossary(b)
	if err != nil {
		return nil, err
	}
	syn, err := search.LoadSynonyms(b.root)
	if err != nil {
		return nil, err
	}
	indexes := make([]map[string][]byte, len(Langs))
	var g errgroup.Group
	for i, lang := range Langs {
		g.Go(func() error {
			// Gzip sizes are for measuring (the tests and benchmarks
			// do); a build does not need them.
			files, _, err := search.Build(b.searchDocs(lang), lang, search.Options{Glossary: glossary, Synonyms: syn[lang], SkipGzip: true})
			if err != nil {
				return fmt.Errorf("search index (%s): %w", lang, err)
			}
			indexes[i] = files
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for i, lang := range Langs {
		for name, data := range indexes[i] {
			out[SearchDir(lang)+name] = data
		}
	}
	return out, nil
}

// SearchURL is the results page in the page's language; the search box
// submits to it.
func (p *Page) SearchURL() string { return "/" + SearchDir(p.Lang) }

// searchUI holds the search box's and results page's strings; they join ui
// at start-up. The client's own strings (result counts, "show more") are in
// templates/search.js.
var searchUI = map[string]map[string]string{
	"zh": {
		"searchTitle":       "搜索",
		"searchLabel":       "搜索规划",
		"searchPlaceholder": "搜索，如：近视",
		"searchButton":      "搜索",
		"searchHint":        "输入任意字词，可用空格分隔多个词；标题、正文、责任部门和重点项目均可搜索。在任何页面按 / 或 Ctrl+K 即可开始搜索。",
		"searchNoScript":    "搜索需要启用 JavaScript。也可以从目录查找：",
	},
	"en": {
		"searchTitle":       "Search",
		"searchLabel":       "Search the plans",
		"searchPlaceholder": "Search, e.g. myopia",
		"searchButton":      "Search",
		"searchHint":        "Type any words; separate several with spaces. Headings, text, departments and key projects are searched. Press / or Ctrl+K on any page to search.",
		"searchNoScript":    "Search needs JavaScript. You can also browse the contents:",
	},
}

func init() {
	for lang, m := range searchUI {
		for k, v := range m {
			ui[lang][k] = v
		}
	}
}
