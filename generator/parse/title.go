package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// statusWords is a title's note on its status in brackets: （试行）,
// (2018—2020年), (2019修订), a draft's stage ((草案修改二稿征求意见稿),
// (送审稿)); its words may be spaced out ((试 行)), as a line of two
// characters is centred in print.
const statusWords = `[（(]\s*(?:修\s*订|试\s*行|暂\s*行|[^（()）。，\s]{0,10}?(?:征求意见稿|送审稿)|草\s*案|\d{4}.{0,8}年|\d{4}年?(?:修订|修正))\s*[）)]`

var (
	// titleEnd is how the title of a document ends: the kind of document
	// it is, or a note on its status in brackets (（试行）, (2019修订)).
	titleEnd = guardEnd(regexp.MustCompile(`(?:规划|方案|办法|意见|措施|要点|规定|细则|计划|纲要|条例|决定|通知|批复|通报|公告|通告|函|指引|清单|标准|制度|规则|报告|预案|答复)$|` + statusWords + `$`))
	// statusNote is a title's second line that only notes its status.
	statusNote = regexp.MustCompile(`^` + statusWords + `$`)
)

// joinTitles joins a title printed over two or three lines ("明溪县人民政府
// / 关于印发…若 / 干措施(修订)的通知", "…若干措施 / （修订）") into one line,
// which keeps the first line's number. Lines are joined only when each is
// short and unpunctuated, none is numbered, and only together do they end
// as a title ends; and only where titles stand: before the first numbered
// line or 序号 cell, or after a 附件 line (never among a table's cells).
func (p *parser) joinTitles() {
	var out []line
	head := true // before the first numbered line, or just after a 附件 line
	for i := 0; i < len(p.lines); i++ {
		l := p.lines[i]
		if _, ok := l.number(); ok || serialHead.MatchString(l.text) {
			// Numbered text, or a table printed one cell a line (序号 /
			// 重点任务 / 具体措施), whose cells are no title's lines.
			head = false
		}
		if attachmentLine.MatchString(l.text) || l.pageTop && len(out) > 0 && endsSentence(out[len(out)-1].text) {
			// After a 附件 line, or at the top of a page after one that
			// ended a sentence: a rule republished whole after the
			// decision that amends it starts on a page of its own.
			head = true
		}
		if k := p.readingEnd(i); k > i {
			// A 解读's title over two or three lines, wherever it
			// stands: after the text of the notice it reads.
			out = append(out, joinReading(p.lines, i, k))
			i = k
			continue
		}
		if next, j := p.peek(i + 1); head && j >= 0 && organ.MatchString(l.text) && mastheadWord[next.text] {
			// A masthead printed over two lines (新疆维吾尔自治区人民政府
			// / 文件), as a double-spaced page prints its large type.
			out = append(out, joinLines(l, next))
			i = j
			continue
		}
		if !head || !titlePiece(l) || titleEnd.MatchString(l.text) && !p.nextIs(i+1, func(n line) bool { return statusNote.MatchString(n.text) }) && !p.titleGoesOn(i) {
			out = append(out, l)
			continue
		}
		joined, k := l, i
		for j, pieces := i+1, 1; j < len(p.lines) && pieces < maxPieces(l); j++ {
			if p.lines[j].blank() && j+1 < len(p.lines) && !p.lines[j-1].blank() && (!organ.MatchString(p.lines[j-1].text) || namesNoBody(p.lines[j+1].text)) {
				// A portal's page prints each line as a paragraph; but a
				// body's name set apart is no piece of the title under it,
				// unless that title names no body (关于印发…的通知): then
				// the name is its first words, the issuer's.
				continue
			}
			if !titlePiece(p.lines[j]) || organ.MatchString(l.text) && strings.HasPrefix(p.lines[j].text, l.text) {
				// …nor of a title that names it again (某县人民政府办公室 /
				// 某县人民政府办公室关于…): a page's line over the title.
				break
			}
			joined, pieces = joinPiece(joined, p.lines[j-1], p.lines[j]), pieces+1
			if next, n := p.peek(j + 1); titleEnd.MatchString(joined.text) && (n < 0 || !statusNote.MatchString(next.text)) {
				k = j
				break
			}
			if statusNote.MatchString(p.lines[j].text) {
				k = j // the note that ends a title over three lines: "(2018—2020年)"
				break
			}
		}
		if k == i {
			out = append(out, l)
			continue
		}
		out = append(out, joinLines(l, line{}))
		last := l // the last piece joined
		for j := i + 1; j <= k; j++ {
			if !p.lines[j].blank() {
				out[len(out)-1], last = joinPiece(out[len(out)-1], last, p.lines[j]), p.lines[j]
			}
		}
		i = k
	}
	p.lines = out
}

// joinPiece joins piece l of a title to joined, whose last piece was
// prev: with a space between two bodies' names, each printed on a line of
// its own over a joint title (海南省住房和城乡建设厅 / 海南省住房公积金管理局 /
// 关于…的通知), as the title is printed on one line, so that the bodies
// stay two (issuers.go); run together otherwise.
func joinPiece(joined, prev, l line) line {
	if bodyName.MatchString(prev.text) && bodyName.MatchString(l.text) {
		joined.raw = strings.TrimRightFunc(joined.raw, unicode.IsSpace) + " " + strings.TrimLeftFunc(l.raw, unicode.IsSpace)
		joined.text = strings.TrimSpace(joined.raw)
		return joined
	}
	return joinLines(joined, l)
}

