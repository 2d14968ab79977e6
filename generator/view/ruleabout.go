package view

import (
	"strings"

	"plansite/generator/plan"
)

// What a title says a document is about, for the English title by rule
// (ruletitle.go): the documents a notice acts on, the subject
// (subjects.go), and the bodies a title opens with.

// aboutInEnglish is what a title says a document is about, in English
// where the rule knows it: the documents a notice acts on, by their kinds
// and subjects (Issuing the Policies for Supporting Industrial Internet
// Development and an Action Plan), or a subject the glossary and the
// subjects vocabulary give whole; else "". of is whose the document is,
// in English, which the subject need not name again.
func (d *Doc) aboutInEnglish(about, of string) string {
	// 若干 (several) counts the measures, before or after the subject
	// (若干措施 of 提振消费若干措施).
	about = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(about, "若干"), "若干"), "的"))
	if m := actOn.FindStringSubmatch(about); m != nil {
		var docs []string
		for _, part := range d.splitDocs(m[2]) {
			name := strings.Trim(titleNote.ReplaceAllString(part, ""), "《》“”\"「」")
			k := d.site.Kinds().ofEnd(name)
			if k.Type == "" {
				// A document of a kind the rule does not know, named
				// by its subject where the vocabulary has it.
				if s := d.subjectInEnglish(strings.Trim(m[2], "《》 "), of); s != "" {
					return actWords[m[1]] + " " + s
				}
				return ""
			}
			docs = append(docs, d.docInEnglish(name, k, of))
		}
		return actWords[m[1]] + " " + strings.Join(docs, " and ")
	}
	return d.subjectInEnglish(unquote(about), of)
}

// docInEnglish is a document a notice acts on, named in its title as
// name, of kind k: "the" kind and its subject where the vocabulary
// names it (the Measures for Floating Population Services and
// Administration), else its kind alone (Measures, an Action Plan).
func (d *Doc) docInEnglish(name string, k DocKind, of string) string {
	if plan.TitleKey(name) == plan.TitleKey(d.givenTitle()) {
		// The notice issues the plan: name it as the plan's pages do,
		// but once whose it is where the notice's issuer is the plan's.
		if t := d.ruleAlone(); t != "" {
			if of != "" {
				t = strings.Replace(t, " of "+of+" ", " ", 1)
			}
			return "the " + t
		}
	}
	rest := strings.TrimSuffix(strings.TrimSuffix(name, k.ZH), "的")
	if m := titleAbout.FindStringSubmatch(rest); m != nil {
		rest = m[2]
	}
	if place := d.titlePlace(rest); place != "" {
		rest = strings.TrimPrefix(rest, place)
	}
	rest = fiveYear.ReplaceAllString(rest, "")
	rest = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSuffix(rest, "若干"), "若干"), "的")
	if s := d.subjectInEnglish(rest, of); s != "" {
		return "the " + titleCase(k.EN) + " " + preposition(k) + " " + s
	}
	return indefinite(titleCase(k.EN))
}

// splitDocs splits the documents a notice's title names: 《X》和《Y》, or
// X和Y where each ends with a kind (支持…若干政策和…行动计划); else the
// title names one (《…服务和管理办法》).
func (d *Doc) splitDocs(s string) []string {
	sep := titlesAnd
	if !strings.Contains(s, "《") {
		sep = kindsAnd
	}
	parts := sep.Split(s, -1)
	for i, p := range parts {
		parts[i] = strings.Trim(p, "《》“”\"「」 ")
		if d.site.Kinds().ofEnd(titleNote.ReplaceAllString(parts[i], "")).Type == "" {
			return []string{strings.Trim(s, "《》“”\"「」 ")}
		}
	}
	return parts
}

// bodiesName is the English of the bodies a title opens with, each with
// its article: one body, or several a space or 、 parts (海南省住房和城乡建设厅
// 海南省住房公积金管理局关于…: the A and the B); "" when one has no English.
func (d *Doc) bodiesName(zh string) string {
	parts := strings.FieldsFunc(zh, func(r rune) bool { return r == ' ' || r == '　' || r == '、' })
	names := make([]string, len(parts))
	for i, p := range parts {
		if names[i] = withArticle(d.bodyName(p)); names[i] == "" {
			return ""
		}
	}
	return AndList(d.T, names)
}
