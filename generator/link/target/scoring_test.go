package target

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"plansite/generator/link/dept"
	"plansite/generator/plan"
	"plansite/generator/source"
)

// TestScoringNoTargets: the weights and counts of a score (Baotou's
// 考评办法: 半年考评分值=日常监测（60%）+…, 计算…7个方面分值的平均分值) and the
// constant of a rate's definition (×100%) are not targets; a score aimed
// at and a value after = alone are.
func TestScoringNoTargets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a score's weights in a formula",
			"半年考评分值=日常监测（60%）+实地调研（20%）+民意调查（10%）+第三方评估（10%）",
			nil},
		{"the count of the parts a score averages",
			"以各牵头考核单位报送分值为基础，参考数字政府专班核实情况，计算各旗县区、稀土高新区及各部门7个方面分值的平均分值，形成最终分值。",
			nil},
		{"a weight",
			"群众满意度权重占30%，2025年底前完成评估。",
			[]string{"完成评估 | by 2025-12-31"}},
		{"a rate's definition",
			"易涝区域处置率=（现存易涝区域处置数/现存易涝区域总数）×100%；",
			nil},
		{"a score aimed at stays",
			"到2025年，考核得分率达到95%以上。",
			[]string{"考核得分率 | ≥ 95 % | by 2025"}},
		{"a value after = alone stays",
			"新增床位=500张。",
			[]string{"新增床位=500张 | = 500 张"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var have []string
			for _, g := range Extract(tt.text) {
				have = append(have, short(&g))
			}
			if !slices.Equal(have, tt.want) {
				t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestCorpusScoringNoTargets: no target of a corpus or more document is a
// weight or a term of a formula (a sentence with =, after which an
// operator) or in a sentence that computes a score. Baotou's 考评办法 gave
// five: its four weights (日常监测 60%, …) and 7个 of 7个方面分值的平均分值.
func TestCorpusScoringNoTargets(t *testing.T) {
	if testing.Short() {
		t.Skip("parses the corpus and more documents")
	}
	for _, dir := range []string{"../../testdata/corpus", "../../testdata/more"} {
		files, err := filepath.Glob(dir + "/*.txt")
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
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
					if x.Printed == "" || x.Value == "" || x.Node == nil || len(x.Node.Indicators) > 0 {
						continue
					}
					s := x.Sentence
					_, right, formula := strings.Cut(strings.ReplaceAll(s, "＝", "="), "=")
					switch {
					case formula && strings.ContainsAny(right, formulaOps) && strings.Contains(right, x.Printed):
						t.Errorf("%s: %s %s is a term of a formula: %s", x.ID, x.Indicator, x.Printed, s)
					case strings.Contains(s, "权重"):
						t.Errorf("%s: %s %s is a weight: %s", x.ID, x.Indicator, x.Printed, s)
					case containsAny(s, scoreWords) && containsAny(s, computeWords):
						t.Errorf("%s: %s %s computes a score: %s", x.ID, x.Indicator, x.Printed, s)
					}
				}
			})
		}
	}
}
