package parse

import (
	"regexp"
	"strings"

	"plansite/generator/plan"
)

var (
	boxLine        = regexp.MustCompile(`^专栏\s*(\d+)`)
	tableCaption   = regexp.MustCompile(`^附?表\s*(\d+)`)
	attachmentLine = regexp.MustCompile(`^附件\s*(\d*)\s*[:：]?$`)
	// rosterLine opens the list of a document's 附件 (or 附表) after its text
	// ("附件：1.西城区2020年小学入学工作时间安排表"), or is one of its entries
	// printed each with its number ("附件 2：老旧营运货车报废更新资金申请表").
	rosterLine = regexp.MustCompile(`^附\s*[件表]\s*(?:[0-9０-９]{1,2}\s*)?[:：]\s*\S`)
	// inForce is the clause that puts the whole document in force ("本意见
	// 自印发之日起施行。") or sets its term ("上述举措执行期自发布之日起至
	// 2020年12月底", "以上措施有效期自印发之日起两年"), printed after its
	// last part.
	inForce = regexp.MustCompile(`^(?:本|上述|以上)[^\s。，；]{1,8}自[^。]{0,40}(?:施行|实行|执行|生效|起实施)|^(?:本|上述|以上)[^\s。，；]{1,6}(?:执行|有效|实施)期(?:限)?(?:为)?自`)
)

// body is one document of the file: a title, the paragraphs before its first
// part, and its numbered nodes.
type body struct {
	title       *plan.Node // KindPreamble or KindAttachment
	nodes       []*plan.Node
	num         string // 附件 (or 附表) marker as printed, if any
	numLine     int    // its line
	republished bool   // a regulation printed whole after its amending decision
}

