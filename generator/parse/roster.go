package parse

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// The list of a document's annexes after its text (附件：1.… / 2.…, 附表
// :1.…) speaks of the whole document: its first line is the closing
// paragraph that opens it (rosterLine), its further entries are read here.

// rosterEntries reads the further entries of a 附件 list after its first
// line ("2.西城区2020年初中入学工作时间安排表"): numbered lines that are
// names, not sentences. They are entries of the list, not items of the
// text.
//
// A name too long for its line goes on under it, at the entries' margin or
// past it ("2.…资格承诺和" / "授权书", "3.…申报公示" / "模板"): a few
// characters that are no entry and no sentence, after an entry that does
// not end as a name does, are the rest of that entry.
func (p *parser) rosterEntries() []*plan.Node {
	var out []*plan.Node
	var last line
	for {
		l, j := p.peek(p.i + 1)
		if j < 0 {
			return out
		}
		if num, ok := l.number(); ok && num.rank >= rankItem && !endsSentence(l.text) && !p.closing(j) {
			out = append(out, &plan.Node{Kind: plan.KindParagraph, Text: l.text, Line: l.n})
			last, p.i = l, j
			continue
		}
		if len(out) == 0 || !entryWrap(last, l) || p.closing(j) {
			return out
		}
		k := len(out) - 1
		last = joinLines(last, l)
		out[k].Text = last.text
		p.i = j
	}
}

// entryWrap reports whether l is the rest of the roster entry entry: a few
// characters, not a sentence, not numbered, set no left of the entry's
// margin, after an entry that does not end as a document's name does
// (…表, …书, …册).
func entryWrap(entry, l line) bool {
	if _, numbered := l.number(); numbered || utf8.RuneCountInString(l.text) > 10 || endsSentence(l.text) || indent(l.raw) < indent(entry.raw) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(entry.text)
	return !strings.ContainsRune("表书册单录告则法案见知划明图", r)
}
