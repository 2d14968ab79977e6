package parse

import (
	"regexp"
	"strings"

	"plansite/generator/plan"
)

// A notice's 解读 (its interpretation: why and how, by the office that
// applies it) is printed in some files after the notice, on pages of its
// own, under its own title (关于调整部分住房公积金贷款提取规定的解读) and
// with numbered points of its own (一、关于调整最高贷款额度). It is no part
// of the notice's text and no 附件 the notice lists: the notice is the
// file's document, and the 解读 follows it as an annex of its own, labelled
// by its title, with a warning, so that its text is neither lost nor read
// as the notice's last part.

// readingTitle is the title of a 解读: 关于…的解读, 《…》政策解读.
var readingTitle = regexp.MustCompile(`^(?:关于|对|《)[^。，；：:;！？,]{4,70}(?:的|政策)解读$`)

// maxReadingPieces is how many printed lines a 解读's title may run over.
const maxReadingPieces = 3

// readingEnd returns the last line of a 解读's title that starts at line
// i, printed over up to three short lines (关于阶段性实施部分住房公积金 /
// 提取政策的解读), or -1 when no such title starts there.
func (p *parser) readingEnd(i int) int {
	if !strings.HasPrefix(p.lines[i].text, "关于") && !strings.HasPrefix(p.lines[i].text, "对") && !strings.HasPrefix(p.lines[i].text, "《") {
		return -1
	}
	text := ""
	for j := i; j < len(p.lines) && j < i+maxReadingPieces; j++ {
		if !titlePiece(p.lines[j]) && !readingTitle.MatchString(p.lines[j].text) {
			return -1
		}
		text += p.lines[j].text
		if readingTitle.MatchString(text) {
			return j
		}
	}
	return -1
}

// joinReading joins the lines of the 解读 title from line i to line k into
// one.
func joinReading(lines []line, i, k int) line {
	joined := lines[i]
	for j := i + 1; j <= k; j++ {
		joined = joinLines(joined, lines[j])
	}
	return joined
}

// readingAt reports whether line i opens the 解读 of b, the document read
// up to it, which must have some text already (numbered nodes, or
// paragraphs under its title): a document's first line is never the next
// one's title, so the document that starts at this line does not stop at
// it again, for ever.
func (p *parser) readingAt(i int, b *body) bool {
	if len(b.nodes) == 0 && len(b.title.Children) == 0 {
		return false
	}
	return readingTitle.MatchString(p.lines[i].text)
}

// isReading reports whether a document's title is a 解读's.
func isReading(b *body) bool {
	return b.num == "" && readingTitle.MatchString(b.title.Heading)
}

// warnReading names a 解读 kept as an annex after the notice.
func (p *parser) warnReading(att *plan.Node) {
	p.warn(att.Line, "the file goes on after its document with %q, an interpretation (解读) of it, not its text: kept after it as an annex of its own", att.Heading)
}
