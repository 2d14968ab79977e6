package view

import (
	"math"
	"strconv"
	"strings"

	"plansite/generator/textfile"
)

// TargetWordsFile holds the words of the targets page.
const TargetWordsFile = StringsDir + "/targets.yaml"

// TargetWords are the words the targets page writes around a target's
// numbers (content/i18n/targets.yaml), so that editors change them
// without a Go change. Comparators, changes and kinds are given in every
// language; units, rates and ratios map the Chinese word package
// link/target reports to its English.
type TargetWords struct {
	Comparators map[string]map[string]string `yaml:"comparators"` // ≥ → lang → words
	Changes     map[string]map[string]string `yaml:"changes"`     // increase, decrease, no-decrease → lang → words
	Kinds       map[string]map[string]string `yaml:"kinds"`       // 约束性, 预期性 → lang → words
	Units       map[string]struct {
		One   string `yaml:"one"`
		Other string `yaml:"other"`
	} `yaml:"units"`
	Rates   map[string]string `yaml:"rates"`
	Ratios  map[string]string `yaml:"ratios"`
	Phrases map[string]string `yaml:"phrases"` // byYear, byEndOfYear, within, byDate, perRatio
}

// decodeTargetWords decodes content/i18n/targets.yaml, nil when it is
// missing (the page then shows the Chinese); a section or field the type
// lacks is an error at its line.
func decodeTargetWords(data []byte) (TargetWords, error) {
	var w TargetWords
	return w, textfile.Decode(TargetWordsFile, data, &w)
}

// unit is a unit in English for the number n, or "" where English has
// none.
func (w *TargetWords) unit(unit string, n float64) string {
	u := w.Units[unit]
	if n == 1 {
		return u.One
	}
	return u.Other
}

// measureWords are the Chinese measure words a count takes (1020处, 3所,
// 5名): English has no word for them, the indicator naming what is
// counted, so the number stands alone. Any other unit the words lack
// (万公里, 立方米/小时) is shown in Chinese rather than dropped: 6.2 is not
// 6.2万公里.
const measureWords = "个所名项处家座条套台支批张本人户位间辆件部种类场期门棵株只片栋幢块根把首篇份起例宗级节"

// englishUnit is a target's unit on an English page: its English, none
// for a measure word, else the Chinese (zh true).
func (w *TargetWords) englishUnit(unit string, n float64) (en string, zh bool) {
	if en = w.unit(unit, n); en != "" || unit == "" {
		return en, false
	}
	if r := []rune(unit); len(r) == 1 && strings.ContainsRune(measureWords, r[0]) {
		return "", false
	}
	return unit, true
}

// englishAmount is a target's value and unit on an English page, where
// a unit of 万 (ten thousand) or 亿 (a hundred million) multiplies a
// plain number, as English counts in thousands and millions: 20 亿元 is
// 2 billion yuan, 6.2 万公里 62,000 km, 100 万套 1 million (a measure
// word has no English), and 1000 1,000. A unit that is not so, or whose
// rest has no English, is englishUnit's, the value as printed.
func (w *TargetWords) englishAmount(value, unit string, n float64) (v, en string, zh bool) {
	x, err := strconv.ParseFloat(value, 64)
	for _, s := range []struct {
		zh string
		by float64
	}{{"万", 1e4}, {"亿", 1e8}} {
		rest, ok := strings.CutPrefix(unit, s.zh)
		if !ok || err != nil || x <= 0 {
			continue
		}
		if en, zh := w.englishUnit(rest, n*s.by); !zh {
			return bigNumber(x * s.by), en, false
		}
	}
	en, zh = w.englishUnit(unit, n)
	if err == nil && x >= 1000 && !zh && !strings.HasPrefix(value, "0") {
		// 1000元 as 10,000 yuan beside it is written: 1,000 yuan.
		return bigNumber(x), en, false
	}
	return value, en, zh
}

// bigNumber writes x in English: in millions or billions from a million
// ("2 billion", "5.5 million"), else with thousands separated
// ("62,000").
func bigNumber(x float64) string {
	for _, s := range []struct {
		word string
		of   float64
	}{{" billion", 1e9}, {" million", 1e6}} {
		if x >= s.of {
			return strconv.FormatFloat(math.Round(x/s.of*1000)/1000, 'f', -1, 64) + s.word
		}
	}
	d := strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64)
	whole, frac, _ := strings.Cut(d, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if frac != "" {
		return whole + "." + frac
	}
	return whole
}

// phrase is the phrase key with each {name} replaced by its value.
func (w *TargetWords) phrase(key string, kv ...string) string {
	s := w.Phrases[key]
	for i := 0; i+1 < len(kv); i += 2 {
		s = strings.ReplaceAll(s, "{"+kv[i]+"}", kv[i+1])
	}
	return s
}

// years is n years in English: "1 year", "3 years".
func (w *TargetWords) years(n int) string { return strconv.Itoa(n) + " " + w.unit("年", float64(n)) }
