package plan

import "strings"

// FoldRune is a character as text is compared, in titles and in search:
// full-width ASCII as ASCII (（ as (, ２ as 2), the ideographic space as a
// space, A–Z and À–Þ in lower case, curly apostrophes as '. The search
// client's normalize (templates/assets/search-core.js) is its twin.
func FoldRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == 0x3000:
		return ' '
	case r == 0x2018 || r == 0x2019 || r == 0x201B:
		return '\''
	}
	if r >= 'A' && r <= 'Z' || r >= 0xC0 && r <= 0xDE && r != 0xD7 {
		r += 32
	}
	return r
}

// titleFold drops, once FoldRune has folded widths and case, what a title
// prints differently from one mention or copy to the next: spaces, title
// brackets (a notice quotes its plan's title in 〈〉 or not at all) and
// quotes, whichever their form.
var titleFold = strings.NewReplacer(" ", "", "《", "", "》", "", "〈", "", "〉", "",
	"“", "", "”", "", "\"", "", "'", "", "「", "", "」", "")

// TitleKey is t as titles are compared, the one rule for every comparison
// of titles: references between plans (link/docref) and the search's
// go-to by a quoted title (search; search-index.js's titleKey, its twin
// in the client). Widths and case are folded (FoldRune); spaces, title
// brackets and quotes are dropped.
func TitleKey(t string) string {
	return titleFold.Replace(strings.Map(FoldRune, t))
}
