package site

import (
	"fmt"
	"iter"
	"path"
	"sort"
	"strings"
	"sync"

	"plansite/generator/view"
)

// A plan's pages in one language all live under /<lang>/<slug>/: the plan
// page, a page per passage, side by side, the matrix, targets, timetable,
// go-to and open-data pages and the redirects of retired eIds. They are
// described as a set, on first use: when the preview is asked for one of
// them, or when a build or the preview's check renders every page. So a
// save in the preview describes the pages of the plans it shows, not the
// ten thousand pages of a library; the site's own pages (the language
// choice, home, glossary, departments, search and 404 pages) are
// described when the project loads (producers).

// planProducers describe the pages of one plan in one language, in order.
var planProducers = []func(*builder, *pageSet, *view.Doc) error{
	(*builder).planPage,
	(*builder).nodePages,
	(*builder).parallel,
	(*builder).matrixPage,
	(*builder).targetsPage,
	(*builder).timetablePage,
	(*builder).citePages,
}

// pageSet is the pages of one plan in one language, described once, on
// first use; pages render side by side, so it may be asked for at once.
type pageSet struct {
	doc      *view.Doc
	once     sync.Once
	err      error
	pageList // the node pages left out
	// nodes are the nodes with a permalink page, by eId, whose pages come
	// after the first nodesAt of jobs. A node's page is made when it is
	// asked for or rendered (nodePage), not held: a plan of 25,000 tasks
	// has 44,000 of them in each language, which a build held from start
	// to end.
	nodes   []*view.Node
	nodesAt int
}

// planSets makes a set, not yet described, for each plan in each
// language, once the site's own pages are described: a plan whose slug is
// a directory of those pages (search, glossary, departments) would
// publish pages over theirs. A plan's sets follow each other, Chinese
// then English: each language's side-by-side page shows the views of
// both, which the other language's pages then find still kept
// (view.weakValue), where the English sets after all the Chinese ones
// made every view of a library twice more.
func (b *builder) planSets() error {
	own := map[string]bool{}
	for name := range b.byName {
		if lang, rest, ok := strings.Cut(name, "/"); ok {
			if dir, _, ok := strings.Cut(rest, "/"); ok {
				own[lang+"/"+dir] = true
			}
		}
	}
	b.sets = map[string]*pageSet{}
	for i := range b.docs {
		for _, lang := range view.Langs() {
			d := b.views[lang][i]
			key := lang + "/" + d.Slug
			if own[key] {
				return fmt.Errorf("two pages at %s", d.URL())
			}
			s := &pageSet{doc: d}
			b.sets[key] = s
			b.setOrder = append(b.setOrder, s)
		}
	}
	return nil
}

// described describes the set's pages, the first time.
func (s *pageSet) described(b *builder) error {
	s.once.Do(func() {
		s.byName = map[string]*Page{}
		for _, p := range planProducers {
			if s.err = p(b, s, s.doc); s.err != nil {
				return
			}
		}
	})
	return s.err
}

// page describes p, a page of the set's plan, to be rendered into its
// clean-URL file.
func (s *pageSet) page(b *builder, p *Page) error {
	name := pagePath(p.Path)
	if _, dup := s.byName[name]; dup || s.node(name) != nil {
		return fmt.Errorf("two pages at %s", p.Path)
	}
	s.add(b, name, p)
	return nil
}

// lookup returns the page whose file is name, describing its plan's
// pages if it is one of them, or nil when the site has no such page.
func (b *builder) lookup(name string) (*Page, error) {
	if p := b.byName[name]; p != nil {
		return p, nil
	}
	lang, rest, _ := strings.Cut(name, "/")
	slug, _, ok := strings.Cut(rest, "/")
	s := b.sets[lang+"/"+slug]
	if !ok || s == nil {
		return nil, nil
	}
	if err := s.described(b); err != nil {
		return nil, err
	}
	if p := s.byName[name]; p != nil {
		return p, nil
	}
	if n := s.node(name); n != nil {
		return s.nodePage(b, n), nil
	}
	return nil, nil
}

