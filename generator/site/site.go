// Package site builds the Plansite website from a project directory: it
// owns the build (reading the project, running the analyses, rendering
// every page with the templates) and the write of public/; how a plan
// reads in one language is package view.
//
// # Content contract
//
// Build reads everything through one fs.FS rooted at the project:
//
//	seeds/*.txt        plan texts as published (see package parse); the file
//	                   name gives the plan's slug
//	content/           editors' data: translations, registry, glossary, pages;
//	                   aliases.yaml (retired eIds, package alias) and
//	                   works.yaml (jurisdiction, FRBR, package opendata)
//	templates/*.html   html/template layouts; templates/assets/* are copied to
//	                   /assets/ unchanged
//
// A seed is a regular file of at most MaxSeedSize (20 MB), in any case of
// its extension (.TXT too); a symbolic link is read only if it leads to a
// file inside the project, and two seeds that would have one slug are an
// error naming both (seedfile.go, incremental.go).
//
// # URLs
//
// Every page lives in a directory with an index.html, so URLs are clean:
//
//	/                              choice of language
//	/zh/, /en/                     home: the library, every plan as a card,
//	                               newest first, with filters (library.go)
//	/zh/plans/by-title/            every plan in title order
//	/zh/plans/<facet>/<value>/     the plans of one issuer, year, topic, type
//	                               or status (issuer/zichuan-government/,
//	                               year/2022/, type/plan/, status/in-force/);
//	                               …/by-title/ in title order
//	/zh/feed.xml, /zh/plans/<facet>/<value>/feed.xml
//	                               Atom feed of that listing's plans, newest
//	                               first (feed.go; only with a baseURL)
//	/zh/<slug>/                    the full plan; every node carries its eId as id
//	/zh/<slug>/<eId>/              permalink page of an item, section, part,
//	                               paragraph or key project
//	/zh/<slug>/parallel/           Chinese and English side by side, rows by eId
//	/zh/<slug>/goto/               every passage label → its place (go-to box)
//	/zh/<slug>/data/               open-data page: the files and samples
//	/zh/<slug>/<retired eId>/      redirect to the passage that replaced it
//	/zh/<slug>/matrix/             responsibility matrix: departments × sections
//	/zh/<slug>/targets/            the plan's targets; each row's id is the
//	                               target's (<eId>-t<N>)
//	/zh/departments/               every plan's departments, by load
//	/zh/departments/<dept slug>/   what a department leads and supports
//	/zh/search/                    search results (?q=…) and the Chinese index
//	                               (package search, generator/site/search.go)
//	/en/…                          the same pages in English: same paths after
//	                               the language, same eIds (package translate)
//	/data/<slug>.json              data export (package export) with package
//	                               link's departments, links and targets;
//	                               .en.json in English
//	/data/<slug>.csv, .zh.akn.xml  responsibilities as CSV, Akoma Ntoso XML
//	                               (package opendata); .en.csv, .en.akn.xml
//	/data/plan.schema.json         JSON Schema of the exports
//	/sitemap.xml, /404.html
//
// Links between pages are written relative to the page, so the site works
// from any static host and under a sub-path; data exports and the sitemap
// carry site-absolute paths.
//
// # Templates
//
// Each page template defines "title" and "main" and is executed with a *Page
// (see page.go for its fields and methods: Rel, T, Lang, Alternate, View…).
// Plans and nodes are passed as views of package view (view.Doc,
// view.Node), whose methods return text in the page's language; the node
// partials' dot is a *view.NodeView: what the node shows, as fields, with
// the page it is shown on. Page templates print a node with
// {{template "node" ($.View .)}}. The function map is documented in
// render.go. Pages render side by side, each from values no other page
// changes.
//
// The package's parts: the build (build.go: load, describe pages, render
// them; site.go: Project and Site), pages and URLs (page.go, the
// producers in departments.go, citepages.go, parallel.go, glossary.go,
// library.go, feed.go, search.go, sitemap.go), templates and their limits
// (render.go, limit.go, fragment.go), data files (datafiles.go,
// datapage.go), links that must keep working (published.go,
// lostpages.go), and writing public/ (sink.go, write.go, outdir.go).
//
// # Memory
//
// Every file of the site goes through a Sink as soon as it is made
// (Project.RenderTo). The build command's sink is the output directory
// (BuildDir, WriteDir): each page is written when it is rendered, by
// GOMAXPROCS workers, and dropped; each plan's data files are made and
// written one plan and language at a time. What stays in memory for the
// whole build is the project: the parsed plans, their views and
// analyses, the templates and each page's description. Build and
// Project.Render keep the site in a Site instead, for tests and the
// preview.
package site

import (
	"bytes"
	"context"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"plansite/generator/plan"
)

// Site is a built website held in memory (Build, Project.Render), for
// tests and the preview; the build command streams its pages to disk
// instead (BuildDir). A Site is a Sink.
type Site struct {
	Files    map[string][]byte // site path without leading slash → content
	Docs     []*plan.Document
	Warnings []plan.Warning
	Pages    int // how many of the files are pages

	mu sync.Mutex // guards Files while the site is made
}

