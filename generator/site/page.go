package site

import (
	"net/url"
	"path"
	"strings"

	"plansite/generator/cite"
	"plansite/generator/plan"
	"plansite/generator/schemaorg"
	"plansite/generator/view"
)

// Page is what every template is executed with.
type Page struct {
	Path  string // site path of this page, e.g. /zh/zichuan-education-2022/
	Lang  string // zh or en
	Title string
	Kind  string // home, plan, node, notfound, choose, …: selects the template
	Desc  string // one-line description for meta tags

	Site *Site
	Docs []*view.Doc // all plans, in this page's language
	Doc  *view.Doc   // the plan this page belongs to, if any
	Node *view.Node  // the node a permalink page shows, if any

	// Data carries page-kind specific values (department, search, …).
	Data any

	// Absolute makes Rel return site-absolute paths, for pages such as
	// 404.html that a host serves at any URL.
	Absolute bool

	// Head is what base.html prints around the page's content, set as the
	// page renders (renderPage).
	Head *Head

	b   *builder
	dir string // the directory of the page's file, for Rel
	// prepare makes Data for the page when it renders, for data that
	// costs more than describing the page: the data files (datapage.go),
	// the views of every passage (parallel.go).
	prepare func(*Page) (any, error)
}

// Rel returns the link from this page to the site path target, relative so
// that the site works under any sub-path. A fragment is kept.
func (p *Page) Rel(target string) string {
	frag := ""
	if i := strings.IndexByte(target, '#'); i >= 0 {
		target, frag = target[:i], target[i:]
	}
	if target == "" {
		return frag
	}
	if p.Absolute {
		// From under the site's own sub-path (baseURL's path), which a
		// host serving 404.html at any depth cannot be told otherwise.
		return p.basePath() + target + frag
	}
	from := p.dir
	if from == "" {
		from = path.Dir(pagePath(p.Path))
	}
	to := strings.TrimPrefix(target, "/")
	dir := strings.HasSuffix(target, "/")
	rel := relPath(from, to)
	if dir && !strings.HasSuffix(rel, "/") {
		rel += "/"
	}
	if rel == "./" && frag != "" && target == p.Path {
		return frag
	}
	return rel + frag
}

// relPath is the path from directory from to file or directory to, both
// relative to the site root. Every link of every page passes through it,
// so it walks the two paths in place rather than splitting them.
func relPath(from, to string) string {
	if from == "." {
		from = ""
	}
	to = strings.TrimSuffix(to, "/")
	for from != "" && to != "" {
		f, fromRest, _ := strings.Cut(from, "/")
		t, toRest, _ := strings.Cut(to, "/")
		if f != t {
			break
		}
		from, to = fromRest, toRest
	}
	ups := 0
	for from != "" {
		_, from, _ = strings.Cut(from, "/")
		ups++
	}
	switch {
	case ups == 0 && to == "":
		return "./"
	case to == "":
		return strings.Repeat("../", ups-1) + ".."
	}
	return strings.Repeat("../", ups) + to
}

// T returns the UI string key in the page's language.
func (p *Page) T(key string) string { return p.b.T(p.Lang, key) }

// Other is the other language of a bilingual site.
func (p *Page) Other() string { return otherLang(p.Lang) }

func otherLang(lang string) string {
	if lang == "zh" {
		return "en"
	}
	return "zh"
}

// Alternate is this page's path in another language: the same page, since
// every path starts with its language.
func (p *Page) Alternate(lang string) string {
	if rest, ok := strings.CutPrefix(p.Path, "/"+p.Lang+"/"); ok {
		return "/" + lang + "/" + rest
	}
	return p.Path
}

// HTMLLang is the BCP 47 tag for the lang attribute.
func (p *Page) HTMLLang() string { return view.HTMLLang(p.Lang) }

// HeadTitle is Title as <title> prints it: on a page in another language
// than Chinese, a Chinese name still in it (an issuer, a department
// without an English name) in pinyin, as <title> cannot mark a language.
func (p *Page) HeadTitle() string {
	if p.Lang == view.SourceLang || !plan.HasHan(p.Title) {
		return p.Title
	}
	return cite.Romanize(p.Title, true)
}

// View is what the node templates show of n on this page (nodeview.go).
func (p *Page) View(n *view.Node) *view.NodeView { return n.Shown(p) }

// PageNode is the node a permalink page shows, or nil (view.Page).
func (p *Page) PageNode() *view.Node { return p.Node }

// DocsIn is every plan in lang, for pages that list plans in both
// languages (the language choice at /).
func (p *Page) DocsIn(lang string) []*view.Doc { return p.b.views[lang] }

// basePath is the path of the configured baseURL without its trailing
// slash ("" for a site at a host's root): the prefix of site-absolute links.
func (p *Page) basePath() string {
	if p.b == nil {
		return ""
	}
	u, err := url.Parse(p.b.cfg.BaseURL)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(u.Path, "/")
}

// Head is what base.html prints of a page around its content, worked out
// once per page as it renders: the templates read it as fields where they
// called a method for each (a lookup by name, a function type and a
// reflective call in text/template, on every page of the site).
type Head struct {
	Site, HTMLLang, Favicon string
	// TitleLead is what <title> prints before the site's name: the page's
	// title as HeadTitle gives it, unless the page is titled by the
	// site's name alone.
	TitleLead string
	// The page's twin in the other language, on every page but the
	// language choice and the not-found page: Self and OtherHref are the
	// links to this page and to it, OtherLang its BCP 47 tag, OtherWord
	// the switch's label.
	Alternate                             bool
	Self, OtherLang, OtherHref, OtherWord string
	Frame                                 *Frame
	BackToTop                             string // the footer's link
	OpenGraph                             *OpenGraph
	LinkedData                            *schemaorg.Legislation
}

// head returns the page's Head.
func (p *Page) head() *Head {
	h := &Head{Site: p.T("site"), HTMLLang: p.HTMLLang(), Favicon: p.Rel("/assets/favicon.svg"), Frame: p.Frame(),
		Alternate: p.Kind != "choose" && p.Kind != "notfound", BackToTop: p.T("backToTop"),
		OpenGraph: p.openGraph(), LinkedData: p.linkedData()}
	if p.Title != "" && p.Title != h.Site {
		h.TitleLead = p.HeadTitle()
	}
	if h.Alternate {
		other := p.Other()
		h.Self, h.OtherLang, h.OtherHref, h.OtherWord = p.Rel(p.Path), view.HTMLLang(other), p.Rel(p.Alternate(other)), p.T("otherLanguage")
	}
	return h
}

// pageList is pages as described: by file, in order, and those the
// sitemap lists.
type pageList struct {
	byName map[string]*Page
	jobs   []*Page
	pages  []string // site-absolute
}

// add records p, whose file is name, to be rendered from b, and for the
// sitemap if it is listed.
func (l *pageList) add(b *builder, name string, p *Page) {
	p.b = b
	if p.Docs == nil {
		p.Docs = b.views[p.Lang]
	}
	p.dir = path.Dir(name)
	l.byName[name] = p
	if listed(p.Kind) {
		l.pages = append(l.pages, p.Path)
	}
	l.jobs = append(l.jobs, p)
}

// listed reports whether the sitemap lists pages of the kind: not the 404
// page, nor the search results pages (for readers, not crawlers: they say
// noindex), nor the redirects of retired eIds and former department slugs.
func listed(kind string) bool {
	switch kind {
	case "notfound", "search", "redirect", "deptredirect":
		return false
	}
	return true
}
