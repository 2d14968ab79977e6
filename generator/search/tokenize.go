package search

import (
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"plansite/generator/plan"
)

// Tokenizer modes, one per index language.
const (
	ModeZh = "zh" // digits join gram runs: any substring of 2025年 or 55% is found
	ModeEn = "en" // digits form number tokens: 55%, 1000, 2.5
)

// StopWords are English words left out of every index and query (they still
// take a position, so phrases keep their shape). search-core.js has the same list.
var StopWords = []string{"a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
	"in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "with"}

var stopSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range StopWords {
		m[w] = true
	}
	return m
}()

type wordKind uint8

const (
	gramWord wordKind = iota
	latinWord
	numberWord
)

// word is one unit found by scan: a gram run, a Latin word or a number.
type word struct {
	kind wordKind
	text string // normalised: a gram run as is, a lower-case word, digits without ','
	pct  bool   // a number followed by %
	pos  int    // first position
	n    int    // positions taken: characters of a gram run, else 1
}

// normRune is plan.FoldRune: search folds characters as titles are
// compared.
func normRune(r rune) rune { return plan.FoldRune(r) }

// Normalize applies normRune to every character of s.
func Normalize(s string) string {
	return strings.Map(normRune, s)
}

// normRunes appends the characters of s, each through normRune, to rs:
// []rune(Normalize(s)) without the string between.
func normRunes(rs []rune, s string) []rune {
	for _, r := range s {
		rs = append(rs, normRune(r))
	}
	return rs
}

func isHan(r rune) bool {
	return r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x2FA1F || r == 0x3007
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 0xDF && r <= 0x24F && r != 0xF7
}

// scan cuts normalised runes into words, numbering positions from 0. It
// returns the words, appended to ws (a collect reuses its slice), and the
// number of positions they take.
func scan(ws []word, rs []rune, mode string) ([]word, int) {
	pos := 0
	n := len(rs)
	at := func(i int) rune {
		if i < 0 || i >= n {
			return 0
		}
		return rs[i]
	}
	gram := func(i int) bool {
		r := rs[i]
		if isHan(r) {
			return true
		}
		if mode != ModeZh {
			return false
		}
		return isDigit(r) || r == '%' || r == '.' && isDigit(at(i-1)) && isDigit(at(i+1))
	}
	for i := 0; i < n; {
		r := rs[i]
		switch {
		case gram(i):
			j := i + 1
			for j < n && gram(j) {
				j++
			}
			ws = append(ws, word{kind: gramWord, text: string(rs[i:j]), pos: pos, n: j - i})
			pos += j - i
			i = j
		case isLetter(r) || isDigit(r) && mode != ModeZh:
			var b strings.Builder
			letters := false
			j := i
			for ; j < n; j++ {
				c := rs[j]
				switch {
				case isLetter(c):
					letters = true
				case isDigit(c):
					if mode == ModeZh {
						goto done
					}
				case c == '\'' && isLetter(at(j-1)) && isLetter(at(j+1)):
				case (c == '.' || c == ',') && !letters && isDigit(at(j-1)) && isDigit(at(j+1)) && mode != ModeZh:
					if c == ',' {
						continue
					}
				default:
					goto done
				}
				b.WriteRune(c)
			}
		done:
			w := word{kind: latinWord, text: b.String(), pos: pos, n: 1}
			if !letters {
				w.kind = numberWord
				if at(j) == '%' {
					w.pct = true
					j++
				}
			}
			ws = append(ws, w)
			pos++
			i = j
		default:
			i++
		}
	}
	return ws, pos
}

// stem reduces a Latin word to its Snowball stem; words with digits or
// letters outside a–z are kept as they are.
func stem(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '\'' {
			return w
		}
	}
	return english.Stem(w, true)
}

// stems remembers the stems an Indexer made: a library repeats its words,
// and Snowball is slow. A nil stems remembers nothing.
type stems map[string]string

func (m stems) stem(w string) string {
	if m == nil {
		return stem(w)
	}
	s, ok := m[w]
	if !ok {
		s = stem(w)
		m[w] = s
	}
	return s
}

// printed is the word as a query writes it: a number with its %.
func (w word) printed() string {
	if w.pct {
		return w.text + "%"
	}
	return w.text
}

// stop reports whether a Latin word is left out of the index.
func (w word) stop() bool { return w.kind == latinWord && stopSet[w.text] }

// tokens calls emit for every index token of the word. countOnly marks
// one-character gram tokens, whose postings carry no positions, but for
// those a passage number is made of, found by its phrase (labelPhrase):
// a numeral or digit (三 of 按照三（二）) and a character standing alone
// (项 of 第（三）项).
func (w word) tokens(st stems, emit func(tok string, pos int, countOnly bool)) {
	switch w.kind {
	case gramWord:
		// Tokens are slices of the text: a build looks most of them up
		// and keeps none.
		s := w.text
		for i := 0; s != ""; i++ {
			r, n := utf8.DecodeRuneInString(s)
			emit(s[:n], w.pos+i, w.n > 1 && !numeral(r))
			if n < len(s) {
				_, m := utf8.DecodeRuneInString(s[n:])
				emit(s[:n+m], w.pos+i, false)
			}
			s = s[n:]
		}
	case latinWord:
		if !w.stop() {
			emit(st.stem(w.text), w.pos, false)
		}
	case numberWord:
		emit(w.text, w.pos, false)
		if w.pct {
			emit(w.text+"%", w.pos, false)
		}
	}
}

// numeral reports whether r is a digit or a Chinese numeral, of which
// passage numbers are made.
func numeral(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("〇一二三四五六七八九十百零两", r)
}

// Tokens returns the index tokens of s in the given mode, in order: what a
// query or a passage is made of. It is the reference for search-core.js.
func Tokens(s, mode string) []string {
	ws, _ := scan(nil, []rune(Normalize(s)), mode)
	var out []string
	for _, w := range ws {
		w.tokens(nil, func(t string, _ int, _ bool) { out = append(out, t) })
	}
	return out
}
