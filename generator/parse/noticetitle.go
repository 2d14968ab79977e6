package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// This file reads a notice's title where pages print it more than once:
// a page's heading over the printed title, the title printed again, its
// number run into it or bracketed after it.

// pageHeading takes out of the notice a portal page's or an export's
// heading that opens it and that the printed title repeats, with the
// issuer before it ("印发《…》的通知" over "安化县人民政府办公室印发《…》的
// 通知") or as it is (brackets full or half width aside): it is the page's,
// not the document's, and is kept in Dropped with a warning.
func (p *parser) pageHeading(root *plan.Node) {
	var titles []*plan.Node
	for _, c := range root.Children {
		if c.Kind == plan.KindTitle {
			titles = append(titles, c)
		}
	}
	if len(titles) < 2 || root.Children[0] != titles[0] {
		return
	}
	last := titles[len(titles)-1]
	for _, h := range titles[:len(titles)-1] {
		if !fuller(last.Text, h.Text) && !sameTitle(last.Text, revisionNote.ReplaceAllString(h.Text, "")) {
			return
		}
	}
	for _, h := range titles[:len(titles)-1] {
		root.Children = slices.DeleteFunc(root.Children, func(c *plan.Node) bool { return c == h })
		p.drop(h.Line, h.Text, "page heading")
		if sameTitle(revisionNote.ReplaceAllString(h.Text, ""), last.Text) {
			p.warn(h.Line, "took the heading %q out of the notice: the printed title under it is the same", h.Text)
			continue
		}
		p.warn(h.Line, "took the page's heading %q out of the notice: the printed title %q repeats it", h.Text, last.Text)
	}
	root.Line = root.Children[0].Line
}

// headingsOnly reports whether the notice so far holds titles only: a
// page's heading over the printed header.
func headingsOnly(root *plan.Node) bool {
	return !slices.ContainsFunc(root.Children, func(c *plan.Node) bool { return c.Kind != plan.KindTitle })
}

// printedAgain reports whether s is a title of the notice printed again
// (a page may print its heading, the issuer, then the title once more).
func printedAgain(root *plan.Node, s string) bool {
	for _, c := range root.Children {
		if c.Kind == plan.KindTitle && sameTitle(c.Text, s) {
			return true
		}
	}
	return false
}

// repeatsHeader reports whether s is a portal's repeat of the notice's
// title printed under the header: the page's heading, the number run into
// it, the book title marks and the spaces of the printed title's lines
// left out ("鞍立政发〔2023〕2号立山区人民政府关于印发立山区…方案的通知"
// under "立山区人民政府关于印发 《立山区…方案》的通知"); or the page's
// summary, the title and the text's first words cut off ("…的通知
// 各区(市)县政府(管委会…"). A title repeated alone is pageHeading's.
func repeatsHeader(root *plan.Node, s string) bool {
	for _, c := range root.Children {
		if c.Kind == plan.KindTitle && repeatsTitle(c.Text, s) {
			return true
		}
	}
	return false
}

// repeatsTitle reports whether s is one of repeatsHeader's repeats of
// title.
func repeatsTitle(title, s string) bool {
	if number := leadingNumber.FindString(s); number != "" {
		return sameTitle(bookMarks.Replace(title), bookMarks.Replace(s[len(number):]))
	}
	rest, ok := strings.CutPrefix(squeezeSpace(s), squeezeSpace(title))
	return ok && rest != "" && (strings.HasSuffix(rest, "…") || strings.HasSuffix(rest, "..."))
}

var (
	leadingNumber = regexp.MustCompile(`^` + issuerNumber)
	// trailingNumber is a notice's number a page prints in brackets after
	// its title (…的通知(岳办发〔2017〕2号)).
	trailingNumber = regexp.MustCompile(`\s*[（(]\s*(` + issuerNumber + `)\s*[）)]$`)
	bookMarks      = strings.NewReplacer("《", "", "》", "", "〈", "", "〉", "")
	// placeTag is the place a news site tags a notice's title with
	// (北京:关于印发…的通知).
	placeTag = regexp.MustCompile(`^\p{Han}{2,8}[:：]\s*`)
	// bracketedNumber is a notice's number in brackets run into the line
	// after it, as a law database joins them ((新政发〔1994〕103号)各州、
	// 市、县(市)人民政府:).
	bracketedNumber = regexp.MustCompile(`^[（(]\s*` + issuerNumber + `\s*[）)]`)
)