// body reads one document from p.i: its title, preamble and numbered text,
// up to the next document, the footer or the end of the file.
func (p *parser) body() *body {
	first, j := p.peek(p.i)
	if j < 0 {
		p.i = len(p.lines)
		return nil
	}
	b := &body{title: &plan.Node{Kind: plan.KindPreamble, Line: first.n}}
	if attachmentLine.MatchString(first.text) || scheduleLine.MatchString(first.text) {
		b.num, b.numLine = first.text, first.n
		p.i = j + 1
		first, j = p.peek(p.i)
		if j < 0 {
			return b
		}
	}
	if p.isTitle(j, false) || readingTitle.MatchString(first.text) {
		b.title.Heading = first.text
		b.title.Line = first.n
		b.republished = b.num == "" && p.republished(j)
		p.i = j + 1
	}
	var stack []*plan.Node // open numbered nodes, outermost first
	var ranks []int        // the rank of each node on the stack
	var box *plan.Node     // open 专栏, until what follows is not its content
	closed := false        // the closing clause has been read
	top := func() *plan.Node {
		if box != nil {
			if len(box.Children) > 0 && structural(box.Children[len(box.Children)-1].Kind) {
				return box.Children[len(box.Children)-1]
			}
			return box
		}
		if len(stack) > 0 {
			return stack[len(stack)-1]
		}
		if len(b.nodes) == 0 {
			return b.title
		}
		return nil
	}
	attach := func(n *plan.Node) {
		if parent := top(); parent != nil {
			n.Parent = parent
			parent.Children = append(parent.Children, n)
		} else {
			b.nodes = append(b.nodes, n)
		}
	}
	for ; p.i < len(p.lines); p.i++ {
		l := p.lines[p.i]
		if l.blank() {
			if box != nil && !p.boxGoesOn(box, p.i+1) {
				box = nil
			}
			continue
		}
		if p.footerAt(p.i) {
			return b
		}
		if len(b.nodes) == 0 && repeatsOnly(b.title) {
			if b.title.Heading != "" && squeezeSpace(l.text) == squeezeSpace(b.title.Heading) {
				// A page (a law database's) prints the title again
				// under its heading, two or three times.
				p.drop(l.n, l.text, "page heading")
				p.warn(l.n, "took the page's repeat of the title %q out of the text", l.text)
				continue
			}
		}
		if attachmentLine.MatchString(l.text) || scheduleLine.MatchString(l.text) || ((len(stack) > 0 || closed) && p.isTitle(p.i, true)) || p.readingAt(p.i, b) {
			return b
		}
		if t := p.tableAt(l); t != nil {
			// A heading with nothing under it yet is the table's own
			// (二、重点项目, then the table), and so is a 专栏's (专栏2
			// 服务业重点项目, then its table).
			inside := len(stack) > 0 && (p.textFollows(p.i+1) || bare(stack[len(stack)-1])) || box != nil && bare(box)
			if inside {
				attach(t) // a table inside the text, where it stands
			} else {
				stack, ranks, box = nil, nil, nil
				b.nodes = append(b.nodes, t)
			}
			for _, n := range p.tableNotes() {
				attach(n) // beside the table
			}
			continue
		}
		if m := boxLine.FindStringSubmatch(l.text); m != nil {
			num := boxLine.FindString(l.text)
			box = nil
			n := &plan.Node{Kind: plan.KindBox, Num: num, Ordinal: atoi(m[1]), Heading: strings.TrimSpace(l.text[len(num):]), Line: l.n}
			attach(n)
			box = n
			continue
		}
		num, ok := l.number()
		if !ok {
			num, ok = boxEntry(box, l.text)
		}
		if ok && len(b.nodes) == 0 && len(stack) == 0 && num.ordinal == 1 {
			if t := p.headlessTOC(); t != nil {
				b.nodes = append(b.nodes, t)
				continue
			}
		}
		if ok {
			for _, e := range p.numberedNodes(l, num, inArticle(stack)) {
				n := e.node
				if box != nil && (e.rank <= rankSection || !boxContinues(box, n)) {
					box = nil // a heading of the text, or numbering the box's list does not continue
				}
				if box != nil {
					n.Parent = box
					box.Children = append(box.Children, n)
					continue
				}
				for len(stack) > 0 && closes(ranks[len(ranks)-1], e.rank) {
					stack, ranks = stack[:len(stack)-1], ranks[:len(ranks)-1]
				}
				var before *plan.Node // the sibling before n, or its parent
				if len(stack) > 0 {
					n.Parent = stack[len(stack)-1]
					before = n.Parent
					if k := len(n.Parent.Children); k > 0 {
						before = n.Parent.Children[k-1]
					}
					n.Parent.Children = append(n.Parent.Children, n)
				} else {
					if k := len(b.nodes); k > 0 {
						before = b.nodes[k-1]
					} else if k := len(b.title.Children); k > 0 {
						before = b.title.Children[k-1] // the preamble's last paragraph
					}
					b.nodes = append(b.nodes, n)
				}
				if e.rank >= rankItem && isListEntry(n, before) {
					n.Text, n.Heading = n.Heading, ""
				} else if n.RunIn && n.Text == "" && n.Resp == nil && before != nil && before.Kind == n.Kind && clause(before, "；;") {
					// The last clause of a list, a sentence like the
					// ones before it ("②已办理…应届毕业生。").
					n.Text, n.Heading, n.RunIn = n.Heading+"。", "", false
				}
				stack, ranks = append(stack, n), append(ranks, e.rank)
			}
			continue
		}
		if rosterLine.MatchString(l.text) || (box == nil && (!inArticle(stack) || noticeInForce(l.text, b.title.Heading)) && !bareHeading(stack) && inForce.MatchString(l.text)) || (box == nil && p.closingWord(stack, b.nodes)) || (box == nil && len(stack) > 0 && (p.addressedClosing() || closingFormula.MatchString(l.text) || p.lastWord(stack))) {
			// The document's closing clause and the list of its 附件 speak
			// of the whole document, not of its last part; but a clause
			// right under a heading (二、附则) is that heading's text.
			stack, ranks, box = nil, nil, nil
			if len(b.nodes) > 0 {
				closed = true
				b.nodes = append(b.nodes, p.closingParagraph(l))
				if rosterLine.MatchString(l.text) {
					b.nodes = append(b.nodes, p.rosterEntries()...)
				}
				continue
			}
		}
		if isTOCHeading(l.text) {
			if t := p.toc(); t != nil {
				b.nodes = append(b.nodes, t)
				continue
			}
		}
		if h := standingHeading(l.text); h && box == nil {
			n := &plan.Node{Kind: plan.KindHcontainer, Heading: l.text, Line: l.n}
			stack, ranks = nil, nil // a standing heading closes everything open
			b.nodes = append(b.nodes, n)
			stack, ranks = append(stack, n), append(ranks, rankHeading)
			continue
		}
		if box == nil && len(stack) > 0 && !inArticle(stack) && divisionHeading(l.text) {
			// A division's heading printed without its number among
			// numbered ones (二、重点任务, then 保障措施, then 三、附则)
			// stands where they do: it closes what is open and holds
			// what is numbered below them, until the next of them.
			rank := ranks[0]
			n := &plan.Node{Kind: plan.KindHcontainer, Heading: l.text, Line: l.n}
			b.nodes = append(b.nodes, n)
			stack, ranks = []*plan.Node{n}, []int{rank}
			continue
		}
		if k := len(stack); box == nil && k > 1 && clauseOfArticle(stack[k-1]) && inArticle(stack) {
			// In an article, a paragraph after its items (or their
			// sub-items) is the article's next 款: items of a law hold
			// no paragraphs (第三条 … / （一）… / （二）… / 区城市管理
			// 部门…: 第三条第二款).
			for stack[len(stack)-1].Kind != plan.KindArticle {
				stack, ranks = stack[:len(stack)-1], ranks[:len(ranks)-1]
			}
		} else if k := len(stack); box == nil && k > 0 && endsList(stack[k-1], siblings(stack, b.nodes)) {
			// The paragraph after the last clause of a list speaks of the
			// list, so it belongs to the node the list is in.
			stack, ranks = stack[:len(stack)-1], ranks[:len(ranks)-1]
		}
		n := &plan.Node{Kind: plan.KindParagraph, Line: l.n}
		text := l.text
		// The line under a report's title that dates it (——2023年2月2日
		// 在…会议上) is a paragraph of the preamble, not a bullet.
		if dash := bulletDash(text); dash != "" && !(len(b.nodes) == 0 && occasion.MatchString(text)) {
			n.Kind, n.Num, text = plan.KindBullet, dash, text[len(dash):]
		}
		if lead, rest, ok := leadSentence(text); ok && !inArticle(stack) {
			n.Heading, n.RunIn, text = lead, true, rest
		}
		n.Text, n.Resp = takeResponsibility(text, &p.leadFirst)
		attach(n)
	}
	return b
}

