package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// tasks completes each node's duties once the document is parsed: the
// responsibility parentheticals printed inside its text (Node.Inline), a
// department that is the subject of a duty line ("省教育厅负责…"), its
// deadline and its score. A deadline without a year takes the document's.
func (p *parser) tasks(doc *plan.Document) {
	year := documentYear(doc)
	leadFirst := false
	doc.Walk(func(n *plan.Node) bool {
		switch n.Kind {
		case plan.KindNotice, plan.KindConclusions:
			return false // the wrapper assigns no tasks
		case plan.KindTable:
			return true
		}
		if n.Resp != nil {
			raw := n.Resp.Raw // lines or sentences of labelled fields
			if !n.Resp.Lines {
				if f := simplified(raw); strings.Contains(f, "第一") && strings.Contains(f, "牵头") {
					leadFirst = true
				}
				raw = inside(raw)
			}
			d := parseDuty(raw, &leadFirst)
			p.setDeadline(n, d.deadline)
			p.setPoints(n, d.points)
		}
		p.inline(n, &leadFirst)
		if n.Resp == nil && len(n.Inline) == 0 {
			p.dutySubject(n, leadFirst)
		}
		if m := labelledDeadline.FindStringSubmatchIndex(p.fold(n.Text)); m != nil && isDeadline(n.Text[m[2]:m[3]]) {
			p.setDeadline(n, n.Text[m[2]:m[3]]) // as printed: 完成時限：年內辦結
		}
		if m := headingScore.FindStringSubmatch(n.Heading); m != nil && n.Points == "" {
			n.Points = m[1] // "政务服务“一网通办”（25分）": the heading's share of the score
		}
		if n.Deadline == nil && n.Kind != plan.KindTable && n.Kind != plan.KindProject && !datedNote(n.Text) {
			n.Deadline = closingDeadline(n.Text, doc.Meta.Date)
		}
		if n.Deadline != nil && n.Deadline.Form == "" {
			*n.Deadline = readDeadline(n.Deadline.Text, year)
		}
		return true
	})
}

func (p *parser) setDeadline(n *plan.Node, text string) {
	if text != "" && n.Deadline == nil && !datedNote(n.Text) {
		n.Deadline = &plan.Deadline{Text: text}
	}
}

func (p *parser) setPoints(n *plan.Node, pts string) {
	if pts != "" && n.Points == "" {
		n.Points = pts
	}
}

// inline finds the parentheticals inside n's text: responsibility lists
// anywhere outside 《》 titles ("…理解掌握。（合肥海关负责）巩固…"), and a
// deadline or a score in the parentheticals that end the text
// ("…。（0.5分）").
func (p *parser) inline(n *plan.Node, leadFirst *bool) {
	text := n.Text
	spans := parentheticals(text)
	trailing := len(text)
	for _, s := range slices.Backward(spans) {
		if strings.TrimSpace(text[s[1]:trailing]) != "" {
			break
		}
		d := parseDuty(inside(text[s[0]:s[1]]), leadFirst)
		if d.resp == nil {
			p.setDeadline(n, d.deadline)
			p.setPoints(n, d.points)
		}
		trailing = s[0]
	}
	for _, s := range spans {
		raw := text[s[0]:s[1]]
		d := parseDuty(inside(raw), leadFirst)
		if d.resp == nil {
			continue
		}
		d.resp.Raw = raw
		n.Inline = append(n.Inline, d.resp)
		p.setDeadline(n, d.deadline)
		p.setPoints(n, d.points)
	}
}

// parentheticals returns the byte spans of the top-level bracketed parts
// of s, outside 《》 book titles.
func parentheticals(s string) [][2]int {
	var out [][2]int
	depth, title, start := 0, 0, 0
	for i, r := range s {
		switch r {
		case '《':
			title++
		case '》':
			title = max(title-1, 0)
		case '（', '(':
			if depth == 0 {
				start = i
			}
			depth++
		case '）', ')':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 && title == 0 {
				out = append(out, [2]int{start, i + utf8.RuneLen(r)})
			}
		}
	}
	return out
}