// titleNote is a note in brackets a notice prints under its title, dated:
// (2023年6月21日中共某市委常委会会议审议批准 2023年7月20日…发布).
var titleNote = regexp.MustCompile(`^[（(][^（）()]*\d{4}\s*年[^（）()]*[）)]$`)

// fuller reports whether title says all that short does and more before
// it: the issuer a page's heading leaves out.
func fuller(title, short string) bool {
	return len(title) > len(short) && strings.HasSuffix(squeezeSpace(title), squeezeSpace(short))
}

// revisionNote is the year of a revision a law database adds to a
// notice's title: "…的通知(2019修订)".
var revisionNote = regexp.MustCompile(`[（(]\d{4}年?(?:修订|修正)[）)]$`)

// draftNote is a draft's stage after its title: （征求意见稿）.
var draftNote = regexp.MustCompile(`[（(][^（()）。，\s]{0,10}?(?:征求意见稿|送审稿)[）)]$`)

// annexedNotice returns the 附件 line the file opens with and the index of
// the line after it, when that line is a notice's title (a draft notice
// sent for comment as the 附件 of a letter), or -1.
func (p *parser) annexedNotice() (line, int) {
	first, j := p.peek(p.i)
	if j < 0 || !attachmentLine.MatchString(first.text) {
		return line{}, -1
	}
	if title, k := p.peek(j + 1); k >= 0 && isNoticeTitle(title.text) {
		return first, k
	}
	return line{}, -1
}

// isNoticeTitle reports whether s is the title of a notice: 关于印发《…》的
// 通知, …的决定, …的批复.
func isNoticeTitle(s string) bool {
	s = trailingNumber.ReplaceAllString(s, "")
	s = draftNote.ReplaceAllString(s, "")
	return strings.HasSuffix(revisionNote.ReplaceAllString(s, ""), "通知") ||
		(strings.HasPrefix(s, "关于") || strings.HasSuffix(s, "的决定") || strings.HasSuffix(s, "的批复")) && utf8.RuneCountInString(s) < 80 && !strings.Contains(s, "。")
}

// decreeHeading is a page's heading of a rule's title with the decree
// that published it in brackets after it (某自治区某某管理办法（某自治区人民
// 政府令第156号）), over the decree's text.
var decreeHeading = regexp.MustCompile(`^(\S.{1,80}?)\s*[（(]\s*(\S{2,20}令\s*(?:[` + plan.NumberOpen + `]\s*\d{4}\s*[` + plan.NumberClose + `]\s*)?第\s*\d{1,4}\s*号)\s*[）)]$`)

// readDecreeHeading reads line l, a decreeHeading opening a notice that ends
// at line end, into root: the decree's number, and the rule's title,
// which is the page's heading, taken out, where the rule prints it again
// under the decree (within a few lines after end).
func (p *parser) readDecreeHeading(root *plan.Node, l line, end int) {
	m := decreeHeading.FindStringSubmatchIndex(l.text)
	title := l.text[m[2]:m[3]]
	again := false
	for j, seen := end+1, 0; j < len(p.lines) && seen < 3 && !again; j++ {
		if !p.lines[j].blank() {
			seen++
			again = sameTitle(p.lines[j].text, title)
		}
	}
	if again {
		p.drop(l.n, title, "page heading")
		p.warn(l.n, "took the page's heading %q out of the decree: the rule prints its title under it", title)
	} else {
		root.Children = append(root.Children, &plan.Node{Kind: plan.KindTitle, Text: title, Line: l.n, Parent: root})
	}
	root.Children = append(root.Children, &plan.Node{Kind: plan.KindNumber, Text: l.text[m[4]:m[5]], Line: l.n, Parent: root})
}
