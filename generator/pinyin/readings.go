// Package pinyin reads Chinese characters in Hanyu Pinyin without tones,
// each as it is read in its word: a polyphonic character takes the
// reading of the longest word of readings.txt it starts or continues
// (协调 xie tiao, 银行 yin hang, 长沙 chang sha), else its commonest
// (go-pinyin's first). Titles, document numbers (package cite) and the
// place names in departments' English names (package link/dept) read
// through it, so that one place is spelled one way everywhere.
package pinyin

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readingsTxt lists the words whose characters do not take their
// commonest reading (协调 xie tiao, 银行 yin hang, 重庆 chong qing).
//
//go:embed readings.txt
var readingsTxt string

// wordReadings is readings.txt: a word's syllables by the word, and the
// length in characters of the longest word.
var wordReadings, longestWord = mustReadings(readingsTxt)

func mustReadings(txt string) (map[string][]string, int) {
	words, longest, err := parseReadings(txt)
	if err != nil {
		// The file is part of the package, checked by its tests.
		panic("pinyin: readings.txt:" + err.Error())
	}
	return words, longest
}

// parseReadings reads the lines of readings.txt: a word of Chinese
// characters, then one toneless syllable a character; # starts a comment.
func parseReadings(txt string) (map[string][]string, int, error) {
	words := map[string][]string{}
	longest := 0
	for i, line := range strings.Split(txt, "\n") {
		line, _, _ = strings.Cut(line, "#")
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		word, syls := f[0], f[1:]
		n := utf8.RuneCountInString(word)
		switch {
		case strings.IndexFunc(word, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0:
			return nil, 0, fmt.Errorf("%d: %q is not a word of Chinese characters", i+1, word)
		case len(syls) != n:
			return nil, 0, fmt.Errorf("%d: %s has %d characters and %d syllables, want one syllable a character", i+1, word, n, len(syls))
		case words[word] != nil:
			return nil, 0, fmt.Errorf("%d: %s is listed twice", i+1, word)
		}
		for _, s := range syls {
			if strings.IndexFunc(s, func(r rune) bool { return (r < 'a' || r > 'z') && r != 'ü' }) >= 0 || strings.ContainsRune(s, 'v') {
				return nil, 0, fmt.Errorf("%d: %s: syllable %q is not toneless pinyin in small letters (ü as ü)", i+1, word, s)
			}
		}
		words[word] = syls
		longest = max(longest, n)
	}
	return words, longest, nil
}

// Readings returns the syllable of each of rs's characters, "" for one
// that is not Chinese: the reading of the longest word of readings.txt
// that starts at a character, or else the character's commonest one, with
// ü written ü (go-pinyin writes lv for 绿, lve for 略).
func Readings(rs []rune) []string {
	out := make([]string, len(rs))
	for i := 0; i < len(rs); {
		if !unicode.Is(unicode.Han, rs[i]) {
			i++
			continue
		}
		n := min(longestWord, len(rs)-i)
		for ; n > 0; n-- {
			if syls := wordReadings[string(rs[i:i+n])]; syls != nil {
				copy(out[i:], syls)
				break
			}
		}
		if n > 0 {
			i += n
			continue
		}
		out[i] = commonest(rs[i])
		i++
	}
	return out
}

// Word joins syllables into one word, as a place's name is written
// (长沙 → changsha), with the apostrophe that Hanyu Pinyin puts before a
// syllable beginning with a, o or e after another (西安 → xi'an, 东阿 →
// dong'e, 延安 → yan'an), where xian would read as one syllable.
func Word(syls []string) string {
	var b strings.Builder
	for i, s := range syls {
		if i > 0 && s != "" && strings.ContainsRune("aoe", rune(s[0])) && b.Len() > 0 {
			b.WriteByte('\'')
		}
		b.WriteString(s)
	}
	return b.String()
}
