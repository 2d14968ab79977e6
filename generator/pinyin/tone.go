package pinyin

import (
	"strings"

	"github.com/mozillazg/go-pinyin"
)

// toneless is each tone-marked letter of go-pinyin's dictionary without
// its tone, ü (with or without one) written ü as Readings writes it. ǖ
// is not among them: go-pinyin's Normal style keeps it as it is.
var toneless = map[rune]string{
	'ā': "a", 'á': "a", 'ǎ': "a", 'à': "a",
	'ē': "e", 'é': "e", 'ě': "e", 'è': "e",
	'ō': "o", 'ó': "o", 'ǒ': "o", 'ò': "o",
	'ī': "i", 'í': "i", 'ǐ': "i", 'ì': "i",
	'ū': "u", 'ú': "u", 'ǔ': "u", 'ù': "u",
	'ü': "ü", 'ǘ': "ü", 'ǚ': "ü", 'ǜ': "ü", 'v': "ü",
	'ń': "n", 'ň': "n", 'ǹ': "n", 'ḿ': "m",
}

// commonest is r's commonest reading without its tone, ü written ü, ""
// for a character go-pinyin does not read: what go-pinyin's SinglePinyin
// gives in its Normal style (its dictionary's first reading, each tone
// mark taken off) with v written ü, read from the dictionary directly,
// since SinglePinyin takes the marks off with a regular expression per
// character (most of what a department's place name cost in pinyin).
func commonest(r rune) string {
	v, ok := pinyin.PinyinDict[int(r)]
	if !ok {
		return ""
	}
	if i := strings.IndexByte(v, ','); i >= 0 {
		v = v[:i]
	}
	var b strings.Builder
	b.Grow(len(v))
	for _, c := range v {
		if s, ok := toneless[c]; ok {
			b.WriteString(s)
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}
