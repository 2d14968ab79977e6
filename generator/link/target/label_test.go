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
// the shapes of corpus sentences that gave fragments: a formula's terms
// (Baotou's "）+实地调研"), a conjunction, an enumerator; where the words
// around the figure name nothing (按, 每次, 安排, a formula's =), the
// sentence.
func TestLabelNamesMeasure(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a formula's term after the bracket of the one before",
			"半年考评分值=日常监测（60%）+实地调研（20%）+民意调查（10%）。", "实地调研"},
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
