package parse

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGuards: each guarded expression finds what its regular expression
// finds, on every line and every paragraph of the corpus plans, so its
// needs are words every match holds.
func TestGuards(t *testing.T) {
	guards := map[string]guarded{"labelledDeadline": labelledDeadline, "closingDay": closingDay,
		"printLine": printLine, "dutyLine": dutyLine}
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus plans (%v)", err)
	}
	texts := []string{"完成时限：2022年底前", "时间节点:10月底", "申报时间截止2023年8月20日", "至 2023 年 2 月 20 日 24:00 止",
		"淄川区人民政府办公室         2022年12月30日印发", "区教体局、区财政局负责", "区教体局牵头负责"}
	for _, f := range append(files, "testdata/zichuan-education-2022.txt") {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
		texts = append(texts, strings.Split(string(data), "\n\n")...)
	}
	for name, g := range guards {
		t.Run(name, func(t *testing.T) {
			matched := 0
			for _, s := range texts {
				have, want := g.FindAllStringSubmatchIndex(s, -1), g.Regexp.FindAllStringSubmatchIndex(s, -1)
				if !slices.EqualFunc(have, want, slices.Equal[[]int]) {
					t.Fatalf("%q: have %v, want %v", s, have, want)
				}
				if g.MatchString(s) != g.Regexp.MatchString(s) || !slices.Equal(g.FindStringSubmatch(s), g.Regexp.FindStringSubmatch(s)) {
					t.Fatalf("%q: the guard changes whether it matches", s)
				}
				if want != nil {
					matched++
				}
			}
			if matched == 0 {
				t.Error("matches no text: the test checks nothing")
			}
		})
	}
}
