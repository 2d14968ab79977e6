package site

import (
	"encoding/xml"
	"io"
	"strings"

	"plansite/generator/view"
	"plansite/generator/xmlwrite"
)

// writeSitemap writes /sitemap.xml, with the data files (dataJobs): it
// lists every page of every plan, which no page shows, so the preview
// makes it only when asked for rather than on every save. It is written
// one URL at a time: a plan of 25,000 tasks has 88,000 pages, 33 MB of
// sitemap. Sitemaps need absolute URLs; the base comes from
// content/site.yaml (baseURL), and without one the paths stay
// site-absolute, which crawlers resolve against the sitemap's own URL.
func (b *builder) writeSitemap(w io.Writer) error {
	if err := b.describeAll(); err != nil {
		return err
	}
	base := b.config().BaseURL
	x := &xmlwrite.Writer{Indent: " ", To: w}
	x.WriteString(xml.Header)
	x.Open("urlset", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9", "xmlns:xhtml", "http://www.w3.org/1999/xhtml")
	for _, p := range b.sitemapPaths() {
		x.Open("url")
		x.Leaf("loc", base+p)
		for _, a := range b.alternates(base, p) {
			// The link is written with an end tag, as it always has been.
			x.Inline("xhtml:link", []string{"rel", "alternate", "hreflang", a.hreflang, "href", a.href}, func() {})
		}
		x.Close("url")
	}
	x.WriteString("</urlset>") // the file has always ended without a line feed
	return x.Flush()
}

// alternate is a page's version in one language, as search engines read
// it from a sitemap (<xhtml:link rel="alternate" hreflang>), the same pairs
// every page's <head> declares.
type alternate struct{ hreflang, href string }

// alternates lists page p in every language it is published in, itself
// included, or nothing for a page in one language only.
func (b *builder) alternates(base, p string) []alternate {
	var out []alternate
	for _, lang := range view.Langs() {
		other := (&Page{Path: p, Lang: pageLang(p)}).Alternate(lang)
		if pageLang(p) != "" && b.hasPage(pagePath(other)) {
			out = append(out, alternate{hreflang: view.HTMLLang(lang), href: base + other})
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// pageLang is the language a site path starts with, or "".
func pageLang(p string) string {
	for _, lang := range view.Langs() {
		if strings.HasPrefix(p, "/"+lang+"/") {
			return lang
		}
	}
	return ""
}

// hasPage reports whether name is a page's file, once describeAll has
// described every page.
func (b *builder) hasPage(name string) bool {
	if b.byName[name] != nil {
		return true
	}
	lang, rest, _ := strings.Cut(name, "/")
	slug, _, ok := strings.Cut(rest, "/")
	s := b.sets[lang+"/"+slug]
	return ok && s != nil && (s.byName[name] != nil || s.node(name) != nil)
}
