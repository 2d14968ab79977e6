package translate

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// Progress is how far the translation of one plan has come: units by
// where they stand, and the same weighed by the Chinese characters they
// translate, since a heading is quicker work than a page of text.
type Progress struct {
	Slug       string `json:"slug"`
	Lang       string `json:"lang"`
	Units      int    `json:"units"`      // nodes that need a unit
	Translated int    `json:"translated"` // current or unstamped: the English says what the Chinese says
	Stale      int    `json:"stale"`      // English of Chinese that has changed
	Missing    int    `json:"missing"`
	Unstamped  int    `json:"unstamped"` // of Translated, those without a fingerprint
	Chars      int    `json:"chars"`     // Chinese characters of every needed unit
	// TranslatedChars and StaleChars are the Chinese characters of the
	// translated and stale units.
	TranslatedChars int `json:"translatedChars"`
	StaleChars      int `json:"staleChars"`
}

// count adds a unit in state s (not NotNeeded) whose Chinese has c
// characters.
func (p *Progress) count(s State, c int) {
	p.Units++
	p.Chars += c
	switch s {
	case Current:
		p.Translated++
		p.TranslatedChars += c
	case Unstamped:
		p.Translated++
		p.Unstamped++
		p.TranslatedChars += c
	case Stale:
		p.Stale++
		p.StaleChars += c
	default:
		p.Missing++
	}
}

// Share is the part of the Chinese, by characters, that has a current
// translation, from 0 to 1; a plan with nothing to translate has all.
func (p Progress) Share() float64 {
	if p.Chars == 0 {
		return 1
	}
	return float64(p.TranslatedChars) / float64(p.Chars)
}

// Percent is Share in whole percent, rounded down so that a plan shows
// 100 only when it is complete.
func (p Progress) Percent() int {
	if p.Chars == 0 {
		return 100
	}
	return p.TranslatedChars * 100 / p.Chars
}

// Complete reports whether every unit is translated and none is stale.
func (p Progress) Complete() bool { return p.Missing == 0 && p.Stale == 0 }

// ChineseChars counts the characters a translator reads in node n: the
// weight of its unit in the share of a plan translated.
func ChineseChars(n *plan.Node) int {
	return utf8.RuneCountInString(strings.Join(chinese(n), ""))
}
