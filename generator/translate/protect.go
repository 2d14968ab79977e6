package translate

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/cite"
	"plansite/generator/plan"
	"plansite/generator/xliff"
)

// What an export protects with inline codes, so that a translator's tool
// keeps it as it is.
var (
	// docNumberText is a document number inside running text: issuer code,
	// year in brackets, serial, 号.
	docNumberText = regexp.MustCompile(`\p{Han}{1,12}\s*[` + plan.NumberOpen + `]\s*(?:19|20)\d\d\s*[` + plan.NumberClose + `]\s*第?\s*\d+\s*号`)
	// eIDRef is an eId written out (a link in a translation, a reference).
	eIDRef = regexp.MustCompile(`\b(?:notice|preamble|conclusions|part|table|proj|att)(?:_[0-9]+)?(?:__[a-z]+(?:_[0-9a-z]+)*)*\b`)
	// numberUnit is an Arabic number with the unit or letters glued to it
	// (55%, 90％, 3.5km, 5G, IPv6); Chinese units (年, 所, 个) are words to
	// translate and stay outside the code.
	numberUnit = regexp.MustCompile(`[A-Za-z]*[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:%|％|‰|℃|°C|[A-Za-z²³]+[0-9]*)?`)
)

// protectKinds name the codes: pls:docnum, pls:eid, pls:number.
const (
	subDocNum = "pls:docnum"
	subEID    = "pls:eid"
	subNumber = "pls:number"
)

// span is a protected stretch of a source text, in bytes.
type span struct {
	start, end int
	sub        string
}

// protectedSpans finds what must not change in Chinese text, earliest
// first, without overlaps: document numbers before eIds before numbers.
func protectedSpans(s string) []span {
	var out []span
	taken := func(a, b int) bool {
		return slices.ContainsFunc(out, func(sp span) bool { return a < sp.end && sp.start < b })
	}
	for _, m := range docNumberText.FindAllStringIndex(s, -1) {
		out = append(out, span{issuerStart(s, m[0], m[1]), m[1], subDocNum})
	}
	for _, m := range eIDRef.FindAllStringIndex(s, -1) {
		if !taken(m[0], m[1]) && strings.Contains(s[m[0]:m[1]], "_") {
			out = append(out, span{m[0], m[1], subEID})
		}
	}
	for _, m := range numberUnit.FindAllStringIndex(s, -1) {
		if taken(m[0], m[1]) || scaledNumber(s[m[1]:]) || !boundary(s, m[0], m[1]) {
			continue
		}
		out = append(out, span{m[0], m[1], subNumber})
	}
	slices.SortFunc(out, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	return out
}

// issuerWords are words that come before a document number in running
// text and are not part of its issuer code (根据川政发〔2022〕10号).
var issuerWords = []string{"根据", "依据", "按照", "参照", "对照", "落实", "贯彻", "印发", "转发", "执行", "见", "据", "依", "按", "和", "与", "及", "或", "的", "即", "以", "文"}

// issuerStart is where the document number matched at s[a:b] starts: its
// issuer code is at most five characters, without the words before it.
func issuerStart(s string, a, b int) int {
	open := strings.IndexAny(s[a:b], strings.ReplaceAll(plan.NumberOpen, `\`, "")) + a
	start := open
	for n := 0; n < 5 && start > a; n++ {
		_, size := utf8.DecodeLastRuneInString(s[a:start])
		start -= size
	}
	for changed := true; changed; {
		changed = false
		for _, w := range issuerWords {
			if strings.HasPrefix(s[start:open], w) && len(s[start:open]) > len(w)+3 {
				start += len(w)
				changed = true
			}
		}
	}
	return start
}

// scaledNumber reports whether the text after a number scales it (1.2万,
// 3亿): the English number differs, so it must not be protected.
func scaledNumber(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("十百千万亿", r)
}

// boundary reports whether s[a:b] is not glued to Latin letters or digits
// on either side (a number inside a word is not a quantity).
func boundary(s string, a, b int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:a])
	after, _ := utf8.DecodeRuneInString(s[b:])
	return !wordRune(before) && !wordRune(after)
}

// wordRune reports whether r is an ASCII letter, digit or underscore.
func wordRune(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
}

// codes numbers the inline codes of one unit: ids are unique within it.
type codes struct{ data []xliff.Data }

// source turns Chinese text into inline content, each protected span a
// placeholder whose data is the Chinese and whose equiv is what the
// English writes (the same, or a document number romanized).
func (cs *codes) source(s string) xliff.Content {
	var c xliff.Content
	last := 0
	for _, sp := range protectedSpans(s) {
		if sp.start > last {
			c = append(c, xliff.Inline{Text: s[last:sp.start]})
		}
		orig := s[sp.start:sp.end]
		equiv := orig
		if sp.sub == subDocNum {
			equiv = cite.RomanizeNumber(orig)
		}
		id := strconv.Itoa(len(cs.data) + 1)
		cs.data = append(cs.data, xliff.Data{ID: "d" + id, Text: orig})
		c = append(c, xliff.Inline{Code: &xliff.Code{ID: id, DataRef: "d" + id, Equiv: equiv, Disp: orig, SubType: sp.sub}})
		last = sp.end
	}
	if last < len(s) {
		c = append(c, xliff.Inline{Text: s[last:]})
	}
	return c
}

// target turns English Markdown into inline content, using the source's
// codes where the English has their text as it stands (a number, a
// romanized document number), each code once: reading the target back
// gives the same Markdown.
func (cs *codes) target(s string, src xliff.Content) xliff.Content {
	var avail []*xliff.Code
	for _, in := range src {
		if in.Code != nil && in.Code.Equiv != "" {
			avail = append(avail, in.Code)
		}
	}
	var c xliff.Content
	rest := s
	for rest != "" {
		best, at := -1, len(rest)
		for i, k := range avail {
			if k == nil {
				continue
			}
			for off := 0; off < len(rest); {
				j := strings.Index(rest[off:], k.Equiv)
				if j < 0 {
					break
				}
				j += off
				if boundary(rest, j, j+len(k.Equiv)) {
					if j < at {
						best, at = i, j
					}
					break
				}
				off = j + 1
			}
		}
		if best < 0 {
			c = append(c, xliff.Inline{Text: rest})
			break
		}
		if at > 0 {
			c = append(c, xliff.Inline{Text: rest[:at]})
		}
		k := avail[best]
		c = append(c, xliff.Inline{Code: k})
		rest = rest[at+len(k.Equiv):]
		avail[best] = nil
	}
	return c
}
