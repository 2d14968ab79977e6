package view

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
	"plansite/generator/translate"
)

// TranslationStatus is how far a plan's translation into the second
// language has come, as its metadata shows it on the home page and the
// plan page in every language: the progress check reports (passages by
// where they stand, Percent and Complete), told in Lang. The words are the
// template's (partials/status.html, tr-status).
type TranslationStatus struct {
	Lang string // the language it is told in
	translate.Progress
}

// TranslationStatus returns the status of the plan's translation into the
// second language, told in the document's language; the zero value when
// the site has no second language.
func (d *Doc) TranslationStatus() TranslationStatus {
	if len(Langs()) < 2 {
		return TranslationStatus{}
	}
	st := TranslationStatus{Lang: d.Lang}
	// Outside a build, a Chinese view knows no translation.
	if en := d.InLang(Langs()[1]); en.Lang == Langs()[1] && en.tr != nil {
		st.Progress = en.tr.Progress(d.Slug)
	}
	return st
}

// titleNode is the node whose heading is the plan's title, or nil when
// the title comes from the notice or the metadata.
func (d *Doc) titleNode() *Node {
	if n := d.Find("preamble"); n != nil && n.Node.Heading != "" {
		return n
	}
	if atts := d.attachments(); len(atts) == 1 && !d.ownText() {
		return atts[0]
	}
	return nil
}

// attachments are the file's documents printed as 附件.
func (d *Doc) attachments() []*Node {
	var atts []*Node
	for _, n := range d.Nodes {
		if n.Kind == plan.KindAttachment {
			atts = append(atts, n)
		}
	}
	return atts
}

// ownText reports whether the file's notice has a text of its own, in
// parts, chapters or articles, beside its 附件: then the 附件 is an annex
// to it (a list of the projects it speaks of), not the plan it issues,
// and the file is known by the notice's title.
func (d *Doc) ownText() bool {
	for _, n := range d.Nodes {
		switch n.Kind {
		case plan.KindBook, plan.KindChapter, plan.KindArticle, plan.KindPart, plan.KindSection, plan.KindItem, plan.KindPoint:
			return true
		}
	}
	return false
}

// worksTitle is the title content/works.yaml gives the plan in the
// document's language, while the title itself is not translated.
func (d *Doc) worksTitle() string {
	if d.Lang == SourceLang {
		return ""
	}
	if n := d.titleNode(); n != nil && n.translatorGave() {
		return ""
	}
	return d.work().Title[d.Lang]
}

// TitlePending reports whether the title a page in a language other than
// Chinese shows is still the Chinese: not translated, not given in
// content/works.yaml, and not made by rule.
func (d *Doc) TitlePending() bool { return d.titleUntranslated() && d.ruleTitle() == "" }

// TitleByRule reports whether the title a page in a language other than
// Chinese shows is made by rule (ruletitle.go), no official translation:
// pages say so, with ChineseTitle beside it.
func (d *Doc) TitleByRule() bool { return d.ruleTitle() != "" }

// ChineseTitle is the plan's Chinese title.
func (d *Doc) ChineseTitle() string { return d.givenTitle() }

// titleUntranslated reports whether nobody has given the plan a title in
// the page's language: neither its translation nor content/works.yaml.
func (d *Doc) titleUntranslated() bool {
	if d.Lang == SourceLang || d.worksTitle() != "" {
		return false
	}
	if n := d.titleNode(); n != nil {
		return !n.translatorGave()
	}
	return true
}

// TermGloss is a glossary term a passage uses, with its English.
type TermGloss struct{ ZH, EN string }

// PendingTerms are the glossary terms the Chinese of an untranslated node
// uses (by the term or one of its Chinese forms), with the renderings the
// glossary fixes, so that an English reader meets them in English; none
// for a translated node or on a Chinese page.
func (n *Node) PendingTerms() []TermGloss {
	d := n.Doc
	if d.Lang == SourceLang || d.site == nil || n.Translated() {
		return nil
	}
	return d.glossForms().used(n.Node.Heading + "\n" + n.Node.Text)
}

// glossForms are the glossary's Chinese forms — each term's own, then its
// aliases — by their first character, so that the terms a text uses are
// found in one pass over it rather than one search of it per form.
type glossForms struct {
	terms   []translate.Term
	n       int                  // forms in all
	byFirst map[rune][]glossForm // forms by their first character
}

type glossForm struct {
	form string
	at   int // the form's place among all the glossary's forms, in order
}

func makeGlossForms(terms []translate.Term) *glossForms {
	g := &glossForms{terms: terms, byFirst: map[rune][]glossForm{}}
	for _, t := range terms {
		for _, form := range append([]string{t.ZH}, t.AliasesZH...) {
			if form != "" {
				r, _ := utf8.DecodeRuneInString(form)
				g.byFirst[r] = append(g.byFirst[r], glossForm{form, g.n})
			}
			g.n++
		}
	}
	return g
}

// bodyKinds are the characters that end a body's name after its field:
// 体育 in 省体育局 names the Sports Bureau, not physical education.
const bodyKinds = "局厅委办处"

// used is each term text holds, by the first of its forms it holds, in
// the glossary's order. A form that is the field of a body's name (体育
// of 省体育局, followed by one of bodyKinds) is not the term.
func (g *glossForms) used(text string) []TermGloss {
	var held []bool
	for i, r := range text {
		for _, f := range g.byFirst[r] {
			if strings.HasPrefix(text[i:], f.form) {
				if next, _ := utf8.DecodeRuneInString(text[i+len(f.form):]); strings.ContainsRune(bodyKinds, next) {
					continue
				}
				if held == nil {
					held = make([]bool, g.n)
				}
				held[f.at] = true
			}
		}
	}
	if held == nil {
		return nil
	}
	var out []TermGloss
	at := 0
	for _, t := range g.terms {
		forms := 1 + len(t.AliasesZH)
		for i := range forms {
			if held[at+i] {
				form := t.ZH
				if i > 0 {
					form = t.AliasesZH[i-1]
				}
				out = append(out, TermGloss{ZH: form, EN: t.EN})
				break
			}
		}
		at += forms
	}
	return out
}
