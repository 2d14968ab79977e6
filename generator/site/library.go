package site

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"plansite/generator/view"
)

// The library: the home page of each language lists every plan as a card,
// with filters by issuer, year, topic, document type and status and a
// choice of order, by date (newest first) or by title. Without JavaScript
// every filter value and order is a page of its own, so that each view of
// the library has a clean URL to share:
//
//	/zh/                                  every plan, newest first
//	/zh/plans/by-title/                   every plan by title
//	/zh/plans/<facet>/<value>/            the plans of one value, newest first
//	/zh/plans/<facet>/<value>/by-title/   the same by title
//
// where facet is issuer (value: the registry's slug of the issuing body,
// else the pinyin of its name; these are the per-issuer pages, and a plan
// issued jointly is listed under each of its bodies), year (of
// signing, else of publication or of the document number: 2022), topic
// (view.Topics: a plan the portal files under several categories is
// listed under each), type (view.DocTypes) or status (in-force, expired,
// repealed, draft: view.Status). A plan nothing says a value of is listed
// under none of that facet's values. With JavaScript (assets/library.js)
// the same links filter the cards in place, several facets at once, and
// the address becomes the clean URL of the one filter chosen or the home
// page with ?issuer=…&year=…&sort=title.

// libFacets are the facets in the order the filters show them, with the
// interface string naming each.
var libFacets = []struct{ key, label string }{
	{"issuer", "issuer"}, {"year", "libYear"}, {"topic", "libTopic"}, {"type", "libType"}, {"status", "libStatus"},
}

// statusSlugs are the URL values of view.Status's states.
var statusSlugs = map[string]string{
	"statusInForce": "in-force", "statusExpired": "expired", "statusRepealed": "repealed", "statusDraft": "draft",
	"statusLapsed": "lapsed", "statusNotYet": "not-yet",
}

// libValue is a plan's value of one facet in one language.
type libValue struct {
	Facet string // issuer, year, topic, type, status
	Slug  string // in URLs and data attributes
	Name  string // in the page's language, or the Chinese (Han)
	Han   bool   // Name is the Chinese on a page in another language
	order string // sorts the facet's values
	key   string // what tells two values apart: the Chinese name, the year…
	zh    string // an issuer's Chinese name, as printed
	// Runs is Name with its Chinese marked where it quotes some (an
	// issuer told apart from its twin, issuerValues); nil otherwise.
	Runs []view.TextRun
}

// libCard is one plan as the library shows it in one language; a facet
// nothing says is nil and shown nowhere. A plan issued jointly has an
// issuer value for each body, and is listed under each.
type libCard struct {
	Doc                 *view.Doc
	Issuers, Topics     []*libValue
	Year, Type, Status  *libValue
	IssuerSlugs         string // data-issuer: the issuers' final slugs
	Date                string // ISO date of signing (or of the text's version), else publication
	DateKey             string // Date's label: view.DateKey's, or published
	Period              string // 2021–2025
	DateRank, TitleRank int    // place in each order, for library.js
}

// Tr is how far the plan's translation has come (check's progress,
// measured when the translation loaded).
func (c *libCard) Tr() view.TranslationStatus { return c.Doc.TranslationStatus() }

// Values are the card's values of facet: several issuers or topics, one
// or no other value.
func (c *libCard) Values(facet string) []*libValue {
	var v *libValue
	switch facet {
	case "issuer":
		return c.Issuers
	case "topic":
		return c.Topics
	case "year":
		v = c.Year
	case "type":
		v = c.Type
	case "status":
		v = c.Status
	}
	if v == nil {
		return nil
	}
	return []*libValue{v}
}

// has reports whether the card has the value of facet with slug.
func (c *libCard) has(facet, slug string) bool {
	return slices.ContainsFunc(c.Values(facet), func(v *libValue) bool { return v.Slug == slug })
}

// issuerSlugs are the slugs of the card's issuers, space-separated, for
// library.js to match a filter against.
func (c *libCard) issuerSlugs() string { return slugList(c.Issuers) }

// TopicSlugs are the slugs of the card's topics, space-separated, for
// library.js (data-topic).
func (c *libCard) TopicSlugs() string { return slugList(c.Topics) }

// slugList is the values' slugs, space-separated.
func slugList(vs []*libValue) string {
	slugs := make([]string, len(vs))
	for i, v := range vs {
		slugs[i] = v.Slug
	}
	return strings.Join(slugs, " ")
}

