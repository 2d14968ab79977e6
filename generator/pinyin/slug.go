package pinyin

import (
	"strings"
	"unicode"
)

// Syllables turns Chinese characters into toneless pinyin syllables, each
// read as in its word (Readings: 重庆 chong qing, 银行 yin hang, as the
// English names read them), ü written v so that a slug stays ASCII (绿
// lv), and keeps runs of ASCII letters and digits as words, in small
// letters; everything else separates words.
func Syllables(s string) []string {
	rs := []rune(s)
	readings := Readings(rs)
	var words []string
	var ascii strings.Builder
	flush := func() {
		if ascii.Len() > 0 {
			words = append(words, ascii.String())
			ascii.Reset()
		}
	}
	for i, r := range rs {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			ascii.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Han, r):
			flush()
			if readings[i] != "" {
				words = append(words, strings.ReplaceAll(readings[i], "ü", "v"))
			}
		default:
			flush()
		}
	}
	flush()
	return words
}

// Slug makes an ASCII slug of a name: its Syllables joined by hyphens
// (区教体局 → qu-jiao-ti-ju, Plan_A → plan-a), never percent-encoded; ""
// for a name with no letter, digit or Chinese character.
func Slug(name string) string { return strings.Join(Syllables(name), "-") }
