package site

import (
	"bytes"
	"encoding/xml"
	"sort"
)

// sitemap writes /sitemap.xml. Sitemaps need absolute URLs; the base comes
// from content/site.yaml (baseURL), and without one the paths stay
// site-absolute, which crawlers resolve against the sitemap's own URL.
func (b *builder) sitemap() error {
	type url struct {
		Loc string `xml:"loc"`
	}
	type urlset struct {
		XMLName xml.Name `xml:"urlset"`
		NS      string   `xml:"xmlns,attr"`
		URLs    []url    `xml:"url"`
	}
	base := b.config().BaseURL
	pages := append([]string(nil), b.pages...)
	sort.Strings(pages)
	set := urlset{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	for _, p := range pages {
		set.URLs = append(set.URLs, url{Loc: base + p})
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(set); err != nil {
		return err
	}
	b.files["sitemap.xml"] = buf.Bytes()
	return nil
}
