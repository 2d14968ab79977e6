package site

import (
	"strings"

	"plansite/generator/plan"
	"plansite/generator/schemaorg"
	"plansite/generator/view"
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

// openGraph returns the page's tags, or nil for pages outside a plan.
func (p *Page) openGraph() *OpenGraph {
	d := p.Doc
	if d == nil || p.Kind == "redirect" {
		return nil
	}
	og := &OpenGraph{Title: d.PlainTitle(), URL: d.Absolute(p.Path), Type: "article", SiteName: p.T("site"),
		Locale: ogLocale(p.Lang), AltLocale: ogLocale(p.Other())}
	og.Description = d.NumberShown()
	if iss := d.Issuer(); iss != "" {
		og.Description = iss + " " + og.Description
	}
	if n := p.Node; n != nil {
		og.Title = d.PlainTitle() + " · " + n.CiteLabel()
		if h := n.Heading(); h != "" && (d.Lang == view.SourceLang || n.Translated()) {
			og.Title += " " + h
		}
		if t := n.PlainText(); t != "" {
			og.Description = plan.Clip(strings.TrimSpace(t), 120)
		}
	} else if p.Kind != "plan" {
		og.Title = p.HeadTitle()
	}
	return og
}

func ogLocale(lang string) string {
	if lang == "zh" {
		return "zh_CN"
	}
	return "en_US"
}

// linkedData is the page's JSON-LD block: the plan's Legislation on its
// plan page, the passage's on a permalink page, nil elsewhere.
func (p *Page) linkedData() *schemaorg.Legislation {
	if p.Doc == nil {
		return nil
	}
	switch p.Kind {
	case "plan":
		return schemaorg.ForPlan(p.Doc.SchemaPlan(true))
	case "node":
		if p.Node == nil || p.Node.CiteLabel() == "" {
			return nil
		}
		n := p.Node
		return schemaorg.ForPassage(p.Doc.SchemaPlan(false), n.CiteLabel(), n.Heading(), n.AbsURL())
	}
	return nil
}