// deptName is a department's name: Chinese ending in a word for an office.
const deptName = `[\p{Han}“”]{1,24}?(?:厅|局|委员会|委|办公室|办|部|院|会|中心|政府|集团|公司|支行|分行|署|队|站|馆|社|小组|指挥部|专班|妇联|残联|工商联|科协)`

// dutyLine matches a duty line whose subject is a list of departments or
// roles (authority.go): "省教育厅负责…", "省发展改革委、省财政厅按职责分工负责…",
// "公安机关依法负责…", also one that
// names the lead alone, the others after it ("县农业农村局牵头，县卫生健康局
// 配合。").
var dutyLine = guard(regexp.MustCompile(`^(`+dutySubjects+`)(?:(?:按照?职责分工|按照?各自职责|分别|共同|依法|具体)?(?:牵头)?负责|牵头[，,])`), "负责", "牵头")

// sentenceWords are words of a sentence that no department's name holds:
// "拨付县住建局，由县住建局负责" is not a duty line.
const sentenceWords = "将由把对向后在并的是为从按经使让被"

// sentence reports whether a name read before 负责 holds a word of a
// sentence, not of a department's name; 经 is one (经审核) except in 经济
// and 经信 (省经济和信息化厅), 对 except in 对外.
func sentence(name string) bool {
	name = simplified(name)
	for _, compound := range []string{"经济", "经信", "对外"} {
		name = strings.ReplaceAll(name, compound, "")
	}
	return strings.ContainsAny(name, sentenceWords)
}

// dutySubject reads the duty lines of n (a paragraph, item, bullet, or an
// article whose text is its first 款: 第二条　区教体局负责…): the
// departments a clause opens with are responsible; the text stays as
// printed and Inline's Raw names the subject. A paragraph may hold several
// such clauses, each its own subject ("区教体局负责…；区财政局负责…。"),
// each running to the next one's start.
func (p *parser) dutySubject(n *plan.Node, leadFirst bool) {
	s := n.Text
	switch n.Kind {
	case plan.KindParagraph, plan.KindBullet, plan.KindItem, plan.KindSubitem, plan.KindArticle:
		if n.Heading != "" {
			s = n.Heading
		}
	case plan.KindPart, plan.KindChapter, plan.KindSection:
		// A heading run into its text, as an 意见 or a 规划 prints its
		// measures ("（五）强化监测评估。…国家发展改革委…要会同有关部门…"):
		// the text's clauses, not the heading, may name who does what.
	default:
		return
	}
	folded := p.fold(s) // 區教育局負責
	if !strings.ContainsAny(folded, "负牵应要由组指监统协督做") {
		return // none of the words a duty clause needs
	}
	var at []int
	var subjects [][]string
	var who [][]string
	var given []*plan.Responsibility // a duty assigned with 由, else nil
	add := func(off int, i []int) {
		// The comma after 牵头 is the clause's, where the others' part
		// (，县卫生健康局配合) begins.
		end := off + len(strings.TrimRight(folded[off:off+i[1]], "，,"))
		m := []string{s[off:end], s[off+i[2] : off+i[3]]} // as printed
		if names, ok := subjectNames(m[1]); ok {
			at, subjects, who, given = append(at, off), append(subjects, m), append(who, names), append(given, nil)
		}
	}
	off := 0
	for _, clause := range splitTop(s, "；;。") {
		if i := dutyLine.FindStringSubmatchIndex(folded[off:]); i != nil {
			add(off, i)
		} else if i := shallSubject(folded[off:]); i != nil {
			add(off, i) // 公安机关应当…
		} else if i := actSubject(folded[off:]); i != nil {
			add(off, i) // 交通运输主管部门…，组织协调推进…
		} else {
			// 对违法建筑物，执法机关应当依法查处: the subject of 应当 may
			// follow a clause's opening words.
			for _, c := range shallAfterComma(folded[off : off+len(clause)]) {
				add(off+c[0], c[1:])
			}
		}
		if len(at) == 0 || at[len(at)-1] < off {
			// No subject opens the clause: 由市教育局会同市财政局制定….
			for _, a := range assignedBy(clause, folded[off:off+len(clause)], leadFirst) {
				at, subjects, who, given = append(at, off+a.at), append(subjects, nil), append(who, nil), append(given, a.r)
			}
		}
		off += len(clause)
		if off < len(s) {
			_, size := utf8.DecodeRuneInString(s[off:])
			off += size
		}
	}
	for i, a := range at {
		if given[i] != nil {
			n.Inline = append(n.Inline, given[i])
			continue
		}
		end := len(s)
		if i+1 < len(at) {
			end = at[i+1]
		}
		dutyClause(n, s[a:end], folded[a:end], subjects[i], who[i], leadFirst)
	}
}

