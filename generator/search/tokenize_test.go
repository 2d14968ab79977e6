package search

import (
	"slices"
	"testing"
)

func TestTokens(t *testing.T) {
	for _, c := range []struct {
		s, mode string
		want    []string
	}{
		{"近视", ModeZh, []string{"近", "近视", "视"}},
		{"健康第一", ModeZh, []string{"健", "健康", "康", "康第", "第", "第一", "一"}},
		{"近视，监测", ModeZh, []string{"近", "近视", "视", "监", "监测", "测"}}, // no bigram across punctuation
		{"达到55%和95％", ModeZh, []string{"达", "达到", "到", "到5", "5", "55", "5", "5%", "%", "%和", "和", "和9", "9", "95", "5", "5%", "%"}},
		{"1.5倍", ModeZh, []string{"1", "1.", ".", ".5", "5", "5倍", "倍"}},
		{"5G网络", ModeZh, []string{"5", "g", "网", "网络", "络"}},
		{"55%", ModeEn, []string{"55", "55%"}},
		{"５５％ of 1,000 students", ModeEn, []string{"55", "55%", "1000", "student"}},
		{"2021–2025 2.5", ModeEn, []string{"2021", "2025", "2.5"}},
		{"The Children’s myopia", ModeEn, []string{"children", "myopia"}},
		{"students' e-learning", ModeEn, []string{"student", "e", "learn"}},
		{"IPv6 5G", ModeEn, []string{"ipv6", "5g"}},
		{"Education Bureau 教育局", ModeEn, []string{"educ", "bureau", "教", "教育", "育", "育局", "局"}},
		{"ＡＢＣ　Ｄｅｆ", ModeZh, []string{"abc", "def"}},
	} {
		if got := Tokens(c.s, c.mode); !slices.Equal(got, c.want) {
			t.Errorf("Tokens(%q, %s) = %q, want %q", c.s, c.mode, got, c.want)
		}
	}
}

func TestParseQuery(t *testing.T) {
	for _, c := range []struct {
		q, mode string
		toks    [][]string
		offs    [][]int
		prefix  []string
	}{
		// bigrams at every other offset and the last cover the run
		{"乡村中小学", ModeZh, [][]string{{"乡村", "中小", "小学"}}, [][]int{{0, 2, 3}}, []string{""}},
		{"高质量发展", ModeZh, [][]string{{"高质", "量发", "发展"}}, [][]int{{0, 2, 3}}, []string{""}},
		{"心理健康", ModeZh, [][]string{{"心理", "健康"}}, [][]int{{0, 2}}, []string{""}},
		{"视", ModeZh, [][]string{{"视"}}, [][]int{{0}}, []string{""}},
		// a query of two or more Latin words is also a phrase, stop words keeping their place
		{"prevention and myop", ModeEn, [][]string{{"prevent"}, {"myop"}, {"prevent", "myop"}}, [][]int{{0}, {0}, {0, 2}}, []string{"", "myop", ""}},
		{"after-school", ModeEn, [][]string{{"after"}, {"school"}, {"after", "school"}}, [][]int{{0}, {0}, {0, 1}}, []string{"", "school", ""}},
		{"number of 55%", ModeEn, [][]string{{"number"}, {"55%"}, {"number", "55%"}}, [][]int{{0}, {0}, {0, 2}}, []string{"", "", ""}},
		{"myopia ", ModeEn, [][]string{{"myopia"}}, [][]int{{0}}, []string{""}},
		{"the", ModeEn, [][]string{nil}, [][]int{nil}, []string{"the"}},
		{"of", ModeEn, nil, nil, nil},
	} {
		ts := parseQuery(c.q, c.mode)
		if len(ts) != len(c.toks) {
			t.Errorf("parseQuery(%q): %d terms, want %d", c.q, len(ts), len(c.toks))
			continue
		}
		for i, tm := range ts {
			if !slices.Equal(tm.toks, c.toks[i]) || !slices.Equal(tm.offs, c.offs[i]) || tm.prefix != c.prefix[i] {
				t.Errorf("parseQuery(%q) term %d = %q %v prefix %q, want %q %v prefix %q",
					c.q, i, tm.toks, tm.offs, tm.prefix, c.toks[i], c.offs[i], c.prefix[i])
			}
		}
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"education": "educ", "educational": "educ", "myopia": "myopia", "children's": "children",
		"toilets": "toilet", "kindergartens": "kindergarten", "ipv6": "ipv6", "être": "être",
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUTF16Order(t *testing.T) {
	// U+FF5E sorts before U+1F600 in code points and after it in UTF-16.
	if !utf16Less("\U0001F600", "\uFF5E") || utf16Less("\uFF5E", "\U0001F600") || !utf16Less("a", "ab") {
		t.Error("utf16Less does not order as JavaScript does")
	}
}