// libOption is one value of a facet in the filters: how many plans have
// it and the page listing them.
type libOption struct {
	*libValue
	Count int
	Path  string // site path of its page, newest first
}

// libFacet is one facet's filter.
type libFacet struct {
	Key, Label string // Label: interface string key
	Options    []*libOption
}

// catalog is every plan as the library shows it in one language.
type catalog struct {
	Lang    string
	ByDate  []*libCard
	ByTitle []*libCard
	Facets  []*libFacet
}

// libListing is what a library page shows (Page.Data of kinds home and
// library): the cards of its filter in its order.
type libListing struct {
	*catalog
	Filter    *libOption // nil on the whole library
	Sort      string     // date or title
	Cards     []*libCard
	Home      string // site path of the whole library, newest first
	DatePath  string // this listing newest first
	TitlePath string // this listing by title
	Feed      string // site path of this listing's Atom feed, or "" (feed.go)
	// Filters are the catalog's facets as the page links to them, made
	// as it renders (on).
	Filters []libFilter
}

// libFilter is a facet's filter as one library page shows it, read by the
// template as fields: every page of the library lists every value of
// every facet, and a method (Page.Rel, a listing's test of its filter)
// or a field promoted from an embedded struct costs text/template a
// search by name and a reflective call on each.
type libFilter struct {
	Key   string
	Label string // in the page's language
	Links []libLink
}

// libLink is a filter value as a page links to it.
type libLink struct {
	Facet, Slug, Name string
	Han               bool
	Runs              []view.TextRun // libValue.Runs
	Count             int
	Href              string // its page, from this one
	Current           bool   // the page lists this value
}

// on is the listing as page p shows it, with its Filters.
func (l *libListing) on(p *Page) *libListing {
	q := *l
	q.Filters = make([]libFilter, len(l.Facets))
	for i, f := range l.Facets {
		links := make([]libLink, len(f.Options))
		for j, o := range f.Options {
			links[j] = libLink{Facet: o.Facet, Slug: o.Slug, Name: o.Name, Han: o.Han, Runs: o.Runs, Count: o.Count,
				Href: p.Rel(o.Path), Current: l.Filter == o}
		}
		q.Filters[i] = libFilter{Key: f.Key, Label: p.T(f.Label), Links: links}
	}
	return &q
}

// Total is how many plans the library has.
func (l *libListing) Total() int { return len(l.ByDate) }

// newLibrary makes the library of the views in one language.
func (b *builder) newLibrary(lang string) *catalog {
	lib := &catalog{Lang: lang}
	for _, d := range b.views[lang] {
		lib.ByDate = append(lib.ByDate, b.libCard(d))
	}
	// Newest first; plans without a date last, by slug, so that the order
	// never depends on the seeds' names alone.
	slices.SortStableFunc(lib.ByDate, func(x, y *libCard) int {
		if (x.Date == "") != (y.Date == "") {
			if x.Date == "" {
				return 1
			}
			return -1
		}
		if c := strings.Compare(y.Date, x.Date); c != 0 {
			return c
		}
		return strings.Compare(x.Doc.Slug, y.Doc.Slug)
	})
	lib.ByTitle = slices.Clone(lib.ByDate)
	order := nameOrder(lang, collate.New(language.Make(view.HTMLLang(lang))))
	slices.SortStableFunc(lib.ByTitle, func(x, y *libCard) int {
		if c := order(x.Doc.Title(), y.Doc.Title()); c != 0 {
			return c
		}
		return strings.Compare(x.Doc.Slug, y.Doc.Slug)
	})
	for i, c := range lib.ByDate {
		c.DateRank = i
	}
	for i, c := range lib.ByTitle {
		c.TitleRank = i
	}
	for _, f := range libFacets {
		facet := &libFacet{Key: f.key, Label: f.label}
		bySlug := map[string]*libOption{}
		for _, c := range lib.ByDate {
			for _, v := range c.Values(f.key) {
				o := bySlug[v.Slug]
				// Two names may share a pinyin slug: the later gets slug-2…
				for n := 2; o != nil && o.key != v.key; n++ {
					v.Slug = strings.TrimSuffix(v.Slug, "-"+strconv.Itoa(n-1)) + "-" + strconv.Itoa(n)
					o = bySlug[v.Slug]
				}
				if o == nil {
					o = &libOption{libValue: v, Path: "/" + lang + "/plans/" + f.key + "/" + v.Slug + "/"}
					bySlug[v.Slug] = o
					facet.Options = append(facet.Options, o)
				}
				o.Count++
			}
		}
		slices.SortStableFunc(facet.Options, func(x, y *libOption) int {
			if f.key == "year" {
				return strings.Compare(y.order, x.order) // newest first
			}
			if x.order != y.order {
				return strings.Compare(x.order, y.order)
			}
			return order(x.Name, y.Name)
		})
		lib.Facets = append(lib.Facets, facet)
	}
	for _, c := range lib.ByDate {
		c.IssuerSlugs = c.issuerSlugs() // once the slugs are told apart
	}
	return lib
}

