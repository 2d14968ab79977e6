package parse

import (
	"regexp"
	"strings"
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
		p.warn(lines[0], "took a law database's labels (【章名】, 【题注】 …) out of %d line(s): %s", len(lines), lineList(lines))
	}
}
