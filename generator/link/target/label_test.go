package target

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"plansite/generator/link/dept"
	"plansite/generator/plan"
	"plansite/generator/source"
)

// TestLabelNamesMeasure: a target's label names what is measured, from
// the shapes of corpus sentences that gave fragments: a conjunction, an
// enumerator; where the words around the figure name nothing (按, 每次,
// 安排), the sentence. (A formula's terms, Baotou's "）+实地调研", are no
// targets since: TestScoringNoTargets.)
func TestLabelNamesMeasure(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a conjunction before the noun counted",
			"整治水闸13座和泵站4座。", "泵站"},
		{"a rate per time, not what",
			"对行业商协会按实际发生额的80%进行补贴，每次最高18万元。", "对行业商协会按实际发生额的80%进行补贴，每次最高18万元"},
		{"how a sum is reckoned",
			"按不低于起始价的20%确定竞买保证金。", "按不低于起始价的20%确定竞买保证金"},
		{"an enumerator",
			"四是6个月内（含6个月）季节性从业人员。", "四是6个月内（含6个月）季节性从业人员"},
		{"a sum allotted",
			"安排800万元，发放餐饮消费券。", "安排800万元，发放餐饮消费券"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var have []string
			for _, x := range Extract(tt.text) {
				if x.Indicator == tt.want {
					return
				}
				have = append(have, x.Indicator+" | "+x.Printed)
			}
			t.Errorf("no target labelled %q: have %q", tt.want, have)
		})
	}
}

// TestCorpusLabels: no target of a corpus or more document (the original
// where there is one) has a label that starts with a closing bracket or
// an operator, is empty, or is a unit alone (次, 每次).
func TestCorpusLabels(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every corpus and more document")
	}
	for _, dir := range []string{"../../testdata/corpus", "../../testdata/more"} {
		files, err := filepath.Glob(dir + "/*")
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			ext := filepath.Ext(f)
			if ext == ".md" || ext == ".yaml" {
				continue
			}
			if same, _ := filepath.Glob(strings.TrimSuffix(f, ext) + ".*"); ext == ".txt" && len(same) > 1 {
				continue // the original is read
			}
			t.Run(filepath.Base(f), func(t *testing.T) {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := source.ParseBytes(filepath.Base(f), data)
				if err != nil {
					t.Fatal(err)
				}
				for _, x := range Of(doc, func(*plan.Node) *dept.Entry { return nil }, Extract, IsReview) {
					r, _ := utf8.DecodeRuneInString(x.Indicator)
					switch {
					case x.Indicator == "":
						t.Errorf("%s: no label: %s", x.ID, x.Sentence)
					case strings.ContainsRune(labelLead, r):
						t.Errorf("%s: label %q starts with %q", x.ID, x.Indicator, r)
					case x.Indicator == x.Unit || perUnit.MatchString(x.Indicator):
						t.Errorf("%s: label %q is a unit alone", x.ID, x.Indicator)
					}
				}
			})
		}
	}
}

// TestLabelOfEachFigure: each figure of a sentence is labelled by what it
// measures, not by its neighbours' words: the
// spares of a total (其中3套备件, not 共备件 with the 共 of 共30套), an
// item of a list, not with the next item's name after 、 (Changle's 1 型保障
// 对象 150 万元、2 型保障对象 80 万元: 150 万元 was "…1 型保障对象2 型保障对象").
func TestLabelOfEachFigure(t *testing.T) {
	tests := []struct {
		text   string
		labels map[string]string // value and unit: label
	}{
		{"暴雨灾害易发区行政村两要素监测站27个（共30套其中3套备件）；",
			map[string]string{"27个": "暴雨灾害易发区行政村两要素监测站", "3套": "备件"}},
		{"人才购房补贴按照人才层次，分别按 1 型保障对象 150 万元、2 型保障对象 80 万元、3 型保障对象 50 万元给予购房补贴。",
			map[string]string{"80万元": "2 型保障对象", "50万元": "3 型保障对象给予购房补贴"}},
		{"新建学校10所、幼儿园5所。",
			map[string]string{"10所": "新建学校", "5所": "幼儿园"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			have := map[string]string{}
			for _, x := range Extract(tt.text) {
				have[x.Value+x.Unit] = x.Indicator
			}
			for figure, want := range tt.labels {
				if have[figure] != want {
					t.Errorf("%s: have %q, want %q (all: %q)", figure, have[figure], want, have)
				}
			}
			if l := have["150万元"]; strings.Contains(l, "2 型") {
				t.Errorf("150万元: have %q, which names the next item", l)
			}
		})
	}
}
