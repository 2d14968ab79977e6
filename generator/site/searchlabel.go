package site

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
	"plansite/generator/view"
)

// paraMark is a paragraph's number in a short label (六¶10, I (1) ¶1).
var paraMark = regexp.MustCompile(` ?¶([0-9]+)`)

// titleRunes is how much of a section's title a search result's label
// quotes: enough to recognise it, not a line of its own.
const titleRunes = 20

// searchLabel is the label a search result shows for passage n of d. A
// passage with a heading shows it beside its short label (二（一）4); one
// without, a paragraph, had only the label, 六¶10, which names neither the
// section nor, to a reader who does not know the mark, a paragraph. A
// paragraph is labelled as the citation counts it (第10段, para. 10), and
// one without a heading after the title of the section it is in where the
// section has one: 六 保障措施 第10段, VI Safeguards, para. 10. A preamble's title is the plan's own,
// which the result's plan names already; a Chinese title on a page in
// another language is left out, as the label is plain text of the page's
// language. The issuing notice's paragraphs are the notice's (印发通知第1段,
// Issuing notice, para. 1), where the label called them 序言 as it calls
// the plan's own preamble.
func searchLabel(d *view.Doc, n *view.Node) string {
	label := n.Label()
	if !strings.Contains(label, "¶") {
		return label
	}
	zh := d.Lang == "zh"
	if up := n.Node.Parent; up != nil && up.Kind == plan.KindNotice && (n.Kind == plan.KindParagraph || n.Kind == plan.KindBullet) {
		// The issuing notice's text, which the short label calls 序言
		// as it does the plan's own preamble: two 序言第1段 in one
		// plan's results.
		if zh {
			return "印发通知第" + strconv.Itoa(plan.ParaNumber(n.Node)) + "段"
		}
		return "Issuing notice, para. " + strconv.Itoa(plan.ParaNumber(n.Node))
	}
	para := func(num string) string {
		if zh {
			return "第" + num + "段"
		}
		return ", para. " + num
	}
	m := paraMark.FindAllStringSubmatchIndex(label, -1)
	var b strings.Builder
	last := 0
	for i, at := range m {
		b.WriteString(label[last:at[0]])
		if i == len(m)-1 && at[1] == len(label) {
			if t := sectionTitle(d, n); t != "" && n.Heading() == "" {
				if b.Len() > 0 {
					b.WriteString(" ")
				}
				b.WriteString(t)
			}
		}
		num := label[at[2]:at[3]]
		if zh && b.Len() > 0 && !strings.HasSuffix(b.String(), " ") && !strings.HasSuffix(b.String(), "序言") {
			// 十四 第1段: a number before 第 would read as one (十四第1段).
			b.WriteString(" ")
		}
		if b.Len() == 0 && !zh {
			b.WriteString("Para. " + num)
		} else {
			b.WriteString(para(num))
		}
		last = at[1]
	}
	b.WriteString(label[last:])
	return b.String()
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
