package target

import (
	"math/rand"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/plan"
)

// TestQuantityMatches: quantityMatches, which tries the anchored quantityRe
// only where a number begins, finds what the regexp unanchored finds, on
// every sentence of the corpus plans and on random mixtures of the
// characters a quantity is made of.
func TestQuantityMatches(t *testing.T) {
	unanchored := regexp.MustCompile(strings.TrimPrefix(quantityRe.String(), "^"))
	if unanchored.String() == quantityRe.String() {
		t.Fatal("quantityRe is not anchored")
	}
	check := func(t *testing.T, s string) {
		t.Helper()
		masked := mask(s)
		have, want := quantityMatches(masked), unanchored.FindAllStringSubmatchIndex(masked, -1)
		if !slices.EqualFunc(have, want, slices.Equal[[]int]) {
			t.Fatalf("%q: have %v, want %v", s, have, want)
		}
	}
	files, err := filepath.Glob("../../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus plans (%v)", err)
	}
	sentencesRead := 0
	for _, file := range files {
		doc := testproject.ParseFile(t, file)
		doc.Walk(func(n *plan.Node) bool {
			for _, s := range sentences(n.Heading + "。" + n.Text) {
				check(t, s)
				sentencesRead++
			}
			return true
		})
	}
	if sentencesRead < 1000 {
		t.Errorf("%d sentences in the corpus, want at least 1000", sentencesRead)
	}
	toks := []string{"1", "2", "0", ".", "5", "一", "十", "百", "千", "两", " ", "\u3000", "-", "—", "至", "到", "~", "万", "亿", "%", "％",
		"个", "百分点", "个月", "人次", "人", "平方米", "以上", "左右", "“", "”", "a", "，", "年", "第", "每"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for k := r.Intn(16); k >= 0; k-- {
			b.WriteString(toks[r.Intn(len(toks))])
		}
		check(t, b.String())
	}
}

// TestQuantityMatchesRuns: past a run of numerals where quantityRe fails,
// quantityMatches goes on after the run (numeralRunEnd) and still finds
// what the regexp unanchored finds, in runs of either kind and of both.
func TestQuantityMatchesRuns(t *testing.T) {
	unanchored := regexp.MustCompile(strings.TrimPrefix(quantityRe.String(), "^"))
	for _, s := range []string{
		strings.Repeat("1", 3000) + "。",
		strings.Repeat("一", 3000) + "。",
		"\xe2" + strings.Repeat("1", 3000) + "\x80\x9c@1",
		strings.Repeat("1", 50) + "十5%" + strings.Repeat("一1", 40) + "个",
		"12345六七八%", "2025一二三名", "1.5.5个", "一二三四五六七八九十百千两所",
	} {
		masked := mask(s)
		have, want := quantityMatches(masked), unanchored.FindAllStringSubmatchIndex(masked, -1)
		if !slices.EqualFunc(have, want, slices.Equal[[]int]) {
			t.Errorf("%.20q: have %v, want %v", s, have, want)
		}
	}
}

// BenchmarkQuantityDigitRun: a sentence of 8,000 digits and no unit, which
// took 49 s when quantityMatches tried the regexp at each digit.
func BenchmarkQuantityDigitRun(b *testing.B) {
	s := strings.Repeat("1", 8000) + "。"
	for b.Loop() {
		Extract(s)
	}
}
