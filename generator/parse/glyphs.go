package parse

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// A PDF set in some Chinese fonts maps its punctuation to the code points
// of the font's GB2312 codes, so that a text extraction prints ꎬ (U+A3AC)
// for the ， whose GB2312 code is A3AC, ꎮ for the full stop (．, drawn
// and read as 。), ꎻ for ；: Yi syllables in a Chinese text. Only the
// first three rows of GB2312 (symbols, numerals, full-width ASCII,
// U+A1A1–U+A3FE) are read so, and only where every Yi syllable of the
// file is one of them: a text in the Yi script has others.

// fontGlyph reports whether r is a code point of GB2312's first three rows
// taken as a character.
func fontGlyph(r rune) bool {
	return r >= 0xA1A1 && r <= 0xA3FE && r&0xFF >= 0xA1 && r&0xFF != 0xFF
}

// yi reports whether r is a Yi syllable.
func yi(r rune) bool { return r >= 0xA000 && r <= 0xA48F }

// FontGlyphs writes the GB2312 punctuation a file's font glyphs stand for
// (ꎬ → ，), and reports how many it wrote; s is returned as it is where it
// holds none, or a Yi syllable that is no such glyph.
func FontGlyphs(s string) (string, int) {
	if !strings.ContainsFunc(s, yi) || strings.ContainsFunc(s, func(r rune) bool { return yi(r) && !fontGlyph(r) }) {
		return s, 0
	}
	dec := simplifiedchinese.GB18030.NewDecoder()
	n := 0
	out := strings.Map(func(r rune) rune {
		if !fontGlyph(r) {
			return r
		}
		if r == 0xA3AE {
			// The full-width full stop of the fonts' ASCII row is the
			// sentence's end they draw: 。, not ．.
			n++
			return '。'
		}
		g, err := dec.Bytes([]byte{byte(r >> 8), byte(r)})
		if c, size := utf8.DecodeRune(g); err != nil || size != len(g) || c == utf8.RuneError {
			return r
		} else {
			n++
			return c
		}
	}, s)
	return out, n
}

// fontGlyphs is FontGlyphs in the decoding of a file, with a warning
// naming the line of the first glyph.
func (d *decoder) fontGlyphs(s string) string {
	out, n := FontGlyphs(s)
	if n > 0 {
		line := strings.Count(s[:strings.IndexFunc(s, fontGlyph)], "\n") + 1
		d.warn(line, "read %d character(s) a PDF's font printed as Yi syllables (ꎬ, ꎮ) as the punctuation of their GB2312 codes (，。): compare with the original", n)
	}
	return out
}
