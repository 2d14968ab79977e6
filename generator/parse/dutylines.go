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

// lineDuties gives a task the responsibility parenthetical printed on a
// line of its own under it, which the outline read as a paragraph with no
// text:
//
//	1．推进一网通办。推行线上办理。
//	（牵头单位：区政务服务中心；责任单位：区大数据局）
//
// Printed after the last of a task's sub-items, none of which has one of
// its own, it is the task's, not the last sub-item's (Resp.After: it
// stays in the source after them):
//
//	1．推进一网通办。
//	①推行线上办理。
//	②推行帮办代办。
//	（牵头单位：区政务服务中心）
//
// It runs before the leads are settled, so that a sub-item left without
// children reads as its siblings do, and before the eIds are given.
func lineDuties(nodes []*plan.Node) {
	for _, n := range nodes {
		switch n.Kind {
		case plan.KindNotice, plan.KindConclusions, plan.KindTable:
			continue
		}
		if n.Resp == nil && structural(n.Kind) {
			if last := lastSubItem(n.Children); last != nil {
				r := last.Children[0].Resp
				r.After = true
				n.Resp, last.Children = r, nil
			} else if len(n.Children) > 0 && loneDuty(n.Children[0]) {
				n.Resp, n.Children = n.Children[0].Resp, n.Children[1:]
			}
		}
		lineDuties(n.Children)
	}
}

// lastSubItem returns the last of children when it is an item or
// sub-item whose only child is a lone duty line, after items of its kind
// with neither a duty of their own (in brackets, or on a line) nor
// anything under them; else nil.
func lastSubItem(children []*plan.Node) *plan.Node {
	if len(children) < 2 {
		return nil
	}
	last := children[len(children)-1]
	if last.Kind != plan.KindItem && last.Kind != plan.KindSubitem || last.Resp != nil || len(last.Children) != 1 || !loneDuty(last.Children[0]) {
		return nil
	}
	before := 0
	for _, c := range children[:len(children)-1] {
		if c.Kind != last.Kind {
			continue
		}
		if c.Resp != nil || len(c.Children) > 0 {
			return nil
		}
		before++
	}
	if before == 0 {
		return nil
	}
	return last
}

// loneDuty reports whether n is a responsibility parenthetical printed
// on a line of its own: a paragraph of no text.
func loneDuty(n *plan.Node) bool {
	return n.Kind == plan.KindParagraph && n.Num == "" && n.Heading == "" && strings.TrimSpace(n.Text) == "" &&
		len(n.Children) == 0 && len(n.Inline) == 0 && n.Resp != nil && !n.Resp.Lines
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
	// Only the longest label's length is folded (牽頭責任單位): s may be
	// a paragraph's long rest.
	head := simplified(s[:min(len(s), len("牵头责任单位"))])
	for _, l := range respLabels {
		if strings.HasPrefix(head, l.label) {
			rest := s[len(l.label):]
			v := strings.TrimLeft(rest, " 　")
			return (strings.HasPrefix(v, "：") || strings.HasPrefix(v, ":")) && strings.TrimLeft(v, "：: 　") != ""
		}
	}
	return false
}
