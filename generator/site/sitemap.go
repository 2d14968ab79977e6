package site

import (
	"bytes"
	"encoding/xml"
	"sort"
	"strings"

	"plansite/generator/view"
)

// sitemap makes /sitemap.xml, with the data files (dataFiles): it lists
// every page of every plan, which no page shows, so the preview makes it
// only when asked for rather than on every save. Sitemaps need absolute
// URLs; the base comes from content/site.yaml (baseURL), and without one
// the paths stay site-absolute, which crawlers resolve against the
// sitemap's own URL.
func (b *builder) sitemap() ([]byte, error) {
	type url struct {
		Loc        string      `xml:"loc"`
		Alternates []alternate `xml:"xhtml:link"`
	}
	type urlset struct {
		XMLName xml.Name `xml:"urlset"`
		NS      string   `xml:"xmlns,attr"`
		XHTML   string   `xml:"xmlns:xhtml,attr"`
		URLs    []url    `xml:"url"`
	}
	base := b.config().BaseURL
	all, pages, err := b.allPages()
	if err != nil {
		return nil, err
	}
	names := make(map[string]bool, len(all))
	for _, p := range all {
		names[pagePath(p.Path)] = true
	}
	sort.Strings(pages)
	set := urlset{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", XHTML: "http://www.w3.org/1999/xhtml"}
	for _, p := range pages {
		set.URLs = append(set.URLs, url{Loc: base + p, Alternates: alternates(names, base, p)})
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(set); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// alternate is a page's version in one language, as search engines read
// it from a sitemap (<xhtml:link rel="alternate" hreflang>), the same pairs
// every page's <head> declares.
type alternate struct {
	Rel      string `xml:"rel,attr"`
	Hreflang string `xml:"hreflang,attr"`
	Href     string `xml:"href,attr"`
}

// alternates lists page p in every language it is published in (names
// holds every page's file), itself included, or nothing for a page in one
// language only.
func alternates(names map[string]bool, base, p string) []alternate {
	var out []alternate
	for _, lang := range view.Langs() {
		other := (&Page{Path: p, Lang: pageLang(p)}).Alternate(lang)
		if names[pagePath(other)] && pageLang(p) != "" {
			out = append(out, alternate{Rel: "alternate", Hreflang: view.HTMLLang(lang), Href: base + other})
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
