package site

import (
	"fmt"
	"io/fs"
	"maps"
	"path"
	"sort"

	"plansite/generator/plan"
)

// builder holds the state of one build.
type builder struct {
	root     fs.FS
	docs     []*plan.Document
	views    map[string][]*Doc // language → documents
	tmpl     templates
	files    map[string][]byte
	pages    []string // HTML pages for the sitemap, site-absolute
	warnings []plan.Warning
	tr       Translation
	cfg      Config
	citing   citing   // aliases and works for citations (citepages.go)
	linking  *linking // departments, links and targets (analysis.go)
	pool     *renderPool
	frags    fragments // rendered node fragments (fragment.go)
	// keyed makes every page get a key; last are the last build's pages
	// to reuse when their keys match (reuse.go). Preview builds only.
	keyed   bool
	last    lastPages
	allSums onceValue[digest]
	// memo holds the files this build made with their keys, lastMemo
	// the last build's, to take from (memo.go).
	memo     memoTable
	lastMemo *memoTable
	gloss    onceValue[glossaryFile] // glossary.go
	// beside joins the work started beside the producers (dataFiles),
	// if any.
	beside func() error
}

// producers write the site's files, in order; the sitemap comes last so it
// sees every page. The data files are made beside the producers that
// describe pages, from dataFiles until joinData.
var producers = []func(*builder) error{
	(*builder).assets,
	(*builder).analyze,
	(*builder).citeSetup, // before any page: home pages show works.yaml metadata
	(*builder).dataFiles,
	(*builder).choose,
	(*builder).homes,
	(*builder).plans,
	(*builder).nodePages,
	(*builder).parallel,
	(*builder).glossaryPages,
	(*builder).departmentPages,
	(*builder).targetsPages,
	(*builder).searchPages,
	(*builder).notFound,
	(*builder).joinData, // the open-data pages list the data files
	(*builder).citePages,
	(*builder).sitemap,
}

func newBuilder(root fs.FS, docs []*plan.Document) (*builder, error) {
	ts, err := loadTemplates(root)
	if err != nil {
		return nil, err
	}
	return newBuilderWith(root, docs, ts)
}

// newBuilderWith is newBuilder with the templates already loaded from root.
func newBuilderWith(root fs.FS, docs []*plan.Document, ts templates) (*builder, error) {
	cfg, err := loadConfig(root)
	if err != nil {
		return nil, err
	}
	b := &builder{root: root, docs: docs, tmpl: ts, cfg: cfg, files: map[string][]byte{}, views: map[string][]*Doc{}}
	tr, warnings, err := loadTranslation(root, docs)
	if err != nil {
		return nil, err
	}
	b.tr = tr
	b.warnings = append(b.warnings, warnings...)
	b.views = b.ownViews()
	return b, nil
}

// build runs the producers in order while their pages render on every
// core (pagepool.go).
func (b *builder) build() error {
	b.pool = newRenderPool(b)
	return b.pool.finish(b.produce())
}

// produce runs the producers in order and returns the first error, as a
// build running them one after the other would: the work beside them
// started before any producer that fails after it.
func (b *builder) produce() error {
	for _, p := range producers {
		if err := p(b); err != nil {
			if joinErr := b.joinData(); joinErr != nil {
				return joinErr
			}
			return err
		}
	}
	return nil
}

// dataFiles starts making the data exports and open data files beside
// the producers that follow: they read the plans' views and analyses, not
// pages or files, and take much of a preview build.
func (b *builder) dataFiles() error {
	out := map[string][]byte{}
	done := make(chan error, 1)
	go func() {
		err := b.exports(out)
		if err == nil {
			err = b.openData(out)
		}
		done <- err
	}()
	b.beside = func() error {
		err := <-done
		maps.Copy(b.files, out)
		return err
	}
	return nil
}

// joinData waits for dataFiles and adds its files to the site's.
func (b *builder) joinData() error {
	if b.beside == nil {
		return nil
	}
	join := b.beside
	b.beside = nil
	return join()
}

// page queues p for rendering into its clean-URL file and records it for
// the sitemap. The file is reserved at once, so producers see every page
// described so far, but its content arrives only when the build ends.
func (b *builder) page(p *Page) error {
	p.b = b
	if p.Docs == nil {
		p.Docs = b.views[p.Lang]
	}
	name := pagePath(p.Path)
	if _, dup := b.files[name]; dup {
		return fmt.Errorf("two pages at %s", p.Path)
	}
	b.files[name] = nil
	if p.Kind != "notfound" {
		b.pages = append(b.pages, p.Path)
	}
	b.pool.add(name, p)
	return nil
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
	return b.page(&Page{Path: "/", Lang: "zh", Kind: "choose", Title: uiString("zh", "site") + " · " + uiString("en", "site"), shows: metaOnly})
}

func (b *builder) homes() error {
	for _, lang := range Langs {
		if err := b.page(&Page{Path: "/" + lang + "/", Lang: lang, Kind: "home", Title: uiString(lang, "site"), shows: metaOnly}); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) plans() error {
	for _, lang := range Langs {
		for _, d := range b.views[lang] {
			if err := b.page(&Page{Path: d.URL(), Lang: lang, Kind: "plan", Title: d.Title(), Doc: d}); err != nil {
				return err
			}
		}
	}
	return nil
}

// nodePages writes a permalink page for every node that has one.
func (b *builder) nodePages() error {
	for _, lang := range Langs {
		for _, d := range b.views[lang] {
			var eids []string
			for eid, n := range d.byEID {
				if n.HasPage() {
					eids = append(eids, eid)
				}
			}
			sort.Strings(eids)
			for _, eid := range eids {
				n := d.byEID[eid]
				title := n.Label() + " " + n.Heading()
				p := &Page{Path: n.URL(), Lang: lang, Kind: "node", Title: title, Doc: d, Node: n}
				p.shows, p.titles = nodeShows(n)
				if err := b.page(p); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (b *builder) notFound() error {
	if err := b.page(&Page{Path: "/404.html", Lang: "zh", Kind: "notfound", Title: uiString("zh", "notFound"), Absolute: true, shows: metaOnly}); err != nil {
		return err
	}
	return nil
}
