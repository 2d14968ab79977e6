package parse_test

import (
	"slices"
	"strings"
	"testing"
)

// TestActDuties reads a duty a rule states by its act alone, with neither
// 负责 nor 应当: a clause opening with a department or a role, maybe the
// rule it acts by, then 组织, 指导, 监督, 统筹, 协调, 督促 or 做好. A
// government's own act, a generic subject, a verb that states a policy as
// often as a duty (加强) and a subject inside a clause are no duty.
func TestActDuties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // eid lead=… support=…, one per list
	}{
		{
			name: "a role, the rule it acts by, 组织",
			text: "第一条　交通运输主管部门按照北京市铁路沿线安全环境治理联席会议制度，组织协调推进本市铁路沿线安全环境治理工作。负责跨越铁路的道路安全防护的监督管理。\n",
			want: []string{"art_1 lead=交通运输主管部门 support="},
		},
		{
			name: "departments and 统筹, 指导, 做好",
			text: "第一条　市经济和信息化局统筹制定考核评估指标体系。\n第二条　市教育委员会指导各区开展工作。\n" +
				"第三条　市公安局、市交通委依法做好铁路沿线安全管理。\n",
			want: []string{
				"art_1 lead=市经济和信息化局 support=",
				"art_2 lead=市教育委员会 support=",
				"art_3 lead= support=市公安局|市交通委",
			},
		},
		{
			name: "no duty",
			text: "第一条　区人民政府组织实施本规定。\n第二条　有关部门做好配合工作。\n第三条　各区加强组织领导。\n" +
				"第四条　企业组织开展自查。\n第五条　市交通委加强道路管理。\n第六条　定期组织市公安局开展检查。\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			have := dutyLists(t, "rule.txt", tt.text)
			if !slices.Equal(have, tt.want) {
				t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