// node returns the node whose permalink page is the file name, or nil.
func (s *pageSet) node(name string) *view.Node {
	rest, ok := strings.CutPrefix(name, strings.TrimPrefix(s.doc.URL(), "/"))
	if !ok {
		return nil
	}
	eid, ok := strings.CutSuffix(rest, "/index.html")
	if !ok {
		return nil
	}
	i := sort.Search(len(s.nodes), func(i int) bool { return s.nodes[i].EID >= eid })
	if i == len(s.nodes) || s.nodes[i].EID != eid || pagePath(s.nodes[i].URL()) != name {
		return nil
	}
	return s.nodes[i]
}

// nodePage is the permalink page of n, one of the set's nodes.
func (s *pageSet) nodePage(b *builder, n *view.Node) *Page {
	d := s.doc
	p := &Page{Path: n.URL(), Lang: d.Lang, Kind: "node", Title: pageTitle(d, n), Doc: d, Node: n, b: b, Docs: b.views[d.Lang]}
	p.dir = path.Dir(pagePath(p.Path))
	p.prepare = func(p *Page) (any, error) { return permalink(p), nil }
	return p
}

// all yields the set's pages in the order described, making each node's
// page as it comes.
func (s *pageSet) all(b *builder, yield func(*Page) bool) bool {
	for i := 0; i <= len(s.jobs); i++ {
		if i == s.nodesAt {
			for _, n := range s.nodes {
				if !yield(s.nodePage(b, n)) {
					return false
				}
			}
		}
		if i < len(s.jobs) && !yield(s.jobs[i]) {
			return false
		}
	}
	return true
}

// describeAll describes every plan's pages.
func (b *builder) describeAll() error {
	for _, s := range b.setOrder {
		if err := s.described(b); err != nil {
			return err
		}
	}
	return nil
}

// allPages yields every page of the site, the site's own first, then
// each plan's in each language, once describeAll has described them. A
// node's page is made as it is yielded, so a build holds only the pages
// it is rendering.
func (b *builder) allPages() iter.Seq[*Page] {
	return func(yield func(*Page) bool) {
		for _, p := range b.jobs {
			if !yield(p) {
				return
			}
		}
		for _, s := range b.setOrder {
			if !s.all(b, yield) {
				return
			}
		}
	}
}

// pageCount is the number of pages allPages yields.
func (b *builder) pageCount() int {
	n := len(b.jobs)
	for _, s := range b.setOrder {
		n += len(s.jobs) + len(s.nodes)
	}
	return n
}

// sitemapPaths are the site-absolute paths of the pages the sitemap
// lists, once describeAll has described them, sorted.
func (b *builder) sitemapPaths() []string {
	out := append([]string(nil), b.pages...)
	for _, s := range b.setOrder {
		out = append(out, s.pages...)
		for _, n := range s.nodes {
			out = append(out, n.URL())
		}
	}
	sort.Strings(out)
	return out
}

// planPage describes the plan page.
func (b *builder) planPage(s *pageSet, d *view.Doc) error {
	return s.page(b, &Page{Path: d.URL(), Lang: d.Lang, Kind: "plan", Title: d.PlainTitle(), Doc: d})
}

// nodePages describes a permalink page for every node that has one.
// Their pages are made when asked for (pageSet.nodePage).
func (b *builder) nodePages(s *pageSet, d *view.Doc) error {
	s.nodes, s.nodesAt = d.PageNodes(), len(s.jobs)
	return nil
}

// pageTitle is a permalink page's title: the passage's label and heading,
// then the plan's title, as a reader sees it among tabs, bookmarks and
// search results. A heading still in Chinese on another language's page
// gives way to the citation label (Part I): <title> cannot mark a
// language.
func pageTitle(d *view.Doc, n *view.Node) string {
	return passageTitle(d, n) + " · " + d.PlainTitle()
}

// passageTitle is the passage's label and heading in the page's language
// and script. A paragraph is labelled as search results label it, by
// its section's title and its number as the citation counts it (一（一）
// 指导思想 第1段, I (1) Guiding Ideology, para. 1), not 一（一）¶1.
func passageTitle(d *view.Doc, n *view.Node) string {
	label := searchLabel(d, n)
	if h := n.Heading(); h != "" && d.Lang != view.SourceLang && !n.Translated() {
		if c := n.CiteLabel(); c != "" {
			return c
		}
		return label
	}
	return strings.TrimSpace(label + " " + n.Heading())
}
