package dept

import (
	"slices"
	"strings"
	"testing"

	"plansite/generator/parse"
)

// formRegistry declares a prefecture and a city, neither saying who
// holds the roles their rules name.
const formRegistry = `- government: aba
  name: 阿坝州
  en: Aba Tibetan and Qiang Autonomous Prefecture
  plans: [aba-rule, aba-bare, aba-level]
- government: qingcheng
  name: 青城市
  en: Qingcheng
  plans: [qc-rule]
`

// TestOneRolePage: a role the registry lacks, printed with the level of
// the plan's government before it and without (州数据资源主管部门,
// 数据资源主管部门, 本州数据资源主管部门 in a 州's rule), is one role: one
// page, named by the fuller form whichever comes first, one warning.
// Another level's role (县数据资源主管部门) is another body; a word that
// opens with a level's character (市场监督管理部门, 市政管理部门 in a 市's
// rule) is not cut, and is the bare form of 市市场监督管理部门; a role
// printed bare only keeps its bare name. 本级 before a role (本级数据资源
// 主管部门) is the level of the rule's government, as 本州 is: the same
// role, known government or not.
func TestOneRolePage(t *testing.T) {
	reg, err := ParseRegistry("d.yaml", []byte(formRegistry))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, slug, text string
		want             []string // name leads=N, one per department
		warnings         int
	}{
		{
			name: "both forms, the fuller first", slug: "aba-rule",
			text: "第一条　州数据资源主管部门负责统筹全州政务数据资源管理工作。\n第二条　数据资源主管部门负责数据安全。\n" +
				"第三条　本州数据资源主管部门负责目录编制。\n第四条　县数据资源主管部门负责辖区内政务数据管理。\n",
			want:     []string{"州数据资源主管部门 leads=3", "县数据资源主管部门 leads=1"},
			warnings: 2,
		},
		{
			name: "the bare form first", slug: "aba-bare",
			text: "第一条　数据资源主管部门负责数据安全。\n第二条　州数据资源主管部门负责统筹全州政务数据资源管理工作。\n" +
				"第三条　公安机关负责查处违法行为。\n",
			want:     []string{"州数据资源主管部门 leads=2", "公安机关 leads=1"},
			warnings: 2,
		},
		{
			name: "本级: the level of the rule's government", slug: "aba-level",
			text: "第一条　州数据资源主管部门负责统筹全州政务数据资源管理工作。\n" +
				"第二条　不能形成一致意见的，由本级数据资源主管部门会同有关政务部门协调处理。\n",
			want:     []string{"州数据资源主管部门 leads=2"},
			warnings: 1,
		},
		{
			name: "本级 where the government is not known", slug: "unknown-rule",
			text: "第一条　数据资源主管部门负责数据安全。\n" +
				"第二条　不能形成一致意见的，由本级数据资源主管部门会同有关政务部门协调处理。\n",
			want:     []string{"数据资源主管部门 leads=2"},
			warnings: 1,
		},
		{
			name: "a word that opens with the level's character", slug: "qc-rule",
			text: "第一条　市场监督管理部门负责食品安全监督管理。\n第二条　市市场监督管理部门负责价格监督检查。\n" +
				"第三条　市政管理部门负责道路维护。\n",
			want:     []string{"市市场监督管理部门 leads=2", "市政管理部门 leads=1"},
			warnings: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("seeds/"+tt.slug+".txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			doc.Slug = tt.slug
			a := Assign(doc, reg)
			var have []string
			for _, d := range a.Departments {
				have = append(have, d.Name+" leads="+itoa(d.Counts.Lead))
			}
			slices.Sort(have)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(have, want) {
				t.Errorf("departments\nhave %s\nwant %s", strings.Join(have, ", "), strings.Join(want, ", "))
			}
			if len(a.Resolver.Warnings) != tt.warnings {
				t.Errorf("warnings %v, want %d", a.Resolver.Warnings, tt.warnings)
			}
		})
	}
}
