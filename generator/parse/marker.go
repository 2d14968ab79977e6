package parse

import (
	"regexp"
	"slices"
	"strings"

	"plansite/generator/pos"
)

// lawMarker is the label a law database prints before a line to say what
// it is (【章名】 第一章 总则, 【题注】 (…通过), 【节名】, 【条文】): the
// database's markup, not the law's text.
var lawMarker = regexp.MustCompile(`^【(?:章名|节名|编名|题注|条文|款|项|法规标题|标题|正文)】\s*`)

// lawMarkers takes a law database's line labels out of the text, with one
// warning naming the lines, so that 【章名】 第一章 总则 is read as the
// chapter it marks. The labels are kept in Dropped.
func (p *parser) lawMarkers() {
	var lines []int
	for i := range p.lines {
		l := &p.lines[i]
		m := lawMarker.FindString(l.text)
		if m == "" {
			continue
		}
		p.drop(l.n, strings.TrimSpace(m), "law database label")
		lines = append(lines, l.n)
		at := strings.Index(l.raw, m)
		l.raw = l.raw[:at] + l.raw[at+len(m):]
		l.text = strings.TrimSpace(l.raw)
	}
	if len(lines) > 0 {
		p.warn(lines[0], "took a law database's labels (【章名】, 【题注】 …) out of %d line(s): %s", len(lines), pos.Lines(lines))
	}
}

// readingTag is the tag a portal prints before or after a document's title
// to say the page is, or links to, a reading of it (【文字解读】, 【图片
// 解读】, 【政策解读】, 【图解】, [一图读懂]): the page's, not the title's.
var readingTag = regexp.MustCompile(`^[【\[［]\s*\p{Han}{0,6}(?:解读|图解|读懂)\s*[】\]］]\s*|\s*[【\[［]\s*\p{Han}{0,6}(?:解读|图解|读懂)\s*[】\]］]$`)

// headLines is how many non-blank lines from the top readingTags reads:
// a portal's block, the page's heading and the title printed again.
const headLines = 30

// readingTags takes the reading tags a portal puts on the lines of a
// document's head out of them, a tag alone on its line with it, with one
// warning naming the lines; the tags are kept in Dropped. Further down, a
// tagged line is a link to a reading, and stays as printed.
func (p *parser) readingTags() {
	var lines []int
	var tags []string
	for i, seen := 0, 0; i < len(p.lines) && seen < headLines; i++ {
		l := &p.lines[i]
		if l.blank() {
			continue
		}
		seen++
		loc := readingTag.FindStringIndex(l.raw)
		if loc == nil {
			continue
		}
		tag := strings.TrimSpace(l.raw[loc[0]:loc[1]])
		p.drop(l.n, tag, "reading tag")
		lines = append(lines, l.n)
		if !slices.Contains(tags, tag) {
			tags = append(tags, tag)
		}
		l.raw = l.raw[:loc[0]] + l.raw[loc[1]:]
		l.text = strings.TrimSpace(l.raw)
	}
	if len(lines) > 0 {
		p.warn(lines[0], "took the portal's reading tag(s) %s out of the document's head on line(s) %s", strings.Join(tags, " "), pos.Lines(lines))
	}
}
