package view

import (
	"regexp"
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// paraMark is a paragraph's number in a short label (一（三）¶1, I (3) ¶1).
var paraMark = regexp.MustCompile(` ?¶([0-9]+)`)

// paraEnd is a paragraph's number as ending a label in words: 第1段 in
// Chinese, (, )para. 1 in English.
var paraEnd = map[bool]*regexp.Regexp{
	true:  regexp.MustCompile(`第[0-9]+段$`),
	false: regexp.MustCompile(`(, )?[Pp]ara\. [0-9]+$`),
}

// ParaLabel is the label that names passage n where it stands alone (a
// target's source, a search result, a permalink page's title): Label with
// a paragraph's number written as the citation counts it, joined as the
// citation joins it (一（三）第1段, I (3), para. 1), where 一（三）¶1 names
// no paragraph to a reader who does not know the mark. It is PassageLabel
// without a section's title.
func (n *Node) ParaLabel() string { return n.PassageLabel("") }

// PassageRuns is ParaLabel as a page prints it, its Chinese marked on a
// page in another language (Quoted): a list of passages out of their place
// (a department's tasks, the timetable) names each as the citation does.
func (v *NodeView) PassageRuns() []TextRun {
	label := v.Node.ParaLabel()
	if rs := Quoted(v.Lang, label); rs != nil {
		return rs
	}
	return []TextRun{{Text: label}}
}

// PassageLabel is ParaLabel with title, the title of the section a
// paragraph is in, between the section's label and the paragraph's
// number, set off by spaces: 一（一） 指导思想 第1段, I (1) Guiding Ideology,
// para. 1. A label that does not end in a paragraph's number ignores it.
//
// Two kinds of passage are labelled otherwise than Label labels them. The
// issuing notice's paragraphs are the notice's (印发通知第1段, Issuing
// notice, para. 1), where Label calls them 序言 as it calls the plan's own
// preamble. A passage of an attachment is labelled as the citation labels
// it (附件1第二部分3, Annex 1, Part II 3), where the short label runs the
// attachment's number into the point's (附件1二3, Att. 1 II 3) and the
// reader cannot tell where one ends; a key project keeps its number
// (重点项目12), which its name follows. And a part without a heading (一、
// 停止受理物业管理费提取。) is labelled as the citation labels it (第一部分,
// Part I), where its short label, a numeral alone (一, I), said nothing
// where no heading follows it.
func (n *Node) PassageLabel(title string) string {
	zh := n.Doc.Lang == SourceLang
	if up := n.Node.Parent; up != nil && up.Kind == plan.KindNotice && (n.Kind == plan.KindParagraph || n.Kind == plan.KindBullet) {
		if zh {
			return "印发通知第" + strconv.Itoa(plan.ParaNumber(n.Node)) + "段"
		}
		return "Issuing notice, para. " + strconv.Itoa(plan.ParaNumber(n.Node))
	}
	var label string
	if n.Kind != plan.KindProject && (n.Kind == plan.KindAttachment || plan.AttachmentOf(n.Node) != nil) || n.Kind == plan.KindPart && n.Node.Heading == "" {
		label = n.CiteLabel()
	}
	if label == "" {
		label = paraWords(n.Label(), zh)
	}
	if title == "" {
		return label
	}
	at := paraEnd[zh].FindStringIndex(label)
	if at == nil {
		return label
	}
	head, para := strings.TrimSpace(label[:at[0]]), strings.TrimPrefix(label[at[0]:], ", ")
	if !zh {
		para = ", " + strings.Replace(para, "Para.", "para.", 1)
	} else {
		para = " " + para
	}
	if head == "" {
		return title + para
	}
	return head + " " + title + para
}

// paraWords writes each ¶N of a short label as the citation counts it:
// 第N段 after the label, as the citation joins it (一（三）第1段); para. N
// after a comma, or Para. N where it begins the label.
func paraWords(label string, zh bool) string {
	if !strings.Contains(label, "¶") {
		return label
	}
	var b strings.Builder
	last := 0
	for _, m := range paraMark.FindAllStringSubmatchIndex(label, -1) {
		b.WriteString(label[last:m[0]])
		num := label[m[2]:m[3]]
		switch {
		case zh:
			b.WriteString("第" + num + "段")
		case b.Len() == 0:
			b.WriteString("Para. " + num)
		default:
			b.WriteString(", para. " + num)
		}
		last = m[1]
	}
	b.WriteString(label[last:])
	return b.String()
}
