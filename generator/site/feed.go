package site

import (
	"encoding/xml"
	"io"
	"strings"

	"plansite/generator/view"
	"plansite/generator/xmlwrite"
)

// Feeds: every listing of the library newest first — the whole library
// and each filter's page — has an Atom feed beside it,
// /<lang>/feed.xml and /<lang>/plans/<facet>/<value>/feed.xml, so that a
// reader can follow a portal's new plans, or one issuer's, in a feed
// reader, as a portal's RSS or Hugo's section feeds let them. An entry is
// a plan with a date (signing, else the portal's publication): its title
// in the page's language, its page, the date, and a summary of the card's
// facts. Feeds need absolute addresses, so a site without a baseURL
// (content/site.yaml) has none, and a listing without a dated plan none
// either. A feed's <updated> is its newest plan's date, never the time of
// the build, so that a build of the same project writes the same bytes.

// feedName is the file name of a listing's feed, beside its page.
const feedName = "feed.xml"

// chinaTime is the offset of the dates plans print, for Atom's date-times.
const chinaTime = "T00:00:00+08:00"

// feed describes the Atom feed of the listing at path (a library page
// newest first) of cards, titled title, and returns its site path; ""
// where the listing has none.
func (b *builder) feed(lang, path, title string, cards []*libCard) string {
	base := b.config().BaseURL
	var dated []*libCard
	for _, c := range cards {
		if c.Date != "" {
			dated = append(dated, c)
		}
	}
	if base == "" || len(dated) == 0 {
		return ""
	}
	self := path + feedName
	b.later(strings.TrimPrefix(self, "/"), func(w io.Writer) error {
		return b.writeFeed(w, lang, base, path, title, dated)
	})
	return self
}

// writeFeed writes the feed of the listing at path: cards are dated and
// newest first, as the listing orders them.
func (b *builder) writeFeed(w io.Writer, lang, base, path, title string, cards []*libCard) error {
	x := &xmlwrite.Writer{To: w, OmitEmpty: true}
	x.WriteString(xml.Header)
	x.Open("feed", "xmlns", "http://www.w3.org/2005/Atom", "xml:lang", view.HTMLLang(lang))
	x.Leaf("title", title)
	x.Empty("link", "rel", "self", "type", "application/atom+xml", "href", base+path+feedName)
	x.Empty("link", "rel", "alternate", "type", "text/html", "href", base+path)
	x.Leaf("id", base+path+feedName)
	x.Leaf("updated", cards[0].Date+chinaTime)
	// Atom asks for an author of the feed where an entry may have none (a
	// plan whose issuer nothing names): the site.
	x.Open("author")
	x.Leaf("name", b.T(lang, "site"))
	x.Close("author")
	for _, c := range cards {
		d := c.Doc
		x.Open("entry")
		titleLang, title := "", d.Title()
		if d.TitlePending() {
			titleLang = view.HTMLLang(view.SourceLang)
		}
		if d.TitleByRule() {
			// Titles by rule may be alike (Notice of the General Office
			// of …): an entry's tells them apart by the number, as the
			// plan's page does.
			title = d.PlainTitle()
		}
		x.Leaf("title", title, "xml:lang", titleLang)
		x.Empty("link", "rel", "alternate", "type", "text/html", "href", base+d.URL())
		x.Leaf("id", base+d.URL())
		x.Leaf("published", c.Date+chinaTime)
		x.Leaf("updated", c.Date+chinaTime)
		for _, v := range c.Issuers {
			x.Open("author")
			x.Leaf("name", v.Name)
			x.Close("author")
		}
		for _, v := range append([]*libValue{c.Type}, c.Topics...) {
			if v != nil {
				x.Empty("category", "term", v.Facet+"/"+v.Slug, "label", v.Name)
			}
		}
		x.Leaf("summary", b.feedSummary(lang, c))
		x.Close("entry")
	}
	x.Close("feed")
	return x.Flush()
}

// feedSummary is what the plan's card says of it, in a line: its number,
// issuers, date, period and status.
func (b *builder) feedSummary(lang string, c *libCard) string {
	d := c.Doc
	var parts []string
	if n := d.DocumentNumber(); n != "" {
		parts = append(parts, n)
		if ln := d.NumberInLang(); lang != view.SourceLang && ln != "" {
			parts[0] = ln
		}
	}
	var issuers []string
	for _, v := range c.Issuers {
		issuers = append(issuers, v.Name)
	}
	if len(issuers) > 0 {
		parts = append(parts, strings.Join(issuers, b.T(lang, "listSep")))
	}
	parts = append(parts, b.strings.LongDate(lang, c.Date))
	if c.Period != "" {
		parts = append(parts, c.Period)
	}
	if c.Status != nil {
		parts = append(parts, c.Status.Name)
	}
	return strings.Join(parts, " · ")
}
