package view

import (
	"plansite/generator/cite"
	"plansite/generator/plan"
)

// NodeUI holds the interface strings the node templates print, in one
// language: fields rather than calls of the t function, which
// text/template makes reflectively, several on every node of every page.
type NodeUI struct {
	Cite, CiteOf, CiteRowOf, Link, CopyLink, CopyCitation string
	PendingNote, TranslationPending, StaleNote            string
	PendingTerms                                          string
	Responsible, RoleLead                                 string
	LinkedProjects, CarriesOut, RefersTo                  string
	No, Name, Content                                     string
	Due, PointsUnit                                       string
	citationZh, citationEn, shortZh, shortEn              string
}

// makeNodeUI makes the node templates' strings in the view's language
// (Doc.nodeUI).
func (d *Doc) makeNodeUI() *NodeUI {
	t := d.T
	return &NodeUI{
		Cite: t("cite"), CiteOf: t("citeOf"), CiteRowOf: t("citeRowOf"), Link: t("link"), CopyLink: t("copyLink"), CopyCitation: t("copyCitation"),
		PendingNote: t("pendingNote"), TranslationPending: t("translationPending"), StaleNote: t("staleNote"), PendingTerms: t("pendingTerms"),
		Responsible: t("responsible"), RoleLead: t("roleLead"), LinkedProjects: t("linkedProjects"), CarriesOut: t("carriesOut"), RefersTo: t("refersTo"),
		No: t("no"), Name: t("name"), Content: t("content"), Due: t("due"), PointsUnit: t("pointsUnit"),
		citationZh: t("citationZh"), citationEn: t("citationEn"), shortZh: t("citationShortZh"), shortEn: t("citationShortEn"),
	}
}

// CiteRow is a citation as the cite panel prints it: under the name of
// its language, in the page's language.
type CiteRow struct {
	Label                   string // "Chinese citation (GB/T 7714)", "英文引文" …
	HTMLLang                string // of the citation's text
	Before, Accessed, After string
	Short                   bool // the short form: no date of citation
	// BeforeRuns is Before in Chinese and other stretches when an English
	// citation quotes Chinese (an untranslated title, an issuer); nil
	// otherwise.
	BeforeRuns []TextRun
}

// citeRows returns the rows of the citations on a page in lang: for each
// language the short form officials paste into a document, then the GB/T
// 7714 reference.
func citeRows(cs []cite.Citation, u *NodeUI) []CiteRow {
	rows := make([]CiteRow, 0, 2*len(cs))
	for _, c := range cs {
		label, short := u.citationEn, u.shortEn
		if c.Lang == "zh" {
			label, short = u.citationZh, u.shortZh
		}
		if c.Short != "" {
			rows = append(rows, CiteRow{Label: short, HTMLLang: HTMLLang(c.Lang), Before: c.Short, Short: true, BeforeRuns: Quoted(c.Lang, c.Short)})
		}
		rows = append(rows, CiteRow{Label: label, HTMLLang: HTMLLang(c.Lang), Before: c.Before, Accessed: c.Accessed, After: c.After,
			BeforeRuns: Quoted(c.Lang, c.Before)})
	}
	return rows
}

// Quoted is s in stretches when s, on a page in lang, quotes Chinese
// (Marked's runs); nil where the page prints s as it is, so that a
// template prints the string without calling mark and ranging over one
// run: {{with .Runs}}{{template "runs" .}}{{else}}{{.Text}}{{end}}.
func Quoted(lang, s string) []TextRun {
	if lang == "zh" || !plan.HasHan(s) {
		return nil
	}
	return ScriptRuns(s)
}
