package parse_test

import (
	"slices"
	"strings"
	"testing"
)

// TestAssignedDuties reads a duty assigned with 由 (by): the subject after
// 由 leads, the departments after 会同 cooperate, wherever 由 stands in
// its clause. 由于, 理由, the interpretation clause (本办法由…负责解释)
// and a generic subject assign nothing.
func TestAssignedDuties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // eid lead=… support=…, one per list
	}{
		{
			name: "由 a role 负责",
			text: "第一条　新建住宅项目由县级以上人民政府住房和城乡建设主管部门负责监督管理。\n",
			want: []string{"art_1 lead=县级以上人民政府住房和城乡建设主管部门 support="},
		},
		{
			name: "由 a department 会同 others",
			text: "第一条　学校布局规划由市教育局会同市财政局、市自然资源局编制。\n" +
				"第二条　不能形成一致意见的，由本级数据资源主管部门会同有关政务部门协调处理。\n" +
				"第三条　申请共享的，由专区监管部门会同运营单位审核同意后实施共享。\n" +
				"第四条　由市住房城乡建设局会同市发展改革委员会制定实施细则。\n",
			want: []string{
				"art_1 lead=市教育局 support=市财政局|市自然资源局",
				"art_2 lead=本级数据资源主管部门 support=",
				"art_3 lead=专区监管部门 support=",
				"art_4 lead=市住房城乡建设局 support=市发展改革委员会",
			},
		},
		{
			name: "由 a role 应当",
			text: "第一条　政务部门有下列情形之一的，由数据资源主管部门应当责令其限期整改。\n",
			want: []string{"art_1 lead=数据资源主管部门 support="},
		},
		{
			name: "after a subject's clause",
			text: "第一条　县财政局负责拨付资金；补贴资金由县住建局负责发放。\n",
			want: []string{"art_1 lead=县财政局 support=", "art_1 lead=县住建局 support="},
		},
		{
			name: "nothing assigned",
			text: "第一条　本办法由市人民政府办公室负责解释。\n第二条　由于市场变化，市住建局可以调整。\n" +
				"第三条　政务部门应当说明理由，由有关部门负责审核。\n第四条　补贴由购房人所在乡镇负责发放。\n" +
				"第五条　由医院按照患者住院管理相关规定负责登记。\n",
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
