package parse

import (
	"regexp"
	"strings"

	"plansite/generator/plan"
)

// A blank form annexed to a document (附件2 / 老旧营运货车报废更新资金申请表)
// is a grid of labels and empty boxes, which a PDF's text layer prints as
// lines of short cells set apart by runs of spaces:
//
//	    申请资金类型        □仅报废营运货车 □报废并更新营运货车
//	     所有人地址                         联系电话
//	开户银行名称（须填写全称）
//	                                              年   月    日
//
// Read as text, each line was a paragraph that ends no sentence, and a
// wide line ran into the next as a wrapped sentence does (所有人统一社会信用
// 车辆注册登记所有人). forms marks the lines of such a form, from its title
// to the end of its annex, as rows of one table, a row a printed line and
// a cell a run of text, so that none is joined to another and each keeps
// its cells as printed: every character stays, in order.

var (
	// formTitle is the title of a form: a table to fill in (申请表, 登记表,
	// 审批表, 汇总表 …), or a roster of names to fill in (花名册).
	formTitle = regexp.MustCompile(`(?:表|名册)$`)
	// scheduleLine is the line a 附表 is printed under, a form or a
	// pledge annexed to a document that is itself a 附件 (附件1 / 实施细
	// 则 … 附表 1 / …申请表): it opens an annex numbered 附表 N, as a 附件
	// line opens one (body), and a form opens under it as under a 附件
	// line.
	scheduleLine = regexp.MustCompile(`^附表\s*[0-9０-９]{1,2}$`)
	// cellGap is what sets a form's cells apart on a printed line.
	cellGap = regexp.MustCompile(`[ \x{3000}]{2,}|\t`)
)

// forms marks each annex that is a blank form: a 附件 line, a title that
// names a form, then lines of labels, not sentences (a cell's text wraps
// onto lines of its own: 车辆 / 识别 / 代号), at least four of them printing
// two cells or more or a box to tick (□), and no more than one in four
// ending a sentence, up to the next 附件 line, the 版记 or the end of the
// file.
func (p *parser) forms() {
	for i := 0; i < len(p.lines); i++ {
		if !attachmentLine.MatchString(p.lines[i].text) && !scheduleLine.MatchString(p.lines[i].text) {
			continue
		}
		title, t := p.peek(i + 1)
		if t < 0 || !formTitle.MatchString(title.text) || !titlePiece(title) {
			continue
		}
		end := t + 1
		celled, lines, sentences := 0, 0, 0
		for ; end < len(p.lines); end++ {
			l := p.lines[end]
			if attachmentLine.MatchString(l.text) || scheduleLine.MatchString(l.text) || ccLine.MatchString(l.text) || printLine.MatchString(l.text) {
				break
			}
			if l.blank() {
				continue
			}
			if strings.Contains(strings.TrimSpace(l.raw), "\t") {
				lines = -1 // a table the reader has already set in cells (a .docx's)
				break
			}
			lines++
			if len(formCells(l.raw)) >= 2 || strings.Contains(l.text, "□") {
				celled++
			}
			if strings.HasSuffix(l.text, "。") {
				sentences++
			}
		}
		if celled < 4 || 4*sentences > lines {
			continue
		}
		for k := t + 1; k < end; k++ {
			if l := &p.lines[k]; !l.blank() {
				l.form = true
				// Its indent stays, which tells where a paragraph of the
				// text around it starts (indentMarked).
				l.raw = leading(l.raw) + strings.Join(formCells(l.raw), "\t")
			}
		}
		i = end - 1
	}
}

// formCells splits a form's printed line into its cells.
func formCells(raw string) []string {
	var out []string
	for _, c := range cellGap.Split(strings.TrimSpace(raw), -1) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// formTable reads the form whose first line is l (p.lines[p.i]) into a
// table without a header, a row a printed line, leaving p.i on its last
// line. A form has no columns: each row's cells are as printed.
func (p *parser) formTable(l line) *plan.Node {
	t := &plan.Node{Kind: plan.KindTable, Line: l.n}
	for ; p.i < len(p.lines); p.i++ {
		r := p.lines[p.i]
		if r.blank() {
			continue
		}
		if !r.form {
			break
		}
		row := &plan.Node{Kind: plan.KindRow, Ordinal: len(t.Children) + 1, Rows: [][]string{strings.Split(strings.TrimSpace(r.raw), "\t")}, Line: r.n, Parent: t}
		t.Children = append(t.Children, row)
	}
	p.i--
	return t
}
