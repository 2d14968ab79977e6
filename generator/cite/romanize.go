package cite

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/pinyin"
	"plansite/generator/plan"
)

// Romanize writes Chinese text in Hanyu Pinyin without tones, where a page
// in another language cannot mark the Chinese it quotes (a <title>, an
// og:title) and has no translation: the way library catalogues romanize
// titles (ALA-LC), one word a syllable, a leading place name joined and
// capitalized with its level apart when title is set (for titles and
// names; a heading's 加强区域 is no place) —
//
//	浙江省城市内涝治理“十四五”规划 → Zhejiang Sheng cheng shi nei lao zhi li "shi si wu" gui hua
//
// Text that is not Chinese is kept; Chinese punctuation becomes its
// English counterpart. A polyphonic character takes the reading of the
// word it is in where pinyin's readings.txt lists the word (协调 xie tiao, 银行 yin
// hang, 重庆 Chongqing), else its commonest; ü is written ü (绿色 lü se).
func Romanize(s string, title bool) string {
	if !plan.HasHan(s) {
		return s
	}
	rs := []rune(strings.TrimSpace(s))
	syl := pinyin.Readings(rs)
	var b strings.Builder
	glue := true // the next word follows without a space: at the start, after an opening mark
	word := func(w string) {
		if w == "" {
			return
		}
		if !glue && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		glue = false
	}
	open := func(mark string) {
		word(mark)
		glue = true
	}
	place := func(i int) int {
		// A place name where a title or name starts (北京市西城区 → Beijing
		// Shi Xicheng Qu), not inside one (2020年全省, “三地一区”).
		if !title || i > 0 && !unicode.IsSpace(rs[i-1]) {
			return 0
		}
		n := 0
		for {
			l := placeLen(rs[i+n:])
			if l == 0 {
				return n
			}
			word(Capital(pinyin.Word(syl[i+n : i+n+l-1])))
			word(Capital(syl[i+n+l-1]))
			n += l
		}
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case unicode.Is(unicode.Han, r):
			if n := place(i); n > 0 {
				i += n - 1
				continue
			}
			if i > 0 && unicode.IsSpace(rs[i-1]) && title {
				// A name or title after a label starts with a capital.
				word(Capital(syl[i]))
				continue
			}
			word(syl[i])
		case r == '“' || r == '《' || r == '"' && strings.Count(b.String(), `"`)%2 == 0:
			// An opening mark joins the next word, a closing one the last.
			open(`"`)
		case r == '”' || r == '》' || r == '"':
			b.WriteByte('"')
		default:
			if p, ok := cjkPunct[r]; ok {
				r = p
			}
			switch {
			case unicode.IsSpace(r):
				if !glue && !strings.HasSuffix(b.String(), " ") {
					b.WriteByte(' ')
				}
			case strings.ContainsRune(`,.;:!?)]`, r):
				b.WriteRune(r)
			case r == '(' || r == '[':
				open(string(r))
			default:
				// Letters and digits: a word of their own, or the rest of one.
				last, _ := utf8.DecodeLastRuneInString(b.String())
				if !glue && (unicode.IsLetter(last) && last < unicode.MaxASCII || unicode.IsDigit(last) || last == '-' && unicode.IsDigit(r) || r == '-') && !unicode.Is(unicode.Han, rs[i-1]) {
					b.WriteRune(r)
				} else {
					word(string(r))
				}
			}
		}
	}
	return Capital(b.String())
}

// cjkPunct maps full-width and Chinese punctuation to ASCII.
var cjkPunct = map[rune]rune{
	'，': ',', '、': ',', '。': '.', '；': ';', '：': ':', '！': '!', '？': '?',
	'（': '(', '）': ')', '〔': '[', '〕': ']', '【': '[', '】': ']', '［': '[', '］': ']',
	'—': '-', '－': '-', '　': ' ',
}

// placeLen is the length of the place name (2–3 characters and its level:
// 省, 市, 县, 区, 州) that rs starts with, or 0.
func placeLen(rs []rune) int {
	for n := 3; n <= 4 && n <= len(rs); n++ {
		if strings.ContainsRune("省市县区州", rs[n-1]) {
			if slices.ContainsFunc(rs[:n], func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
				return 0
			}
			return n
		}
	}
	return 0
}

// Capital is s with its first letter in capitals, when s starts with a
// letter (or a quotation mark or bracket before one).
func Capital(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
		}
		if !strings.ContainsRune(`"([`, r) {
			break
		}
	}
	return s
}
