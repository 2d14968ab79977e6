package parse_test

import (
	"slices"
	"strings"
	"testing"
)

// TestRoleDuties reads the duty clauses of a rule (办法, 规定, 条例) whose
// subject is a role, not a named department: 交通运输主管部门负责…,
// 公安机关负责…; the role is named as printed, as a department's name is.
// A generic subject (有关部门, 政务部门) is no one's duty.
func TestRoleDuties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // eid lead=… support=…, one per list
	}{
		{
			name: "roles as subjects of a rule's 款",
			text: "第一条　为了加强管理，制定本规定。\n第二条　交通运输主管部门负责铁路沿线安全环境治理。\n" +
				"公安机关负责维护铁路沿线治安秩序。\n住房和城乡建设主管部门依法负责建筑工程质量的监督管理。\n" +
				"城市管理综合行政执法机关负责指导街道依法查处违法行为。\n",
			want: []string{
				"art_2 lead=交通运输主管部门 support=",
				"art_2__para_2 lead=公安机关 support=",
				"art_2__para_3 lead=住房和城乡建设主管部门 support=",
				"art_2__para_4 lead=城市管理综合行政执法机关 support=",
			},
		},
		{
			name: "a level's government before the role",
			text: "第一条　县级以上人民政府教育行政部门负责本行政区域内的学前教育管理工作。\n" +
				"第二条　市场监督管理部门、卫生健康主管部门按照职责分工负责食品安全监督管理。\n" +
				"第三条　州数据资源主管部门负责统筹全州政务数据资源管理工作，州财政局配合。\n" +
				"第四条　县（市、区）人民政府卫生健康主管部门负责本行政区域内的托育机构监督管理。\n",
			want: []string{
				"art_1 lead=县级以上人民政府教育行政部门 support=",
				"art_2 lead= support=市场监督管理部门|卫生健康主管部门",
				"art_3 lead=州数据资源主管部门 support=",
				"art_3 lead= support=州财政局",
				"art_4 lead=县（市、区）人民政府卫生健康主管部门 support=",
			},
		},
		{
			name: "a named department and a role together",
			text: "第一条　市交通运输局、公安机关按照各自职责负责道路交通安全管理。\n",
			want: []string{"art_1 lead= support=市交通运输局|公安机关"},
		},
		{
			name: "in traditional characters",
			text: "第一條　公安機關負責維護鐵路沿線治安秩序。\n第二條　有關部門負責做好相關工作。\n",
			want: []string{"art_1 lead=公安機關 support="},
		},
		{
			name: "generic subjects assign no duty",
			text: "第一条　有关部门负责做好相关工作。\n第二条　政务部门负责本部门政务数据资源的目录编制。\n" +
				"第三条　数据提供部门负责本部门数据采集。\n第四条　各部门负责落实。\n第五条　行业主管部门负责指导。\n" +
				"第六条　县（市）人民政府确定的数据资源主管部门负责辖区内政务数据资源管理工作。\n",
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
