package parse_test

import (
	"slices"
	"strings"
	"testing"
)

// TestShallDuties reads the duties a rule states with 应当 (a plan with
// 应 or 要): a clause whose subject is a department or a role, followed
// by 应当, is that subject's duty, as a 负责 clause is. A generic subject,
// a government's own act, and a subject that is no department (单位和个人,
// 任何单位, an enterprise, a person) are no one's duty.
func TestShallDuties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // eid lead=… support=…, one per list
	}{
		{
			name: "roles and departments with 应当",
			text: "第一条　为了加强管理，制定本办法。\n第二条　州数据资源主管部门应当编制政务数据资源发展规划。\n" +
				"第三条　公安机关应当依法查处扰乱铁路秩序的行为。\n" +
				"第四条　县级以上人民政府教育行政部门应当加强学前教育管理，州财政局配合。\n" +
				"第五条　市交通委依法应当做好道路管理。\n",
			want: []string{
				"art_2 lead=州数据资源主管部门 support=",
				"art_3 lead=公安机关 support=",
				"art_4 lead=县级以上人民政府教育行政部门 support=",
				"art_4 lead= support=州财政局",
				"art_5 lead=市交通委 support=",
			},
		},
		{
			name: "a subject after the clause's opening words",
			text: "第一条　对铁路线路安全保护区内的违法建筑物、构筑物，执法机关应当依法查处。\n" +
				"第二条　开发利用主体应当依法开发利用，保障数据安全，州数据资源主管部门应当定期跟踪了解开发利用情况。\n",
			want: []string{
				"art_1 lead=执法机关 support=",
				"art_2 lead=州数据资源主管部门 support=",
			},
		},
		{
			name: "应 and 要 after a department",
			text: "第一条　登记机关应及时推送登记信息。\n第二条　区教体局要加强校园安全管理。\n" +
				"第三条　区应急管理局负责应急演练。\n第四条　区教体局要求各学校加强管理。\n第五条　区卫健局应对突发公共卫生事件。\n",
			want: []string{
				"art_1 lead=登记机关 support=",
				"art_2 lead=区教体局 support=",
				"art_3 lead=区应急管理局 support=",
			},
		},
		{
			name: "a list of subjects supports",
			text: "第一条　市公安局、市交通委应当按照各自职责做好铁路沿线安全管理。\n",
			want: []string{"art_1 lead= support=市公安局|市交通委"},
		},
		{
			name: "in traditional characters",
			text: "第一條　公安機關應當依法查處違法行為。\n",
			want: []string{"art_1 lead=公安機關 support="},
		},
		{
			name: "no department's duty",
			text: "第一条　有关部门应当做好相关工作。\n第二条　政务部门应当无偿共享政务数据。\n" +
				"第三条　铁路沿线区人民政府应当统筹做好铁路沿线安全环境治理工作。\n" +
				"第四条　单位和个人应当遵守本规定。\n第五条　任何单位应当予以配合。\n" +
				"第六条　铁路运输企业应当履行安全生产主体责任。\n第七条　所有人或者管理人应当采取防护措施。\n" +
				"第八条　有关部门、政务部门应当建立安全管理制度。\n第九条　各部门要加强协作。\n" +
				"第十条　政务数据资源管理应当遵循统一标准。\n第十一条　其他有关部门和相关单位应当按照各自职责做好安全保护。\n",
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