// dutyClause adds to n the responsibility of the duty clause c (folded
// as fc is: simplified where the text has traditional characters), whose
// subject dutyLine matched as m, of which holders hold the duty
// (subjectNames).
func dutyClause(n *plan.Node, c, fc string, m, holders []string, leadFirst bool) {
	r := firstLeads(holders, leadFirst || len(holders) == 1 || strings.Contains(fc[:len(m[0])], "牵头"))
	r.Raw = m[0]
	n.Inline = append(n.Inline, r)
	// "省住房城乡建设厅牵头负责…，省自然资源厅配合。": the departments
	// named at the end of the clause with 配合 support the subject, a
	// second list whose Raw is that clause (so that each list's Raw holds
	// its names, as the exports mark them up).
	if i := dutyTail.FindStringSubmatchIndex(fc[len(m[0]):]); i != nil && len(r.Lead) > 0 {
		tail := c[len(m[0]):]
		t := []string{tail[i[0]:i[1]], tail[i[2]:i[3]], tail[i[4]:i[5]]} // as printed
		support, ok := subjectNames(t[1])
		if !ok {
			return
		}
		n.Inline = append(n.Inline, &plan.Responsibility{Lead: []string{}, Support: support, Raw: t[1] + t[2]})
	}
}

// headingScore matches the score a heading ends with: "（25分）".
var headingScore = regexp.MustCompile(`[（(](\d+(?:\.\d+)?)\s*分[）)]$`)

// dutyTail matches the clause that ends a duty line with the departments
// that support its subject: "…，省自然资源厅、省财政厅配合。".
var dutyTail = regexp.MustCompile(`[，,；;](` + dutySubjects + `)((?:按照?职责分工)?(?:配合|参与|协助))[。；;]?$`)

// joinBrokenParens joins a responsibility parenthetical broken over two
// lines ("…（责任单位：县财政局、" / "县税务局）") back into its line, before
// the lines are parsed. The line is joined only when the two halves make a
// parenthetical that names departments.
func (p *parser) joinBrokenParens() {
	for i := 0; i+1 < len(p.lines); i++ {
		l := p.lines[i]
		if l.blank() || l.tabbed() {
			continue
		}
		open := unclosed(l.text)
		if open < 0 || utf8.RuneCountInString(l.text[open:]) > 80 {
			continue
		}
		j := i + 1
		if p.lines[j].blank() && j+1 < len(p.lines) {
			j++
		}
		next := p.lines[j]
		if next.blank() || next.tabbed() || utf8.RuneCountInString(next.text) > 80 {
			continue
		}
		joined := l.text + next.text
		end := closing(joined, open)
		if end < 0 {
			continue
		}
		lf := p.leadFirst
		if parseDuty(inside(joined[open:end]), &lf).resp == nil {
			continue
		}
		p.lines[i].text = joined
		p.lines[i].raw = l.raw + next.raw
		p.lines = append(p.lines[:i+1], p.lines[j+1:]...)
		if j > i+1 { // keep a blank line where one was
			p.lines = append(p.lines[:i+1], append([]line{{n: next.n}}, p.lines[i+1:]...)...)
		}
	}
}

// unclosed returns where the bracket that s leaves open starts, or -1.
func unclosed(s string) int {
	var stack []int
	for i, r := range s {
		switch r {
		case '（', '(':
			stack = append(stack, i)
		case '）', ')':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) == 0 {
		return -1
	}
	return stack[0]
}

// closing returns the end of the parenthetical of s opening at open, or -1.
func closing(s string, open int) int {
	depth := 0
	for i, r := range s[open:] {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			depth--
			if depth == 0 {
				return open + i + utf8.RuneLen(r)
			}
		}
	}
	return -1
}