// noteLine opens the notes under a table: 注：1. 按表中所列…
var noteLine = regexp.MustCompile(`^(?:注|备注|说明)\s*[:：]\s*`)

// tableNotes reads the notes printed under the table that ends at p.i: the
// 注 line and the numbered notes after it ("2. 雨水管渠应按…"), each a
// paragraph beside the table; where 注： stands alone on its line, the
// notes numbered from 1. under it (the State Council's indicator table).
// Numbered as they are, they are no items of the text.
func (p *parser) tableNotes() []*plan.Node {
	l, j := p.peek(p.i + 1)
	if j < 0 || !noteLine.MatchString(l.text) {
		return nil
	}
	out := []*plan.Node{{Kind: plan.KindParagraph, Text: l.text, Line: l.n}}
	p.i = j
	first := l.text[len(noteLine.FindString(l.text)):] // 注：1. …, its first note
	last := 1                                          // the number of the last note read
	if first == "" {
		// 注： alone: its notes start on the next line, at 1.
		next, k := p.peek(j + 1)
		if k < 0 {
			return out
		}
		first, last = next.text, 0
	}
	num, ok := classify(first)
	if !ok || num.ordinal != 1 {
		return out
	}
	return append(out, p.entries(func(_ line, _ int, n numbered) bool {
		if n.rank != num.rank || n.ordinal != last+1 {
			return false
		}
		last++
		return true
	})...)
}

// entries reads the numbered lines after p.i that entry accepts (the
// line, its index and its number), each a paragraph, leaving p.i on the
// last of them.
func (p *parser) entries(entry func(l line, j int, num numbered) bool) []*plan.Node {
	var out []*plan.Node
	for {
		l, j := p.peek(p.i + 1)
		if j < 0 {
			return out
		}
		if num, ok := l.number(); !ok || !entry(l, j, num) {
			return out
		}
		out = append(out, &plan.Node{Kind: plan.KindParagraph, Text: l.text, Line: l.n})
		p.i = j
	}
}

// closingParagraph makes the paragraph of line l, which stands after the
// document's parts.
func (p *parser) closingParagraph(l line) *plan.Node {
	n := &plan.Node{Kind: plan.KindParagraph, Line: l.n}
	n.Text, n.Resp = takeResponsibility(l.text, &p.leadFirst)
	return n
}

// bulletDashes are the dashes that open a bullet: the proper em dashes and
// the ASCII or full-width hyphens some exports put in their place (the Anhui
// plan prints "--新型基础设施更加完善。").
var bulletDashes = []string{"——", "--", "－－"}

// bulletDash returns the dash that opens text as a bullet, or "".
func bulletDash(text string) string {
	for _, d := range bulletDashes {
		if strings.HasPrefix(text, d) && !strings.HasPrefix(text[len(d):], "—") {
			return d
		}
	}
	return ""
}

// repeatsOnly reports whether the preamble holds only the names of bodies
// a page prints between its repeats of the title (内蒙古自治区包头市人大
// 常委会).
func repeatsOnly(preamble *plan.Node) bool {
	for _, c := range preamble.Children {
		if c.Kind != plan.KindParagraph || !organ.MatchString(c.Text) && !strings.HasSuffix(c.Text, "常委会") {
			return false
		}
	}
	return true
}

// bareHeading reports whether the innermost node open on stack is a
// heading standing alone (二、附则) with nothing under it yet, not a
// sentence of its own ((二)乙。).
func bareHeading(stack []*plan.Node) bool {
	return len(stack) > 0 && !stack[len(stack)-1].RunIn && bare(stack[len(stack)-1])
}

// bare reports whether n is a heading with no text or node under it yet.
func bare(n *plan.Node) bool {
	return n.Text == "" && n.Resp == nil && len(n.Children) == 0
}

func atoi(s string) int {
	n, _ := arabic(s)
	return n
}

// noticeInForce reports whether text, an inForce clause among articles,
// puts in force the notice that issues the document titled title (本通知自
// 印发之日起施行, after measures numbered 第一条–第十条): the whole
// document's closing, where an article's own clause names its rule (本办法,
// 本规定). A document that is itself a notice speaks of itself so.
func noticeInForce(text, title string) bool {
	return strings.HasPrefix(text, "本通知") && !strings.HasSuffix(title, "通知")
}
