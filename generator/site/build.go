package site

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"runtime"
	"sync"

	"golang.org/x/sync/errgroup"

	"plansite/generator/plan"
	"plansite/generator/view"
)

// builder holds one load of the project: the document views, templates,
// analyses and the pages described, each a value templates only read, so
// that any number of pages can render from it at once (Project).
type builder struct {
	root     fs.FS
	docs     []*plan.Document
	views    map[string][]*view.Doc // language → documents
	tmpl     templates
	strings  view.Strings      // interface strings, content/i18n
	files    map[string][]byte // files made while loading; pages reserved as nil
	jobs     []*Page           // pages, in the order the producers described them
	byName   map[string]*Page  // pages by file
	pages    []string          // HTML pages for the sitemap, site-absolute
	warnings []plan.Warning
	tr       view.Translation
	cfg      Config
	citing   citing   // aliases and works for citations (citepages.go)
	linking  *linking // departments, links and targets (analysis.go)
	gloss    onceValue[glossaryFile]
	// data are the files made from the views rather than described:
	// exports, open data and search indexes (dataFiles), made once, on
	// first use.
	data onceValue[dataResult]
}

// dataResult is what dataFiles made.
type dataResult struct {
	files map[string][]byte
	err   error
}

// producers describe the site's pages and make its small files, in order;
// the sitemap comes last so it sees every page. Pages render later
// (Project.Render, Project.File) and the data files on first use.
var producers = []func(*builder) error{
	(*builder).assets,
	(*builder).originals,
	(*builder).citeSetup, // before any page: home pages show works.yaml metadata
	(*builder).choose,
	(*builder).homes,
	(*builder).plans,
	(*builder).nodePages,
	(*builder).parallel,
	(*builder).glossaryPages,
	(*builder).departmentPages,
	(*builder).targetsPages,
	(*builder).timetablePages,
	(*builder).searchPages,
	(*builder).notFound,
	(*builder).citePages,
	(*builder).sitemap,
}

