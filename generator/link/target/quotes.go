package target

import (
	"strings"
	"unicode/utf8"
)

// What a plan quotes or brackets is a name or a reference, not its own
// words: a sentence does not end inside it, and its numbers are no
// commitments. Plans pair their quotation marks as they type them, not
// always as typography would: “管理办法" and "一网通办” are quotations too,
// and a mark left unclosed (a quotation cut by a line break, a stray “)
// quotes nothing, where counting it swallowed the rest of the paragraph's
// sentences and numbers.

// brackets pairs each opening bracket with its closing one.
var brackets = map[rune]rune{'（': '）', '(': ')', '《': '》', '〔': '〕', '‘': '’'}

// enclosed reports for each byte of s whether it lies inside a pair of
// the opening brackets given (and their closing ones) or a double
// quotation: “ opens one, ” closes it, and a straight " closes an open
// quotation whichever mark opened it, else opens one. A closing mark
// closes the nearest open mark of its kind, and the marks opened inside
// it with it; a mark left open at the end encloses nothing. The marks
// themselves are not inside. It is nil where s opens none (most
// sentences), which encloses nothing.
func enclosed(s, opening string) []bool {
	if !strings.ContainsAny(s, opening+`“"`) {
		return nil
	}
	type mark struct {
		at    int  // where the text inside begins
		quote bool // a double quotation, else a bracket
		close rune // a bracket's closing mark
	}
	var open []mark
	depth := make([]int32, len(s)+1) // +1 where an enclosed stretch begins, -1 where it ends
	closeAt := func(i int, ok func(mark) bool) bool {
		for k := len(open) - 1; k >= 0; k-- {
			if ok(open[k]) {
				depth[open[k].at]++
				depth[i]--
				open = open[:k]
				return true
			}
		}
		return false
	}
	isQuote := func(m mark) bool { return m.quote }
	for i, r := range s {
		next := i + utf8.RuneLen(r)
		switch {
		case r == '“':
			open = append(open, mark{at: next, quote: true})
		case r == '”':
			closeAt(i, isQuote)
		case r == '"':
			if !closeAt(i, isQuote) {
				open = append(open, mark{at: next, quote: true})
			}
		case strings.ContainsRune(opening, r):
			open = append(open, mark{at: next, close: brackets[r]})
		default:
			for _, m := range open {
				if !m.quote && m.close == r {
					closeAt(i, func(o mark) bool { return !o.quote && o.close == r })
					break
				}
			}
		}
	}
	in := make([]bool, len(s))
	var n int32
	for i := range s {
		n += depth[i]
		in[i] = n > 0
	}
	return in
}

// maskOpening are the brackets mask blanks out with quotations: a book
// title, a document number's year, a quotation within one. Round brackets
// stay: their notes bound a number (144平方米以下（不含144平方米）).
const maskOpening = "‘《〔"

// mask blanks out, byte for byte, what is quoted or bracketed as a name or
// reference: “…” ‘…’ 《…》 〔…〕 and "…" (enclosed). Numbers there
// ("“1530”", "《…2035年远景目标纲要》", "〔2022〕") are names, not
// commitments. The marks themselves stay.
func mask(s string) string {
	in := enclosed(s, maskOpening)
	if in == nil {
		return s
	}
	b := []byte(s)
	for i, r := range s {
		if in[i] && !strings.ContainsRune(`“”"’》〕`+maskOpening, r) {
			for k := i; k < i+utf8.RuneLen(r); k++ {
				b[k] = '_'
			}
		}
	}
	return string(b)
}
