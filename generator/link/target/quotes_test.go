package target

import (
	"strings"
	"testing"
)

// TestMaskAndSentencesQuotes: a quotation closed with a straight " (or
// opened with one and closed with ”) is a quotation, and a mark left
// unclosed quotes nothing: neither hides the sentences and numbers after
// it, as Baotou's “12345"政务热线 hid the paragraph's 综合一窗率达90%以上.
func TestMaskAndSentencesQuotes(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		masked     string // mask's result, _ for each byte blanked
		sentences  int
	}{
		{"typographic", "落实“1530”要求。覆盖率达90%。", "落实“" + blank("1530") + "”要求。覆盖率达90%。", 2},
		{"“ closed by \"", "提升“12345\"热线。覆盖率达90%。", "提升“" + blank("12345") + "\"热线。覆盖率达90%。", 2},
		{"\" closed by ”", "提升\"12345”热线。覆盖率达90%。", "提升\"" + blank("12345") + "”热线。覆盖率达90%。", 2},
		{"straight quotes", "提升\"12345\"热线。覆盖率达90%。", "提升\"" + blank("12345") + "\"热线。覆盖率达90%。", 2},
		{"a stray “", "推进“一网通办建设。覆盖率达90%。", "推进“一网通办建设。覆盖率达90%。", 2},
		{"a quoted sentence", "修改为：“每年1次。”覆盖率达90%。", "修改为：“" + blank("每年1次。") + "”覆盖率达90%。", 1},
		{"a book title in quotes", "落实“《规划（2021—2025年）》”要求。", "落实“《" + blank("规划（2021—2025年）") + "》”要求。", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if have := mask(tt.text); have != tt.masked {
				t.Errorf("mask: have %q, want %q", have, tt.masked)
			}
			if have := sentences(tt.text); len(have) != tt.sentences {
				t.Errorf("sentences: have %q, want %d", have, tt.sentences)
			}
		})
	}
}

// blank is s as mask blanks it.
func blank(s string) string { return strings.Repeat("_", len(s)) }