// load reads the project's content and templates around the parsed
// documents and describes every page. Analyses of prev, a load of the same
// project, are taken where the plan and the editors' files they were made
// from are the same (analysis.go).
func load(root fs.FS, docs []*plan.Document, prev *builder) (*builder, error) {
	var prevTemplates *templates
	if prev != nil {
		prevTemplates = &prev.tmpl
	}
	strs, err := view.LoadStrings(root)
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
	b := &builder{root: root, docs: docs, tmpl: ts, strings: strs, cfg: cfg, files: map[string][]byte{}, byName: map[string]*Page{}}
	tr, warnings, err := loadTranslation(root, docs)
	if err != nil {
		return nil, err
	}
	b.tr = tr
	b.warnings = append(b.warnings, warnings...)
	b.views = map[string][]*view.Doc{}
	for _, lang := range view.Langs {
		for _, d := range docs {
			b.views[lang] = append(b.views[lang], view.New(d, lang, tr, b))
		}
	}
	if err := b.analyze(prev); err != nil {
		return nil, err
	}
	for _, p := range producers {
		if err := p(b); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// page describes p, to be rendered into its clean-URL file, and records it
// for the sitemap.
func (b *builder) page(p *Page) error {
	p.b = b
	if p.Docs == nil {
		p.Docs = b.views[p.Lang]
	}
	name := pagePath(p.Path)
	if _, dup := b.files[name]; dup {
		return fmt.Errorf("two pages at %s", p.Path)
	}
	p.dir = path.Dir(name)
	b.files[name] = nil
	b.byName[name] = p
	if p.Kind != "notfound" {
		b.pages = append(b.pages, p.Path)
	}
	b.jobs = append(b.jobs, p)
	return nil
}

// dataFiles returns the data exports, open data files and search indexes,
// made on first use: they read the plans' views and analyses, not pages.
func (b *builder) dataFiles() (map[string][]byte, error) {
	r := b.data.get(func() dataResult {
		out := map[string][]byte{}
		var exports, search map[string][]byte
		var g errgroup.Group
		g.Go(func() error {
			exports = map[string][]byte{}
			if err := b.exports(exports); err != nil {
				return err
			}
			return b.openData(exports)
		})
		g.Go(func() error {
			var err error
			search, err = b.searchIndexes()
			return err
		})
		if err := g.Wait(); err != nil {
			return dataResult{err: err}
		}
		for _, m := range []map[string][]byte{exports, search} {
			for k, v := range m {
				out[k] = v
			}
		}
		return dataResult{files: out}
	})
	return r.files, r.err
}

// renderAll renders every page, GOMAXPROCS at a time, into files beside
// the loaded and data files, or returns the error of the first page in
// the producers' order that failed. It stops at the first failure and when
// ctx ends.
func (b *builder) renderAll(ctx context.Context, lim Limits, keep bool) (map[string][]byte, error) {
	out := make([][]byte, len(b.jobs))
	errs := make([]error, len(b.jobs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	var dataErr error
	g.Go(func() error {
		_, dataErr = b.dataFiles()
		return dataErr
	})
	for i, p := range b.jobs {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			data, err := b.render(gctx, p, lim)
			if keep {
				out[i] = data
			}
			errs[i] = err
			return err
		})
	}
	waitErr := g.Wait()
	// Pages stopped because another failed report the cancellation; the
	// first real failure in the producers' order is the build's error.
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return nil, err
		}
	}
	if dataErr != nil {
		return nil, dataErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if waitErr != nil {
		return nil, waitErr
	}
	if !keep {
		return nil, nil
	}
	data, _ := b.dataFiles()
	files := make(map[string][]byte, len(b.files)+len(data))
	for k, v := range b.files {
		files[k] = v
	}
	for k, v := range data {
		files[k] = v
	}
	for i, p := range b.jobs {
		files[pagePath(p.Path)] = out[i]
	}
	return files, nil
}

// site is what the build made.
func (b *builder) site(files map[string][]byte) *Site {
	s := &Site{Files: files, Docs: b.docs, Pages: len(b.jobs)}
	s.Warnings = b.allWarnings()
	return s
}

// allWarnings are the plans' warnings and the load's.
func (b *builder) allWarnings() []plan.Warning {
	var ws []plan.Warning
	for _, d := range b.docs {
		ws = append(ws, d.Warnings...)
	}
	ws = append(ws, b.warnings...)
	placeWarnings(ws, b.docs)
	return ws
}

// assets copies templates/assets/ to /assets/.
func (b *builder) assets() error {
	return fs.WalkDir(b.root, "templates/assets", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(b.root, name)
		if err != nil {
			return err
		}
		b.files[path.Join("assets", name[len("templates/assets/"):])] = data
		return nil
	})
}

// choose is the root page: a choice of language, never blank.
func (b *builder) choose() error {
	return b.page(&Page{Path: "/", Lang: "zh", Kind: "choose", Title: b.T("zh", "site") + " · " + b.T("en", "site")})
}

func (b *builder) homes() error {
	for _, lang := range view.Langs {
		if err := b.page(&Page{Path: "/" + lang + "/", Lang: lang, Kind: "home", Title: b.T(lang, "site")}); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) plans() error {
	for _, lang := range view.Langs {
		for _, d := range b.views[lang] {
			if err := b.page(&Page{Path: d.URL(), Lang: lang, Kind: "plan", Title: d.Title(), Doc: d}); err != nil {
				return err
			}
		}
	}
	return nil
}

// nodePages describes a permalink page for every node that has one.
func (b *builder) nodePages() error {
	for _, lang := range view.Langs {
		for _, d := range b.views[lang] {
			for _, n := range d.PageNodes() {
				title := n.Label() + " " + n.Heading()
				if err := b.page(&Page{Path: n.URL(), Lang: lang, Kind: "node", Title: title, Doc: d, Node: n}); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (b *builder) notFound() error {
	// A host serves 404.html at any URL, at any depth under the site: its
	// links are absolute under baseURL's path, and its styles are inline,
	// so it reads right even where baseURL does not name the sub-path.
	css, err := fs.ReadFile(b.root, "templates/assets/style.css")
	if err != nil {
		return fmt.Errorf("404 page: %w", err)
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
