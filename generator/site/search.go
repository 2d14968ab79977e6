package site

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"slices"
	"sync"

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

// searchPages copies the client, builds one index per language from the
// plans as the pages show them, and writes the results pages.
func (b *builder) searchPages() error {
	for _, name := range searchClient {
		data, err := fs.ReadFile(b.root, path.Join("templates", name))
		if err != nil {
			return fmt.Errorf("search client: %w", err)
		}
		b.files[path.Join("assets", name)] = data
	}
	glossary, err := searchGlossary(b)
	if err != nil {
		return err
	}
	docs := make([][]search.Doc, len(Langs))
	for i, lang := range Langs {
		docs[i] = b.searchDocs(lang)
	}
	syn, err := search.LoadSynonyms(b.root)
	if err != nil {
		return err
	}
	indexes, err := searchIndexes.get(docs, glossary, syn)
	if err != nil {
		return err
	}
	for i, lang := range Langs {
		for name, data := range indexes[i] {
			b.files[SearchDir(lang)+name] = data
		}
		p := &Page{Path: "/" + SearchDir(lang), Lang: lang, Kind: "search", Title: uiString(lang, "searchTitle"), shows: metaOnly}
		if err := b.page(p); err != nil {
			return err
		}
		// A results page is for readers, not crawlers (it says noindex):
		// keep it out of the sitemap.
		b.pages = slices.DeleteFunc(b.pages, func(page string) bool { return page == p.Path })
	}
	return nil
}

// searchCache remembers the last index of each language with what it was
// built from. Building both from scratch costs about as much as the rest of
// a preview rebuild, while most edits (templates, styles, one language's
// translation) leave one or both indexes' input unchanged; the input is
// compared, not its files' times, as analysisCache does. An edit that does
// change an index's input mostly changes a passage or two: each language's
// search.Builder keeps what the other passages cost to index.
type searchCache struct {
	mu       sync.Mutex
	last     map[string]searchBuilt
	builders map[string]*search.Builder
}

type searchBuilt struct {
	docs     []search.Doc
	glossary []search.Term
	syn      []search.Synonym
	files    map[string][]byte
}

var searchIndexes = searchCache{}

// get returns the index files of every language in Langs order from docs,
// the Docs of each language in that order, building those whose input
// changed side by side.
func (c *searchCache) get(docs [][]search.Doc, glossary []search.Term, syn map[string][]search.Synonym) ([]map[string][]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.last == nil {
		c.last, c.builders = map[string]searchBuilt{}, map[string]*search.Builder{}
	}
	out := make([]map[string][]byte, len(Langs))
	errs := make([]error, len(Langs))
	var wg sync.WaitGroup
	for i, lang := range Langs {
		if last, ok := c.last[lang]; ok && reflect.DeepEqual(last.docs, docs[i]) && reflect.DeepEqual(last.glossary, glossary) &&
			reflect.DeepEqual(last.syn, syn[lang]) {
			out[i] = last.files
			continue
		}
		bld := c.builders[lang]
		if bld == nil {
			bld = new(search.Builder)
			c.builders[lang] = bld
		}
		wg.Go(func() {
			// Gzip sizes are for measuring (the tests and benchmarks
			// do); a build does not need them.
			files, _, err := bld.Build(docs[i], lang, search.Options{Glossary: glossary, Synonyms: syn[lang], SkipGzip: true})
			if err != nil {
				errs[i] = fmt.Errorf("search index (%s): %w", lang, err)
				return
			}
			out[i] = files
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for i, lang := range Langs {
		c.last[lang] = searchBuilt{docs: docs[i], glossary: glossary, syn: syn[lang], files: out[i]}
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
