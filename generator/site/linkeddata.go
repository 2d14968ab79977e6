package site

import (
	"strings"

	"plansite/generator/schemaorg"
)

// Metadata in the head of plan, permalink, go-to and open-data pages:
// Open Graph tags, so a shared link shows the plan and the passage, and a
// schema.org Legislation block (package schemaorg).

// OpenGraph are a page's og: tags.
type OpenGraph struct {
	Title, Description, URL, Type string
	Locale, AltLocale             string
	SiteName                      string
}

// OpenGraph returns the page's tags, or nil for pages outside a plan.
func (p *Page) OpenGraph() *OpenGraph {
	d := p.Doc
	if d == nil || p.Kind == "redirect" {
		return nil
	}
	og := &OpenGraph{Title: d.Title(), URL: d.absolute(p.Path), Type: "article", SiteName: p.T("site"),
		Locale: ogLocale(p.Lang), AltLocale: ogLocale(p.Other())}
	og.Description = d.Meta.DocumentNumber
	if iss := d.Issuer(); iss != "" {
		og.Description = iss + " " + og.Description
	}
	if n := p.Node; n != nil {
		og.Title = d.Title() + " · " + n.CiteLabel() + " " + n.Heading()
		if t := n.PlainText(); t != "" {
			og.Description = clipRunes(t, 120)
		}
	} else if p.Kind != "plan" {
		og.Title = p.Title
	}
	return og
}

func ogLocale(lang string) string {
	if lang == "zh" {
		return "zh_CN"
	}
	return "en_US"
}

func clipRunes(s string, n int) string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) <= n {
		return string(rs)
	}
	return string(rs[:n]) + "…"
}

// LinkedData is the page's JSON-LD block: the plan's Legislation on its
// plan page, the passage's on a permalink page, nil elsewhere.
func (p *Page) LinkedData() *schemaorg.Legislation {
	if p.Doc == nil {
		return nil
	}
	switch p.Kind {
	case "plan":
		return schemaorg.ForPlan(p.Doc.schemaPlan(true))
	case "node":
		if p.Node == nil || p.Node.CiteLabel() == "" {
			return nil
		}
		n := p.Node
		return schemaorg.ForPassage(p.Doc.schemaPlan(false), n.CiteLabel(), n.Heading(), n.AbsURL())
	}
	return nil
}

// schemaPlan describes d for package schemaorg; with links, it names the
// other languages and the downloads too.
func (d *Doc) schemaPlan(links bool) *schemaorg.Plan {
	sp := d.schemaPlanOnly()
	if !links {
		return sp
	}
	for _, lang := range Langs {
		v := d.inLang(lang)
		if lang == Langs[0] && lang != d.Lang {
			sp.Original = v.schemaPlanOnly()
		}
		if lang != Langs[0] && d.Lang == Langs[0] {
			sp.Translations = append(sp.Translations, v.schemaPlanOnly())
		}
		json := "/data/" + d.Slug + ".json"
		if lang != Langs[0] {
			json = "/data/" + d.Slug + "." + lang + ".json"
		}
		sp.Downloads = append(sp.Downloads,
			&schemaorg.DataDownload{Type: "DataDownload", ContentURL: d.absolute(json), EncodingFormat: "application/json", InLanguage: htmlLang(lang)},
			&schemaorg.DataDownload{Type: "DataDownload", ContentURL: d.absolute("/" + dataFile(v, "csv", false)), EncodingFormat: "text/csv", InLanguage: htmlLang(lang)},
			&schemaorg.DataDownload{Type: "DataDownload", ContentURL: d.absolute("/" + dataFile(v, "akn.xml", true)), EncodingFormat: "application/akn+xml", InLanguage: htmlLang(lang)},
		)
	}
	return sp
}

// schemaPlanOnly describes d alone.
func (d *Doc) schemaPlanOnly() *schemaorg.Plan {
	sp := &schemaorg.Plan{
		Name: d.Title(), NoticeTitle: d.NoticeTitle(), Number: d.Meta.DocumentNumber, Date: d.Meta.Date,
		Issuer: d.Issuer(), Lang: htmlLang(d.Lang), URL: d.absolute(d.URL()),
		Authoritative: d.Lang == Langs[0],
	}
	if b := d.builder(); b != nil {
		w := b.citing.works[d.Slug]
		sp.Jurisdiction = w.Jurisdiction[d.Lang]
		sp.Type = w.Type[d.Lang]
		sp.FRBR = w.Identify(d.Document, d.Lang).Expression
	}
	if sp.Number != "" {
		sp.Description = d.Issuer() + " " + sp.Number
	}
	return sp
}
