package view

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/link/target"
	"plansite/generator/pos"
)

// wordsFS is a frozen targets.yaml with words unlike the live file's, so
// that the test shows the page takes its words from the file.
var wordsFS = fstest.MapFS{TargetWordsFile: {Data: []byte(`
comparators:
  "≥": {zh: 不低于, en: no less than}
changes:
  decrease: {zh: 降低, en: cut}
kinds:
  约束性: {zh: 约束性, en: mandatory}
  预期性: {zh: 预期性, en: indicative}
units:
  个百分点: {one: point, other: points}
  年: {one: yr, other: yrs}
rates:
  每年: each year
ratios:
  幼儿园: nurseries
phrases:
  byYear: before {year}
  byEndOfYear: before the end of {year}
  within: inside {years}
  byDate: before {date}
  perRatio: for every {n} {things}
`)}}

func TestTargetWords(t *testing.T) {
	w, err := targetWords(wordsFS)
	if err != nil {
		t.Fatal(err)
	}
	const long = "2 January 2006" // en.yaml's dateLong
	for _, c := range []struct{ name, have, want string }{
		{"comparator", w.Comparators["≥"]["en"], "no less than"},
		{"unit, one", w.unit("个百分点", 1), "point"},
		{"unit, more", w.unit("个百分点", 2.5), "points"},
		{"unit none", w.unit("所", 3), ""},
		{"deadline year", englishDeadline(&w, "2025", long), "before 2025"},
		{"deadline end of year", englishDeadline(&w, "2025-12-31", long), "before the end of 2025"},
		{"deadline date", englishDeadline(&w, "2025-06-30", long), "before 30 June 2025"}, // as the page prints dates
		{"deadline within", englishDeadline(&w, "P3Y", long), "inside 3 yrs"},
		{"deadline within one", englishDeadline(&w, "P1Y", long), "inside 1 yr"},
		{"kind", indicatorNote(&w, "90", "约束性", "en", "base %s; "), "base 90; mandatory"},
		{"kind not listed", indicatorNote(&w, "", "其他", "en", "base %s; "), "indicative"},
		{"kind zh", indicatorNote(&w, "90", "约束性", "zh", "基期值 %s · "), "基期值 90 · 约束性"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.have != c.want {
				t.Errorf("have %q, want %q", c.have, c.want)
			}
		})
	}
	for _, c := range []struct {
		name   string
		t      target.Target
		want   string
		wantZh bool
	}{
		{"change and rate", target.Target{Change: "decrease", Per: "每年"}, "Cut, each year", false},
		{"ratio", target.Target{Per: "每5所幼儿园"}, "For every 5 nurseries", false},
		{"ratio not listed", target.Target{Per: "每5所医院", Change: "decrease"}, "每5所医院降低", true},
		{"rate not listed", target.Target{Per: "每季度"}, "每季度", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			have, zh := englishNote(&w, &c.t)
			if have != c.want || zh != c.wantZh {
				t.Errorf("have %q (Chinese %v), want %q (Chinese %v)", have, zh, c.want, c.wantZh)
			}
		})
	}
}

func TestTargetWordsErrors(t *testing.T) {
	_, err := targetWords(fstest.MapFS{TargetWordsFile: {Data: []byte("units:\n  年: {one: year}\nrate:\n  每年: per year\n")}})
	var pe *pos.Error
	if !errors.As(err, &pe) || pe.File != TargetWordsFile || pe.Line != 3 {
		t.Errorf("have %v, want an error at %s:3 (no section rate)", err, TargetWordsFile)
	}
	w, err := targetWords(fstest.MapFS{})
	if err != nil || len(w.Units) != 0 {
		t.Errorf("a missing file: have %v, %v; want no words, no error", w, err)
	}
}

// TestTargetWordsLive checks what must hold of content/i18n/targets.yaml:
// words in every language for every comparator and change package
// link/target reports, every phrase with its placeholders.
func TestTargetWordsLive(t *testing.T) {
	w, err := targetWords(os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Langs() {
		for _, c := range []string{"≥", ">", "≈", "≤", "<"} {
			if w.Comparators[c][lang] == "" {
				t.Errorf("comparators: %s has no %s words", c, lang)
			}
		}
		for _, c := range []string{"increase", "decrease", "no-decrease"} {
			if w.Changes[c][lang] == "" {
				t.Errorf("changes: %s has no %s words", c, lang)
			}
		}
	}
	for key, holes := range map[string][]string{"byYear": {"year"}, "byEndOfYear": {"year"}, "within": {"years"}, "byDate": {"date"}, "perRatio": {"n", "things"}} {
		for _, h := range holes {
			if !strings.Contains(w.Phrases[key], "{"+h+"}") {
				t.Errorf("phrases: %s = %q lacks {%s}", key, w.Phrases[key], h)
			}
		}
	}
	if w.Units["年"].One == "" || w.Units["年"].Other == "" {
		t.Error("units: 年 lacks one or other (deadlines count years with it)")
	}
}

// TestEnglishAmount: a unit of 万 or 亿 multiplies the number on an
// English page, which counts in thousands, millions and billions; a unit
// whose rest English lacks, or a value that is no plain number, is shown
// as printed, the unit in Chinese.
func TestEnglishAmount(t *testing.T) {
	w := TargetWords{Units: map[string]struct {
		One   string `yaml:"one"`
		Other string `yaml:"other"`
	}{"元": {"yuan", "yuan"}, "公里": {"km", "km"}}}
	for _, c := range []struct {
		value, unit, v, en string
		zh                 bool
	}{
		{"20", "亿元", "2 billion", "yuan", false},
		{"65", "亿元", "6.5 billion", "yuan", false},
		{"500", "万元", "5 million", "yuan", false},
		{"5.467", "万元", "54,670", "yuan", false},
		{"1", "万元", "10,000", "yuan", false},
		{"6.2", "万公里", "62,000", "km", false},
		{"100", "万套", "1 million", "", false}, // a measure word: no English
		{"10", "万m³/小时", "10", "万m³/小时", true},
		{"20", "元", "20", "yuan", false},
		{"1000", "元", "1,000", "yuan", false},
		{"1020", "处", "1,020", "", false},
		{"4", "节", "4", "", false}, // 4节 (lessons): a measure word
		{"2500000", "元", "2.5 million", "yuan", false},
		{"1500", "万m³/小时", "1500", "万m³/小时", true}, // shown as printed, unit and all
		{"1–2", "万元", "1–2", "万元", true},           // no plain number
		{"3", "万", "30,000", "", false},
	} {
		t.Run(c.value+c.unit, func(t *testing.T) {
			v, en, zh := w.englishAmount(c.value, c.unit, 2)
			if v != c.v || en != c.en || zh != c.zh {
				t.Errorf("have %q %q (Chinese %v), want %q %q (Chinese %v)", v, en, zh, c.v, c.en, c.zh)
			}
		})
	}
}

// targetWords are the target words LoadStrings reads from fsys.
func targetWords(fsys fs.FS) (TargetWords, error) {
	s, err := LoadStrings(fsys, Strings{})
	return s.Targets, err
}
