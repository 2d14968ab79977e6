package parse_test

import (
	"slices"
	"strings"
	"testing"
)

// TestDutySubjectLists reads a duty clause whose subjects are a list with
// generic members: the departments and roles named hold the duty, the
// generic members (政务部门, 有关单位, 各相关部门) none, and a list of
// generic members alone is no one's.
func TestDutySubjectLists(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // eid lead=… support=…, one per list
	}{
		{
			name: "a role and a generic member",
			text: "第一条　数据资源主管部门、政务部门应当建立安全管理制度。\n",
			want: []string{"art_1 lead=数据资源主管部门 support="},
		},
		{
			name: "a department and generic units",
			text: "第一条　州财政局、有关单位负责保障经费。\n第二条　市公安局、市交通委、各相关部门应当按照各自职责做好管理。\n",
			want: []string{"art_1 lead=州财政局 support=", "art_2 lead= support=市公安局|市交通委"},
		},
		{
			name: "generic members in the supporting list",
			text: "第一条　州数据资源主管部门负责统筹协调，州财政局、各有关部门配合。\n",
			want: []string{"art_1 lead=州数据资源主管部门 support=", "art_1 lead= support=州财政局"},
		},
		{
			name: "a role joined to a generic member by 和",
			text: "第一条　网信部门、公安部门、通信管理部门和其他有关部门应当按照各自职责，做好政务数据安全保护。\n" +
				"第二条　住房和城乡建设主管部门及相关部门负责监督管理。\n",
			want: []string{"art_1 lead= support=网信部门|公安部门|通信管理部门", "art_2 lead=住房和城乡建设主管部门 support="},
		},
		{
			name: "generic members alone",
			text: "第一条　有关部门、政务部门应当做好相关工作。\n第二条　各有关单位、相关部门负责落实。\n",
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

// TestLevelRoles reads a role named with the level of government it
// belongs to printed alone (县（市）数据资源主管部门) and a role named for
// several levels (州、县（市）数据资源主管部门具体负责), which is each
// level's role.
func TestLevelRoles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // eid lead=… support=…, one per list
	}{
		{
			name: "a level's role",
			text: "第一条　县（市）数据资源主管部门负责统筹本辖区电子政务外网的建设和运行管理。\n" +
				"第二条　县（市、区）教育行政部门应当加强管理。\n",
			want: []string{"art_1 lead=县（市）数据资源主管部门 support=", "art_2 lead=县（市、区）教育行政部门 support="},
		},
		{
			name: "a role of two levels, 具体负责",
			text: "第一条　州、县（市）数据资源主管部门具体负责统筹协调数据共享工作。\n",
			want: []string{"art_1 lead= support=州数据资源主管部门|县（市）数据资源主管部门"},
		},
		{
			name: "departments of two levels",
			text: "第一条　州、县财政局应当保障经费。\n",
			want: []string{"art_1 lead= support=州财政局|县财政局"},
		},
		{
			name: "levels of generic or government subjects",
			text: "第一条　州、县（市）政务部门应当依托大数据中心平台进行建设。\n第二条　州、县（市）人民政府应当推进政务数据资源依法有序共享。\n",
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