// Build parses every plan under seeds/ and renders the whole site.
func Build(root fs.FS) (*Site, error) {
	docs, err := LoadDocs(root)
	if err != nil {
		return nil, err
	}
	return Render(root, docs)
}

// LoadDocs reads and parses every seed (seeds/*.txt, .docx, .pdf, .html)
// in name order.
func LoadDocs(root fs.FS) ([]*plan.Document, error) { return new(DocCache).Load(root) }

// Render renders parsed documents with the templates and content of root.
func Render(root fs.FS, docs []*plan.Document) (*Site, error) {
	b, err := loadKeeping(root, docs, nil, false)
	if err != nil {
		return nil, err
	}
	return (&Project{b}).Render(context.Background(), Limits{})
}

// Project is a project loaded for rendering: the parsed plans with their
// views, analyses and translations, the templates, and every page
// described but not rendered. Nothing in it changes once loaded, so pages
// render from it side by side, on demand (File) or all at once (Render);
// the data files are made on first use.
type Project struct{ b *builder }

// Load loads the project at root around the parsed documents. A plan's
// link analysis is taken from prev, an earlier load, when the plan (the
// same parsed document) and the editors' files it reads are unchanged.
func Load(root fs.FS, docs []*plan.Document, prev *Project) (*Project, error) {
	var pb *builder
	if prev != nil {
		pb = prev.b
	}
	b, err := load(root, docs, pb)
	if err != nil {
		return nil, err
	}
	return &Project{b}, nil
}

// Render renders every page and makes every file of the site, each page
// within lim; it stops at the first error or when ctx ends.
func (p *Project) Render(ctx context.Context, lim Limits) (*Site, error) {
	s := p.b.site()
	if err := p.b.renderTo(ctx, lim, s, nil); err != nil {
		return nil, err
	}
	return s, nil
}

// RenderTo makes every file of the site into sink, each page within lim,
// as soon as it is made: the pages, the data files and the rest. It stops
// at the first error or when ctx ends.
func (p *Project) RenderTo(ctx context.Context, lim Limits, sink Sink) error {
	return p.b.renderTo(ctx, lim, sink, nil)
}

// Check renders every page as Render does but keeps none of them.
func (p *Project) Check(ctx context.Context, lim Limits) error {
	return p.b.renderTo(ctx, lim, discard{}, nil)
}

// File returns the site file name (a path as in Site.Files), rendering it
// if it is a page; found is false when the site has no such file.
func (p *Project) File(ctx context.Context, name string, lim Limits) (data []byte, found bool, err error) {
	b := p.b
	pg, err := b.lookup(name)
	if err != nil {
		return nil, false, err
	}
	if pg != nil {
		data, err := b.render(ctx, pg, lim)
		return data, true, err
	}
	if mk := b.lazy[name]; mk != nil {
		var buf bytes.Buffer
		err := mk(&buf)
		return buf.Bytes(), true, err
	}
	if data, ok := b.files[name]; ok {
		return data, true, nil
	}
	files, err := b.dataFiles()
	if err != nil {
		return nil, false, err
	}
	data, found = files[name]
	return data, found, nil
}

// IsPage reports whether name is a page of the site.
func (p *Project) IsPage(name string) bool {
	pg, _ := p.b.lookup(name)
	return pg != nil
}

// Warnings are the plans' warnings and those of loading the project.
func (p *Project) Warnings() []plan.Warning { return p.b.allWarnings() }

// Paths returns every file path of the site in order, making the data
// files if they are not made yet.
func (p *Project) Paths() ([]string, error) {
	data, err := p.b.dataFiles()
	if err != nil {
		return nil, err
	}
	if err := p.b.describeAll(); err != nil {
		return nil, err
	}
	s := &Site{Files: map[string][]byte{}}
	for _, m := range []map[string][]byte{p.b.files, data} {
		for k := range m {
			s.Files[k] = nil
		}
	}
	for pg := range p.b.allPages() {
		s.Files[pagePath(pg.Path)] = nil
	}
	return s.Paths(), nil
}

// placeWarnings names, in warnings about a seed that is not plain text,
// where their line is in the file (page and line of a PDF, paragraph of a
// .docx), which the packages that warn do not know.
func placeWarnings(ws []plan.Warning, docs []*plan.Document) {
	byFile := map[string]*plan.Document{}
	for _, d := range docs {
		if d.Places != nil {
			byFile[d.File] = d
		}
	}
	for i, w := range ws {
		if d := byFile[w.File]; d != nil && w.Place == "" {
			ws[i].Place = d.Place(w.Line)
		}
	}
}

// Paths returns the site's file paths in order.
func (s *Site) Paths() []string {
	return slices.Sorted(maps.Keys(s.Files))
}

// pagePath is the file that serves a clean URL: /zh/x/ → zh/x/index.html.
func pagePath(url string) string {
	p := strings.TrimPrefix(url, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		return p + "index.html"
	}
	return path.Clean(p)
}
