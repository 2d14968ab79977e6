package dept

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/pinyin"
	"plansite/generator/plan"
)

// slugPlace is the government of a plan whose issuer names its level but
// no place (市促进房地产市场平稳健康发展领导小组办公室 signs without its city's
// name), where the plan's file name opens with a place in pinyin
// (nanjing-homeless-families-2021) and its text names that place (南京户籍,
// 在南京缴纳): the place at the issuer's level (南京市), a government the
// registry declares or one made of its name; else nil. The file name alone
// proves nothing, the text alone names many places: together they agree.
func (r *Registry) slugPlace(doc *plan.Document) *Government {
	word, _, _ := strings.Cut(doc.Slug, "-")
	level, _ := utf8.DecodeRuneInString(normalize(doc.Meta.Issuer))
	if len(word) < 4 || !strings.ContainsRune("省市县区", level) || Place(normalize(doc.Meta.Issuer)) != "" {
		return nil
	}
	name := ""
	doc.Walk(func(n *plan.Node) bool {
		if name == "" {
			name = namedPlace(n.Heading+"\n"+n.Text, word)
		}
		return name == ""
	})
	if name == "" {
		return nil
	}
	place := name + string(level)
	for _, g := range r.govList {
		if place == g.Name || g.Full != "" && strings.HasSuffix(g.Full, place) {
			return g
		}
	}
	g := placeGovernment([]string{place})
	g.Within = r.within([]string{place})
	return g
}

// namedPlace is the first run of two or three Chinese characters of text
// whose pinyin is word (南京 for nanjing), or "".
func namedPlace(text, word string) string {
	rs := []rune(text)
	for i := range rs {
		for n := 2; n <= 3 && i+n <= len(rs); n++ {
			run := rs[i : i+n]
			if !isHanRun(run) {
				break
			}
			if strings.Join(pinyin.Syllables(string(run)), "") == word {
				return string(run)
			}
		}
	}
	return ""
}

// isHanRun reports whether every rune of rs is a Chinese character.
func isHanRun(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
