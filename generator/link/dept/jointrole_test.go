package dept

import (
	"testing"

	"plansite/generator/parse"
)

// TestJointRole: a role of two fields joined by 和 is one body where the
// plan prints a bureau of both (Hefei's land-sale notice: 住房保障和房产管理部门
// beside 市住房保障和房产局, whose role was named in pinyin), and two
// departments where it prints none (公安和交通运输部门, a group, even beside
// each field's own bureau).
func TestJointRole(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	head := "发文机关：合肥市人民政府\n成文日期：2021-03-01\n2021年工作要点\n一、加强管理\n"
	for _, tt := range []struct {
		name, text, role, want string
		group                  bool
	}{
		{"a bureau of both printed", "1．监督落实。（市住房保障和房产局负责）\n2．解释。（市住房保障和房产管理部门负责）\n",
			"市住房保障和房产管理部门", "Municipal Housing Security and Real Estate Administration Department", false},
		{"without 管理", "1．监督落实。（市住房保障和房产局负责）\n2．解释。（住房保障和房产部门负责）\n",
			"住房保障和房产部门", "Housing Security and Real Estate Department", false},
		{"two departments", "1．监督落实。（市公安局、市交通运输局负责）\n2．解释。（公安和交通运输部门负责）\n",
			"公安和交通运输部门", "Public Security Department and Transport Department", true},
		{"no bureau of both printed", "1．监督落实。（市公安局负责）\n2．解释。（市住房保障和房产管理部门负责）\n",
			"市住房保障和房产管理部门", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("seeds/hefei-x.txt", []byte(head+tt.text))
			if err != nil {
				t.Fatal(err)
			}
			doc.Slug = "hefei-x"
			a := Assign(doc, reg)
			for _, d := range a.Departments {
				if d.Name != tt.role {
					continue
				}
				if d.ByRule != tt.want || d.Group != tt.group {
					t.Errorf("have %q (group %v), want %q (group %v)", d.ByRule, d.Group, tt.want, tt.group)
				}
				return
			}
			var names []string
			for _, d := range a.Departments {
				names = append(names, d.Name)
			}
			t.Errorf("no department %s among %v", tt.role, names)
		})
	}
}
