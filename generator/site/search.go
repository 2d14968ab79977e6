package site

import (
	"context"
	"fmt"
	"slices"

	"plansite/generator/search"
	"plansite/generator/view"
)

// Search: every page carries a search box (templates/partials/searchbox.html)
// and loads the client, /assets/search.js, which finds its two companion
// scripts beside it and the index of the page's language at
// /<lang>/search/, beside the results page. All of it is resolved from the
// script's URL and data-root, both relative, so search works from any
// static host and under a sub-path.

// SearchDir is the folder of a language's index and results page.
func SearchDir(lang string) string { return lang + "/search/" }

// searchPages describes the results pages. The client, search.js with
// its companions search-core.js and search-index.js and search.css, is in
// templates/assets/ and copied with the other assets; the three scripts
// must share a folder, as search.js loads the other two from its own.
func (b *builder) searchPages() error {
	for _, lang := range view.Langs() {
		if err := b.page(&Page{Path: "/" + SearchDir(lang), Lang: lang, Kind: "search", Title: b.T(lang, "searchTitle")}); err != nil {
			return err
		}
	}
	return nil
}

// putSearchIndex builds the index of one language from the plans as the
// pages show them, plan by plan, and puts its files into sink as they are
// made: each plan's passage chunks once it is indexed, the token shards,
// go-to table and manifest at the end. It stops between plans when ctx
// ends: the preview's check, which the next save cancels, makes it too.
func (b *builder) putSearchIndex(ctx context.Context, lang string, sink Sink) error {
	glossary, err := searchGlossary(b)
	if err != nil {
		return err
	}
	syn, err := search.LoadSynonyms(b.root)
	if err != nil {
		return err
	}
	// Gzip sizes are for measuring (the tests and benchmarks do); a build
	// does not need them.
	x, err := search.NewIndexer(lang, search.Options{Glossary: glossary, Synonyms: syn[lang], SkipGzip: true,
		Put: func(name string, data []byte) error { return put(sink, SearchDir(lang)+name, data) }})
	if err != nil {
		return err
	}
	for i := range b.views[lang] {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := x.Add(b.searchDoc(lang, i)); err != nil {
			return fmt.Errorf("search index (%s): %w", lang, err)
		}
	}
	if _, err := x.Finish(); err != nil {
		return fmt.Errorf("search index (%s): %w", lang, err)
	}
	return nil
}

// SearchIssuers are the issuers of the plans, each body once (a joint
// issue's each on its own), in plan order, for the results page's issuer
// filter (the index knows each plan's), named as the library names them
// (issuerNames).
func (p *Page) SearchIssuers() []string {
	var out []string
	for _, d := range p.Docs {
		for _, is := range p.b.issuerNames(d) {
			if !slices.Contains(out, is) {
				out = append(out, is)
			}
		}
	}
	return out
}

// Untranslated counts the plans with no passage translated into the
// page's language: their pages show the Chinese, so their index holds it,
// and only Chinese words find their text, which the results page says.
// Zero on the source language's pages.
func (p *Page) Untranslated() int {
	if p.Lang == view.SourceLang {
		return 0
	}
	n := 0
	for _, d := range p.Docs {
		if d.TranslationStatus().Translated == 0 {
			n++
		}
	}
	return n
}

// PlanOption is a plan's entry in the results page's plan filter: its
// title and, when another plan shares the title, what tells them apart,
// in one language. An <option> holds only text, so one lang attribute
// must serve the whole label: a title still in Chinese on an English page
// takes the Chinese note too (某政发〔2024〕5号, not "Mou Zheng Fa [2024]
// No. 5"), and the option is marked zh-Hans, where a Chinese title and an
// English note would be read out in one voice.
func (p *Page) PlanOption(d *view.Doc) PlanLabel {
	if !d.TitlePending() {
		return PlanLabel{Text: joinNote(d.Title(), p.Namesake(d))}
	}
	return PlanLabel{Text: joinNote(d.Title(), p.Namesake(d.InLang(view.SourceLang))), Lang: "zh-Hans"}
}

// PlanLabel is a label in one language: Lang is its lang attribute where
// it differs from the page's, else "".
type PlanLabel struct {
	Text, Lang string
}

// joinNote is a title and the note telling it from its namesakes.
func joinNote(title, note string) string {
	if note == "" {
		return title
	}
	return title + " — " + note
}
