package site

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"runtime"
	"sync"

	"golang.org/x/sync/errgroup"

	"plansite/generator/plan"
	"plansite/generator/translate"
	"plansite/generator/view"
)

// builder holds one load of the project: the document views, templates,
// analyses and the pages described, each a value templates only read, so
// that any number of pages can render from it at once (Project).
type builder struct {
	root     fs.FS
	docs     []*plan.Document
	views    map[string][]*view.Doc // language → documents
	order    map[*plan.Document]int // a document's place in docs and views
	tmpl     templates
	frames   frameCache          // fragments of pages' frames (fragment.go)
	minified minified            // the assets minified, for the next load (minify.go)
	strings  view.Strings        // interface strings, content/i18n
	files    map[string][]byte   // files made while loading; pages and later files reserved as nil
	pageList                     // the site's own pages, in the order the producers described them
	sets     map[string]*pageSet // each plan's pages by <lang>/<slug> (planpages.go)
	setOrder []*pageSet          // the same, by plan and language (planSets)
	// lazy are files made only when written or asked for (the
	// originals), which a build need not hold; sizes are their sizes,
	// for the open-data page.
	lazy      map[string]func(io.Writer) error
	sizes     map[string]int
	warnings  []plan.Warning
	tr        view.Translation
	targets   map[string]map[string]translate.TargetUnit // <lang>/<slug> → the plan's target units
	cfg       Config
	once      bool     // a build run once: keep nothing for a later load
	citing    citing   // aliases and works for citations (citepages.go)
	linking   *linking // departments, links and targets (analysis.go)
	gloss     onceValue[glossaryFile]
	lastGloss glossaryFile // the last load's glossary, for glossary
	// infos are what the open-data pages show of each plan's data files
	// (datafiles.go), made by the build or on first use.
	infos map[infoKey]*onceValue[dataInfo]
	// data are the data files held in memory for the preview, made on
	// first use (Project.File).
	data onceValue[dataResult]
	// names tells plans of one title apart (namesake.go).
	names onceValue[map[*view.Doc]string]
	// titles counts plans by language and title alone (namesake.go).
	titles onceValue[map[[2]string]int]
	// twins are the issuers' names two issuers share (issuer.go).
	twins onceValue[map[[2]string]bool]
}

// dataResult is the data files made into memory.
type dataResult struct {
	site *Site
	err  error
}

// producers describe the site's own pages and make its small files, in
// order; each plan's pages are described on first use (planpages.go).
// Pages render later (Project.Render, Project.File), and the data files
// and the sitemap on first use.
var producers = []func(*builder) error{
	(*builder).originals,
	(*builder).citeSetup, // before any page: home pages show works.yaml metadata
	(*builder).choose,
	(*builder).homes,
	(*builder).glossaryPages,
	(*builder).departmentPages,
	(*builder).publishedCheck, // after the departments' pages, which it checks
	(*builder).searchPages,
	(*builder).notFound,
	(*builder).planSets,
	(*builder).contentLinks, // last: its links may go to any page
}

// load reads the project's content and templates around the parsed
// documents and describes the site's own pages. Analyses of prev, a load of the same
// project, are taken where the plan and the editors' files they were made
// from are the same (analysis.go).
func load(root fs.FS, docs []*plan.Document, prev *builder) (*builder, error) {
	return loadKeeping(root, docs, prev, true)
}

