package view

import (
	"sync"

	"plansite/generator/cite"
)

// NodeUI holds the interface strings the node templates print, in one
// language: fields rather than calls of the t function, which
// text/template makes reflectively, several on every node of every page.
type NodeUI struct {
	Cite, CiteOf, Link, CopyLink, CopyCitation string
	PendingNote, TranslationPending, StaleNote string
	PendingTerms                               string
	Responsible, RoleLead                      string
	LinkedProjects, CarriesOut                 string
	No, Name, Content                          string
	citationZh, citationEn                     string
}

// nodeUIs are the node templates' strings by language, made on first use:
// ui has its strings only once every init has run.
var nodeUIs = sync.OnceValue(func() map[string]*NodeUI {
	m := map[string]*NodeUI{}
	for lang := range ui {
		m[lang] = &NodeUI{
			Cite:               T(lang, "cite"),
			CiteOf:             T(lang, "citeOf"),
			Link:               T(lang, "link"),
			CopyLink:           T(lang, "copyLink"),
			CopyCitation:       T(lang, "copyCitation"),
			PendingNote:        T(lang, "pendingNote"),
			TranslationPending: T(lang, "translationPending"),
			StaleNote:          T(lang, "staleNote"),
			PendingTerms:       T(lang, "pendingTerms"),
			Responsible:        T(lang, "responsible"),
			RoleLead:           T(lang, "roleLead"),
			LinkedProjects:     T(lang, "linkedProjects"),
			CarriesOut:         T(lang, "carriesOut"),
			No:                 T(lang, "no"),
			Name:               T(lang, "name"),
			Content:            T(lang, "content"),
			citationZh:         T(lang, "citationZh"),
			citationEn:         T(lang, "citationEn"),
		}
	}
	return m
})

// nodeUIFor returns the node templates' strings in lang; a language
// without strings of its own shows the keys, as uiString does.
func nodeUIFor(lang string) *NodeUI {
	if u, ok := nodeUIs()[lang]; ok {
		return u
	}
	return &NodeUI{Cite: "cite", CiteOf: "citeOf", Link: "link", CopyLink: "copyLink", CopyCitation: "copyCitation",
		PendingNote: "pendingNote", TranslationPending: "translationPending", StaleNote: "staleNote", PendingTerms: "pendingTerms",
		Responsible: "responsible", RoleLead: "roleLead", LinkedProjects: "linkedProjects", CarriesOut: "carriesOut",
		No: "no", Name: "name", Content: "content", citationZh: "citationZh", citationEn: "citationEn"}
}

// CiteRow is a citation as the cite panel prints it: under the name of
// its language, in the page's language.
type CiteRow struct {
	Label                   string // "Chinese citation (GB/T 7714)", "英文引文" …
	HTMLLang                string // of the citation's text
	Before, Accessed, After string
	Short                   bool // the short form: no date of citation
}

// citeRows returns the rows of the citations on a page in lang: for each
// language the short form officials paste into a document, then the GB/T
// 7714 reference.
func citeRows(cs []cite.Citation, lang string) []CiteRow {
	u := nodeUIFor(lang)
	rows := make([]CiteRow, 0, 2*len(cs))
	for _, c := range cs {
		label, short := u.citationEn, T(lang, "citationShortEn")
		if c.Lang == "zh" {
			label, short = u.citationZh, T(lang, "citationShortZh")
		}
		if c.Short != "" {
			rows = append(rows, CiteRow{Label: short, HTMLLang: HTMLLang(c.Lang), Before: c.Short, Short: true})
		}
		rows = append(rows, CiteRow{Label: label, HTMLLang: HTMLLang(c.Lang), Before: c.Before, Accessed: c.Accessed, After: c.After})
	}
	return rows
}