// libCard is d as a card, with what its text, the portal's metadata and
// works.yaml say of each facet.
func (b *builder) libCard(d *view.Doc) *libCard {
	c := &libCard{Doc: d}
	st := d.Status()
	c.Period = st.Period
	c.Date, c.DateKey = d.Meta.Date, view.DateKey(&d.Meta)
	if c.Date == "" {
		c.Date, c.DateKey = d.Portal().Published, "published"
	}
	c.Issuers = b.issuerValues(d)
	if year := docYear(d); year != "" {
		c.Year = &libValue{Facet: "year", Slug: year, Name: fmt.Sprintf(b.T(d.Lang, "libYearValue"), year), order: year, key: year}
	}
	for _, t := range d.Topics() {
		c.Topics = append(c.Topics, &libValue{Facet: "topic", Slug: t.Slug, Name: t.Name, Han: t.Han, key: t.Slug})
	}
	if k := d.Type(); k != "" {
		c.Type = &libValue{Facet: "type", Slug: k, Name: b.T(d.Lang, view.TypeKey(k)), order: strconv.Itoa(slices.Index(view.DocTypes, k) + 10), key: k}
	}
	if s := statusSlugs[st.State]; s != "" {
		c.Status = &libValue{Facet: "status", Slug: s, Name: b.T(d.Lang, st.State), order: s, key: s}
	}
	return c
}

// homes describes the library's pages in every language: the home page
// and a page for each filter value and order.
func (b *builder) homes() error {
	for _, lang := range view.Langs() {
		lib := b.newLibrary(lang)
		home := "/" + lang + "/"
		all := "/" + lang + "/plans/"
		feeds := map[string]string{} // a listing's newest-first path → its feed
		list := func(path, kind, title string, filter *libOption, sort string, cards []*libCard, datePath string) error {
			l := &libListing{catalog: lib, Filter: filter, Sort: sort, Cards: cards, Home: home,
				DatePath: datePath, TitlePath: strings.TrimSuffix(datePath, "/") + "/by-title/", Feed: feeds[datePath]}
			if datePath == home {
				l.TitlePath = all + "by-title/"
			}
			return b.page(&Page{Path: path, Lang: lang, Kind: kind, Title: title, Data: l,
				prepare: func(p *Page) (any, error) { return l.on(p), nil }})
		}
		feeds[home] = b.feed(lang, home, b.T(lang, "site"), lib.ByDate)
		if err := list(home, "home", b.T(lang, "site"), nil, "date", lib.ByDate, home); err != nil {
			return err
		}
		byTitle := b.T(lang, "plans") + " · " + b.T(lang, "libByTitle")
		if err := list(all+"by-title/", "library", byTitle, nil, "title", lib.ByTitle, home); err != nil {
			return err
		}
		for _, f := range lib.Facets {
			for _, o := range f.Options {
				title := fmt.Sprintf(b.T(lang, "libFilterTitle"), b.T(lang, f.Label), o.Name)
				var byDate, byName []*libCard
				for _, c := range lib.ByDate {
					if c.has(f.Key, o.Slug) {
						byDate = append(byDate, c)
					}
				}
				for _, c := range lib.ByTitle {
					if c.has(f.Key, o.Slug) {
						byName = append(byName, c)
					}
				}
				feeds[o.Path] = b.feed(lang, o.Path, title, byDate)
				if err := list(o.Path, "library", title, o, "date", byDate, o.Path); err != nil {
					return err
				}
				if err := list(o.Path+"by-title/", "library", title+" · "+b.T(lang, "libByTitle"), o, "title", byName, o.Path); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// PathOf is the page of the plans with the value v.
func (l *libListing) PathOf(v *libValue) string {
	return "/" + l.Lang + "/plans/" + v.Facet + "/" + v.Slug + "/"
}

// FilterLabel is the interface string naming the listing's facet.
func (l *libListing) FilterLabel() string {
	for _, f := range libFacets {
		if l.Filter != nil && f.key == l.Filter.Facet {
			return f.label
		}
	}
	return ""
}
