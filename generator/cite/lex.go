package cite

// The words of a typed reference: fold brings a query to one spelling,
// tokens splits it into markers and numbers, and the numbers are read
// here whatever their script (Arabic, Chinese, Roman).

import (
	"strconv"
	"strings"
	"unicode"

	"plansite/generator/plan"
)

// number reads Arabic or Chinese digits; 0 when s is neither.
func number(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return chineseValue(s)
}

// fold lower-cases q, turns full-width forms into ASCII (（一） → (一),
// ２．１ → 2.1) and drops spaces, so that the patterns see one spelling;
// spaces between two numbers part them (Article 17 1).
func fold(q string) string {
	var b strings.Builder
	space := false
	var last rune
	for _, r := range q {
		if strings.ContainsRune(invisible, r) {
			continue
		}
		switch {
		case r >= '！' && r <= '～':
			r = r - '！' + '!'
		case r == '、' || r == '．' || r == '。':
			r = '.'
		case r == '，':
			r = ','
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && isDigit(last) && isDigit(r) {
			b.WriteRune('.')
		}
		space, last = false, r
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// invisible are the characters a copy from Word or a web page may hold
// that show nothing: zero-width spaces and joiners, a soft hyphen, a byte
// order mark. JavaScript's \s holds the last, Go's unicode.IsSpace none.
const invisible = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

// tokens splits markers and numbers into the levels of a key, or nil when
// something else is left.
func tokens(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		prefix := ""
		if r == 'Q' {
			out = append(out, "pre")
			i++
			continue
		}
		if r == 'I' {
			// A notice's 解读 has no number: what follows is a level
			// of its own (解读二, Interpretation, Part II).
			out = append(out, "i")
			i++
			continue
		}
		if p, ok := markerKeys[r]; ok {
			prefix = p
			if i++; r == 'A' && (i == len(rs) || !numeral(rs[i])) {
				out = append(out, "a") // 附件 without a number: the file's one
				continue
			}
			if i == len(rs) {
				return nil
			}
			r = rs[i]

		} else if strings.ContainsRune(".,():", r) {
			i++
			continue
		}
		var v int
		switch {
		case isDigit(r):
			j := span(rs, i, isDigit)
			v, _ = strconv.Atoi(string(rs[i:j]))
			i = j
		case isChineseDigit(r):
			j := span(rs, i, isChineseDigit)
			v = chineseValue(string(rs[i:j]))
			i = j
		case isRomanDigit(r):
			j := span(rs, i, isRomanDigit)
			v = romanValue(string(rs[i:j]))
			i = j
		}
		if v <= 0 {
			return nil
		}
		out = append(out, prefix+strconv.Itoa(v))
	}
	return out
}

const chineseDigits = "〇零一二三四五六七八九十百两"

func isChineseDigit(r rune) bool { return strings.ContainsRune(chineseDigits, r) }

func isRomanDigit(r rune) bool { return strings.ContainsRune("ivxlc", r) }

// span is the end of the run of runes from i on that in accepts.
func span(rs []rune, i int, in func(rune) bool) int {
	for i < len(rs) && in(rs[i]) {
		i++
	}
	return i
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// chineseValue reads 一 … 九百九十九 (一百零五, 一百一十二); 0 when s is
// not such a numeral.
func chineseValue(s string) int {
	if n, size := plan.ParseChineseNumeral(s); size == len(s) {
		return n
	}
	return 0
}

// romanValue reads a Roman numeral up to 399; 0 when s is not one.
func romanValue(s string) int {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || plan.Roman(total) != strings.ToUpper(s) {
		return 0
	}
	return total
}

// numeral reports whether r can start a number: an Arabic, Chinese or
// Roman digit.
func numeral(r rune) bool { return isDigit(r) || isChineseDigit(r) || isRomanDigit(r) }
