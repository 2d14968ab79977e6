package site

import (
	"strings"
	"unicode"

	"golang.org/x/text/collate"

	"plansite/generator/pinyin"
	"plansite/generator/view"
)

// nameOrder orders the library's names (its plans' titles, its filters'
// issuers and topics) in lang. Chinese names go by how package pinyin
// reads them, each polyphone as it is read in its word (重庆 chong qing,
// 沈阳 shen yang), where the collator reads it by one reading everywhere
// (重 zhong, 沈 chen): 重庆市人民政府 came after 中华人民共和国国务院 and the
// Shenyang bureaus between Changzhou and Dazhou. The collator settles the
// rest.
//
// Each name is read once per order: a sort compares a name many times,
// and reading it was a tenth of a library's reload in the preview. The
// order is for one goroutine, as a sort is.
func nameOrder(lang string, col *collate.Collator) func(x, y string) int {
	keys := map[string]string{}
	key := func(s string) string {
		k, ok := keys[s]
		if !ok {
			k = readingKey(s)
			keys[s] = k
		}
		return k
	}
	return func(x, y string) int {
		if lang == view.SourceLang {
			if c := strings.Compare(key(x), key(y)); c != 0 {
				return c
			}
		}
		return col.CompareString(x, y)
	}
}

// readingKey is s with each Chinese character written as its reading and a
// space, other characters lower case: 重庆市 is "chong qing shi ".
func readingKey(s string) string {
	rs := []rune(s)
	syls := pinyin.Readings(rs)
	var b strings.Builder
	for i, r := range rs {
		if syls[i] != "" {
			b.WriteString(syls[i])
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
