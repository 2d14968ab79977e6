// Package view shows a parsed plan in one language: a Doc wraps a
// plan.Document and a Node each plan.Node, and their methods give the
// text, links, citations, responsibilities and targets as pages print them
// in that language (the Chinese from the parse, other languages from the
// translation). NodeView is what the node templates show of a node on one
// page, read as fields. A view reads what belongs to the whole site (the
// analyses of package link, works.yaml, aliases, the base URL, interface
// strings) through Site, which package site implements.
package view

import (
	"plansite/generator/alias"
	"plansite/generator/link"
	"plansite/generator/link/docref"
	"plansite/generator/opendata"
	"plansite/generator/plan"
	"plansite/generator/translate"
)

// SourceLang is the language of the authoritative text, the first of Langs.
const SourceLang = "zh"

// Langs are the languages every page is published in, SourceLang first.
func Langs() []string { return []string{SourceLang, "en"} }

// Site is what views read of the site they belong to.
type Site interface {
	Analysis(*plan.Document) *link.Analysis // nil when there is none
	Work(slug string) opendata.Work         // the plan's entry in works.yaml
	Aliases(slug string) []alias.Alias      // retired eIds of the plan
	View(lang string, doc *plan.Document) *Doc
	Plan(lang, slug string) *Doc // the view of the library's plan slug, or nil
	// References are the references between the library's plans
	// (package docref), nil when none were looked for.
	References() *docref.Index
	BaseURL() string
	// TargetUnits are the plan's target indicator units in lang
	// (translate.TargetsFile); none when its file is missing or unreadable,
	// which the check command reports.
	TargetUnits(lang, slug string) map[string]translate.TargetUnit
	// Glossary is content/glossary.yaml's terms; none when it is missing.
	Glossary() []translate.Term
	T(lang, key string) string // an interface string (Strings)
	TargetWords() *TargetWords // the targets page's words (Strings)
	Kinds() Kinds              // kinds of documents by their titles (Strings)
	Subjects() Subjects        // plans' subjects, for titles by rule (Strings)
	// SameTitles is how many of the library's plans in lang have the
	// title t alone (Doc.TitleAlone).
	SameTitles(lang, t string) int
}

// Page is the page a NodeView is shown on.
type Page interface {
	Rel(target string) string // the link from the page to a site path
	PageNode() *Node          // the node a permalink page shows, or nil
}

// New returns the view of d in lang, with its translation, in site (which
// may be nil outside a build).
func New(d *plan.Document, lang string, tr Translation, site Site) *Doc {
	v := newDoc(d, lang, tr)
	v.site = site
	return v
}

// Analysis is the plan's departments, matrix, links and targets (package
// link), or nil outside a build.
func (d *Doc) Analysis() *link.Analysis {
	if d.site == nil {
		return nil
	}
	return d.site.Analysis(d.Document)
}

// work is the plan's entry in works.yaml; the zero Work outside a build.
func (d *Doc) work() opendata.Work {
	if d.site == nil {
		return opendata.Work{}
	}
	return d.site.Work(d.Slug)
}

// HTMLLang is the BCP 47 tag for a lang attribute: zh → zh-Hans.
func HTMLLang(lang string) string {
	if lang == "zh" {
		return "zh-Hans"
	}
	return lang
}

// T is the interface string key in the view's language.
func (d *Doc) T(key string) string {
	if d.site == nil {
		return key
	}
	return d.site.T(d.Lang, key)
}
