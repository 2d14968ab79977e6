package parse

import (
	"strings"

	"plansite/generator/plan"
)

// dutyLines takes the lines a task list prints under a task, one label to
// a line, into the task's responsibility and deadline:
//
//	1.努力实现地区生产总值增长6.2%左右。
//	牵头单位：区发改局
//	责任单位：立山经济开发区，全区经济运行各专班
//	完成时限：2023年12月底前
//
// They are the parenthetical other plans print after the task's text,
// printed as lines: the task's first paragraphs, each a label of
// respLabels with its value, at least one naming departments. Their text,
// joined by spaces, is the responsibility as printed (Resp.Raw, with
// Resp.Lines set), so that the node's source keeps it. It runs before the
// eIds are given, so that a paragraph after the lines is the task's first.
func dutyLines(nodes []*plan.Node) {
	for _, n := range nodes {
		switch n.Kind {
		case plan.KindNotice, plan.KindConclusions, plan.KindTable:
			continue
		}
		takeDutyLines(n)
		dutyLines(n.Children)
	}
}

// takeDutyLines takes n's duty lines, if it has any.
func takeDutyLines(n *plan.Node) {
	if n.Resp != nil || !structural(n.Kind) {
		return
	}
	k := 0
	for k < len(n.Children) && n.Children[k].Kind == plan.KindParagraph && len(n.Children[k].Children) == 0 && labelledDutyLine(n.Children[k].Text) {
		k++
	}
	if k == 0 {
		return
	}
	lines := make([]string, k)
	for i, c := range n.Children[:k] {
		// The line as printed: a bracket at its end (牵头单位：区发改局
		// （责任单位：各街道）) was taken out of its text as the line's
		// own responsibility.
		lines[i] = strings.TrimSpace(c.Source())
	}
	if r := linesResp(strings.Join(lines, " ")); r != nil {
		n.Resp = r // its deadline and score tasks reads, as from a parenthetical
		n.Children = n.Children[k:]
	}
}

// linesResp is the responsibility that raw, labelled fields printed
// without brackets (lines under a task, or its last sentences), names,
// with Raw and Lines set; nil when raw names no department.
func linesResp(raw string) *plan.Responsibility {
	d, ok := labelled(strings.TrimSpace(raw))
	if !ok || d.resp == nil || len(d.resp.Lead)+len(d.resp.Support) == 0 {
		return nil
	}
	d.resp.Raw, d.resp.Lines = raw, true
	return d.resp
}

// labelledDutyLine reports whether s is a line of one responsibility label and its
// value: 牵头单位：区发改局.
func labelledDutyLine(s string) bool {
	s = strings.TrimSpace(s)
	for _, l := range respLabels {
		if rest, ok := strings.CutPrefix(s, l.label); ok {
			v := strings.TrimLeft(rest, " 　")
			return (strings.HasPrefix(v, "：") || strings.HasPrefix(v, ":")) && strings.TrimLeft(v, "：: 　") != ""
		}
	}
	return false
}