// topicEnd is a word a title's first line may end with that names what
// the document is about, not its kind, though a standard or a list is a
// kind too: 北京市继续促进国四排放标准 / 老旧营运货车报废更新实施细则.
var topicEnd = regexp.MustCompile(`(?:标准|清单|制度|规则)$`)

// titleGoesOn reports whether line i, which ends as a title may (topicEnd),
// goes on on the line right under it: a piece of a title that ends as a
// title ends and names no body of its own.
func (p *parser) titleGoesOn(i int) bool {
	if i+1 >= len(p.lines) || !topicEnd.MatchString(p.lines[i].text) {
		return false
	}
	next := p.lines[i+1]
	return titlePiece(next) && titleEnd.MatchString(next.text) && !topicEnd.MatchString(next.text) && !organ.MatchString(next.text) &&
		utf8.RuneCountInString(p.lines[i].text+next.text) <= 40
}

// namesNoBody reports whether a title opens with 关于 or 印发, without the
// issuing body's name, which a document may print on the line above.
func namesNoBody(title string) bool {
	return strings.HasPrefix(title, "关于") || strings.HasPrefix(title, "印发")
}

// mastheadWord is the word a masthead ends with (masthead), which a page
// may print on a line of its own under the issuing body.
var mastheadWord = map[string]bool{"文件": true, "行政规范性文件": true}

// titlePiece reports whether l may be a piece of a title: short, not
// numbered, without the punctuation of running text or a date.
func titlePiece(l line) bool {
	if l.blank() || l.tabbed() || l.form || utf8.RuneCountInString(l.text) > 40 || strings.ContainsAny(l.text, "。，；：:;！？,") {
		return false
	}
	if _, ok := l.number(); ok {
		return false
	}
	return !l.signedAndDated() && !docNumber.MatchString(l.text) && !masthead.MatchString(l.text) &&
		!boxLine.MatchString(l.text) && !tableCaption.MatchString(l.text) && !standingHeading(l.text) &&
		!publicity.MatchString(l.text) && !attachmentLine.MatchString(l.text) && !ccLine.MatchString(l.text) && !printLine.MatchString(l.text)
}

// isTitle reports whether line j is the title of a document: short,
// unnumbered, unpunctuated. Inside a document (inner) it must also be
// followed, within a few lines, by a first part 一、, since only a new
// document restarts the numbering.
func (p *parser) isTitle(j int, inner bool) bool {
	l := p.lines[j]
	if isTOCHeading(l.text) {
		return false
	}
	if _, ok := l.number(); ok || l.tabbed() {
		return false
	}
	if utf8.RuneCountInString(l.text) > maxTitle(l.text) || strings.ContainsAny(l.text, "。，；：:;！？,") {
		return false
	}
	if boxLine.MatchString(l.text) || tableCaption.MatchString(l.text) || ccLine.MatchString(l.text) {
		return false
	}
	if inner && utf8.RuneCountInString(l.text) < 3 {
		return false // a document's title names at least its kind: 乙方案
	}
	if !inner {
		next, k := p.peek(j + 1)
		return k < 0 || !next.isDate()
	}
	for k, seen := j+1, 0; k < len(p.lines) && seen < 4; k++ {
		if p.lines[k].blank() {
			continue
		}
		seen++
		if num, ok := p.lines[k].number(); ok {
			// 一、 opens a plan; 第一章 or 第一条 a regulation, printed
			// whole after the decision that amends it.
			return num.ordinal == 1 && (num.kind == plan.KindPart || num.kind == plan.KindChapter || num.kind == plan.KindArticle)
		}
		if history.MatchString(p.lines[k].text) {
			continue
		}
		if !endsSentence(p.lines[k].text) {
			return false // a preamble is made of whole sentences
		}
	}
	return false
}

// history is the note under a regulation's title that says when it was
// made and amended: "(2011年8月26日省人民政府令第190号公布　根据…修正)".
var history = regexp.MustCompile(`^[（(][^（）()]*(?:公布|发布|修正|修订|通过)[^（）()]*[）)]$`)

// republished reports whether the document whose title is line j opens
// with the history of a regulation or with its first article: a
// regulation printed whole after the decision that amends it, an annex of
// that decision though no 附件 line marks it.
func (p *parser) republished(j int) bool {
	next, k := p.peek(j + 1)
	if k < 0 {
		return false
	}
	if history.MatchString(next.text) || p.namedRepublished(j) {
		return true
	}
	num, ok := next.number()
	return ok && num.ordinal == 1 && (num.kind == plan.KindChapter || num.kind == plan.KindArticle)
}

// namedRepublished reports whether the text before line j names line j's
// title as republished (《某市…暂行办法》…根据本决定作相应修改，重新公布):
// a rule printed whole after the decision, whatever it opens with (一、,
// a preamble).
func (p *parser) namedRepublished(j int) bool {
	quoted := "《" + p.lines[j].text + "》"
	for k := j - 1; k >= 0; k-- {
		if t := p.lines[k].text; strings.Contains(t, "重新公布") && strings.Contains(t, quoted) {
			return true
		}
	}
	return false
}

// maxPieces is how many lines a title starting with l may be printed over:
// three, or five under the issuing body's name on a line of its own (重庆市
// 人民政府 / 关于修改《…》和 / 《…》的决定: a decision naming the rules it
// amends, in large type).
func maxPieces(l line) int {
	if organ.MatchString(l.text) {
		return 5
	}
	return 3
}

// maxTitle is the longest a title may be: 60 characters, or 90 for one
// that names the documents it concerns in 《》 (a decision amending two
// rules, each named whole).
func maxTitle(s string) int {
	if strings.Count(s, "《") >= 2 {
		return 90
	}
	return 60
}
