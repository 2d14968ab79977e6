package cite_test

import (
	"strings"
	"testing"

	"plansite/generator/cite"
	"plansite/generator/plan"
)

// TestGroupTerms: with the English editors fixed for a kind of work, a
// grouped project of the Zhejiang plan's 附表4 is labelled and cited in
// English (Schedule 4, Hangzhou, comprehensive river improvement
// projects, item 5), and that label, the one that left the kind in
// Chinese and the pinyin one before it still go to the row; a kind
// without a term stays Chinese. Before, every kind of work stayed Chinese.
func TestGroupTerms(t *testing.T) {
	terms := cite.Terms(func(zh string) (string, bool) {
		if zh == "河道综合治理工程" {
			return "comprehensive river improvement projects", true
		}
		return "", false
	})
	doc, _ := readPlan(t, "../testdata/corpus/zhejiang-urban-waterlogging-2021.txt")
	table := cite.NewTableIn(func(yield func(*plan.Node)) {
		doc.Walk(func(n *plan.Node) bool { yield(n); return true })
	}, terms)
	checked, chinese := 0, 0
	for _, n := range doc.Projects {
		en := cite.LabelIn(n, "en", terms)
		if !strings.Contains(cite.Label(n, "en"), "河道综合治理工程") {
			if strings.Contains(en, "工程") {
				chinese++ // a kind of work without a term
			}
			continue
		}
		checked++
		if strings.Contains(en, "河道综合治理工程") || !strings.Contains(en, ", comprehensive river improvement projects, item ") {
			t.Errorf("%s: have %q, want the kind of work in English", n.EID, en)
		}
		if s := cite.ShortLabelIn(n, "en", terms); !strings.Contains(s, "comprehensive river improvement projects") {
			t.Errorf("%s: short label %q, want the kind of work in English", n.EID, s)
		}
		for _, q := range []string{en, cite.Label(n, "en"), "Plan (Zhe Zheng Ban Fa [2021] No. 1), " + en} {
			if have, why := resolve(table, q); have != n.EID {
				t.Errorf("%s: %q: have %q (%s)", n.EID, q, have, why)
			}
		}
	}
	if checked == 0 || chinese == 0 {
		t.Errorf("checked %d projects of 河道综合治理工程 and %d of other kinds, want some of each", checked, chinese)
	}
}
