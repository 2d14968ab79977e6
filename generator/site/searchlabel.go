package site

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
	"plansite/generator/view"
)

// titleRunes is how much of a section's title a search result's label
// quotes: enough to recognise it, not a line of its own.
const titleRunes = 20

// searchLabel is the label a search result shows for passage n of d, and
// a permalink page's title begins with: the passage's label standing
// alone (view's PassageLabel, as a target's source reads it), and for a
// paragraph without a heading the title of the section it is in where
// the section has one: 六 保障措施 第10段, VI Safeguards, para. 10. A
// preamble's title is the plan's own, which the result's plan names
// already; a Chinese title on a page in another language is left out, as
// the label is plain text of the page's language.
func searchLabel(d *view.Doc, n *view.Node) string {
	title := ""
	if n.Heading() == "" {
		title = sectionTitle(d, n)
	}
	return n.PassageLabel(title)
}

// sectionTitle is the title of the section paragraph n is in, shortened
// to titleRunes, or "" where it has none a label can quote.
func sectionTitle(d *view.Doc, n *view.Node) string {
	if n.Kind != plan.KindParagraph && n.Kind != plan.KindBullet {
		return ""
	}
	up := n.Node.Parent
	if up == nil || up.Kind == plan.KindPreamble || up.Kind == plan.KindNotice {
		return ""
	}
	p := d.Find(up.EID)
	if p == nil {
		return ""
	}
	t := strings.TrimSpace(p.Heading())
	if t == "" || d.Lang != view.SourceLang && plan.HasHan(t) {
		return ""
	}
	if utf8.RuneCountInString(t) > titleRunes {
		t = string([]rune(t)[:titleRunes-1]) + "…"
	}
	return t
}