// loadKeeping is load; with keep false it keeps nothing for a later load
// (the link analyzers' memory of each plan's texts), as a build run once
// needs nothing later.
func loadKeeping(root fs.FS, docs []*plan.Document, prev *builder, keep bool) (*builder, error) {
	var prevTemplates *templates
	var prevStrings view.Strings
	if prev != nil {
		prevTemplates, prevStrings = &prev.tmpl, prev.strings
	}
	strs, err := view.LoadStrings(root, prevStrings)
	if err != nil {
		return nil, err
	}
	ts, err := loadTemplates(root, prevTemplates, strs)
	if err != nil {
		return nil, err
	}
	cfg, err := loadConfig(root)
	if err != nil {
		return nil, err
	}
	b := &builder{root: root, docs: docs, once: !keep, tmpl: ts, strings: strs, cfg: cfg, files: map[string][]byte{}, pageList: pageList{byName: map[string]*Page{}},
		lazy: map[string]func(io.Writer) error{}, sizes: map[string]int{}}
	tr, warnings, err := loadTranslation(root, docs, prev)
	if err != nil {
		return nil, err
	}
	b.tr = tr
	if prev != nil {
		b.lastGloss = prev.glossary()
	}
	b.warnings = append(append(b.warnings, unreadSeeds(root)...), warnings...)
	if b.targets, err = loadTargetUnits(root, docs); err != nil {
		return nil, err
	}
	b.views = map[string][]*view.Doc{}
	b.infos = map[infoKey]*onceValue[dataInfo]{}
	b.order = make(map[*plan.Document]int, len(docs))
	for i, d := range docs {
		b.order[d] = i
	}
	for _, lang := range view.Langs() {
		for _, d := range docs {
			b.views[lang] = append(b.views[lang], view.New(d, lang, tr, b))
			b.infos[infoKey{d, lang}] = &onceValue[dataInfo]{}
		}
	}
	if err := b.analyze(prev); err != nil {
		return nil, err
	}
	b.warnings = append(b.warnings, b.orphanedTargetUnits()...)
	if err := b.assets(prev); err != nil {
		return nil, err
	}
	for _, p := range producers {
		if err := p(b); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// page describes p, one of the site's own pages, to be rendered into its
// clean-URL file.
func (b *builder) page(p *Page) error {
	name := pagePath(p.Path)
	if _, dup := b.files[name]; dup {
		return fmt.Errorf("two pages at %s", p.Path)
	}
	b.files[name] = nil
	b.add(b, name, p)
	return nil
}

// renderTo makes every file of the site into sink: the files made while
// loading, the data files and every page, GOMAXPROCS at a time, each put
// into sink as soon as it is made and not kept. It returns the error of
// the first page in the producers' order that failed, else the first
// other error; it stops at the first failure and when ctx ends.
//
// The data files are made one after the other, beside the pages: a
// huge plan's search index, exports and sitemap each hold tens of
// megabytes while they are made, which made side by side added up to
// the build's peak of memory. The open-data pages, which show what their
// plan's data files hold and make them if no data job has yet, render
// last, by when the data jobs have.
//
// With sc set, it makes only the pages sc keeps, telling sc of each that
// rendered, and the data files only where sc asks (RenderUnchecked).
func (b *builder) renderTo(ctx context.Context, lim Limits, sink Sink, sc *pageScope) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if sc == nil {
		if err := putSorted(sink, b.madeFiles()); err != nil {
			return err
		}
	}
	if err := b.describeAll(); err != nil {
		return err
	}
	errs := make([]error, b.pageCount())
	g, gctx := errgroup.WithContext(ctx)
	var data []func() error
	if sc == nil || sc.data {
		data = b.dataJobs(gctx, sink)
	}
	type atPage struct {
		i int
		p *Page
	}
	// GOMAXPROCS workers render the pages, the first after making the data
	// files. A worker lives for the whole build rather than a goroutine
	// for each page: a page's template walk is deep, and every new
	// goroutine grew its stack to that depth again, copying it each time
	// (3% of a 48-plan build's CPU).
	pages := make(chan atPage)
	render := func() error {
		for a := range pages {
			if err := b.putPage(gctx, a.p, lim, sink); err != nil {
				errs[a.i] = err
				return err
			}
			if sc != nil {
				sc.rendered(a.p)
			}
		}
		return nil
	}
	g.Go(func() error {
		for _, job := range data {
			if err := gctx.Err(); err != nil {
				return err
			}
			if err := job(); err != nil {
				return err
			}
		}
		return render()
	})
	for range runtime.GOMAXPROCS(0) - 1 {
		g.Go(render)
	}
	put := func(i int, p *Page) bool {
		select {
		case pages <- atPage{i, p}:
			return true
		case <-gctx.Done():
			return false
		}
	}
	var last []atPage
	i := 0
	for p := range b.allPages() {
		if sc != nil && !sc.keep(p) {
			i++
			continue
		}
		if p.Kind == "data" {
			last = append(last, atPage{i, p})
		} else if !put(i, p) {
			break
		}
		i++
	}
	for _, a := range last {
		if !put(a.i, a.p) {
			break
		}
	}
	close(pages)
	waitErr := g.Wait()
	// Pages stopped because another failed report the cancellation; the
	// first real failure in the producers' order is the build's error.
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return waitErr
}

// madeFiles are the files made while loading (the assets), pages and
// the files made later left out.
func (b *builder) madeFiles() map[string][]byte {
	out := make(map[string][]byte, len(b.files)-len(b.byName)-len(b.lazy))
	for name, data := range b.files {
		if b.byName[name] == nil && b.lazy[name] == nil {
			out[name] = data
		}
	}
	return out
}

// later describes the file name, which write makes when it is written.
func (b *builder) later(name string, write func(io.Writer) error) {
	b.files[name] = nil
	b.lazy[name] = write
}

// site is what the build made.
func (b *builder) site() *Site {
	s := &Site{Files: map[string][]byte{}, Docs: b.docs}
	if b.describeAll() == nil { // an error is renderTo's to report
		s.Pages = b.pageCount()
	}
	s.Warnings = b.allWarnings()
	return s
}

// allWarnings are the plans' warnings and the load's.
func (b *builder) allWarnings() []plan.Warning {
	ws := docWarnings(b.docs)
	ws = append(ws, b.warnings...)
	ws = append(ws, b.strings.Missing()...)
	placeWarnings(ws, b.docs)
	return ws
}

// docWarnings are the warnings of reading and parsing the documents.
func docWarnings(docs []*plan.Document) []plan.Warning {
	var ws []plan.Warning
	for _, d := range docs {
		ws = append(ws, d.Warnings...)
	}
	placeWarnings(ws, docs)
	return ws
}

// choose is the root page: a choice of language, never blank.
func (b *builder) choose() error {
	return b.page(&Page{Path: "/", Lang: "zh", Kind: "choose", Title: b.T("zh", "site") + " · " + b.T("en", "site")})
}

func (b *builder) notFound() error {
	// A host serves 404.html at any URL, at any depth under the site: its
	// links are absolute under baseURL's path, and its styles are inline,
	// so it reads right even where baseURL does not name the sub-path.
	css, ok := b.files["assets/style.css"]
	if !ok {
		return fmt.Errorf("404 page: %s/style.css: %w", assetDir, fs.ErrNotExist)
	}
	return b.page(&Page{Path: "/404.html", Lang: "zh", Kind: "notfound", Title: b.T("zh", "notFound"), Absolute: true,
		Data: template.CSS(css)})
}

// onceValue holds a value worked out on first use, which pages rendering
// side by side may ask for at once.
type onceValue[T any] struct {
	once sync.Once
	v    T
}

// get returns the value, calling f the first time.
func (o *onceValue[T]) get(f func() T) T {
	o.once.Do(func() { o.v = f() })
	return o.v
}
