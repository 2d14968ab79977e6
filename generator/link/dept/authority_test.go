package dept

import (
	"strings"
	"testing"

	"plansite/generator/parse"
)

// roleRegistry declares a city whose registry says which of its
// departments holds two roles its rules name.
const roleRegistry = `- government: qingcheng
  name: 青城市
  en: Qingcheng
  plans: [rule]
  roles:
    交通运输主管部门: qc-transport-bureau
    公安机关: qc-public-security-bureau
- government: baicheng
  name: 白城市
  en: Baicheng
- name: 市交通运输局
  en: Qingcheng Municipal Transport Bureau
  kind: government
  scope: qingcheng
  slug: qc-transport-bureau
- name: 市公安局
  en: Qingcheng Municipal Public Security Bureau
  kind: government
  scope: qingcheng
  slug: qc-public-security-bureau
`

// roleRule is a rule of 青城市 assigning duties to roles, one of them
// (教育行政部门) not in the registry's roles.
const roleRule = "第一条　为了加强管理，制定本办法。\n" +
	"第二条　县级以上人民政府交通运输主管部门负责道路运输管理工作。\n" +
	"公安机关负责道路交通安全管理，交通运输主管部门配合。\n" +
	"第三条　教育行政部门负责学生交通安全教育。\n" +
	"第四条　县级以上人民政府教育行政部门负责校车安全管理。\n" +
	"第五条　本市公安机关负责校车驾驶人管理。\n"

// TestRoleResolved: a role the registry's government gives a department
// is that department's duty, led or supported as the rule says, under the
// role's name as printed; a role it does not give gets a page of its own,
// named in English by rule, and one warning naming the rule's line and
// what to add.
func TestRoleResolved(t *testing.T) {
	reg, err := ParseRegistry("d.yaml", []byte(roleRegistry))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse.Parse("seeds/rule.txt", []byte(roleRule))
	if err != nil {
		t.Fatal(err)
	}
	a := Assign(doc, reg)
	transport := a.Department("qc-transport-bureau")
	if transport == nil {
		t.Fatalf("no department qc-transport-bureau; have %v", slugs(a.Departments))
	}
	if transport.Counts != (Counts{Lead: 1, Support: 1}) {
		t.Errorf("qc-transport-bureau: counts %+v, want leads 1 (第二条), supports 1 (第二条第二款)", transport.Counts)
	}
	if rs := transport.Plans[0].AsRoles; len(rs) != 1 || rs[0] != (RoleName{Name: "交通运输主管部门", EN: "Competent Transport Authority"}) {
		t.Errorf("qc-transport-bureau: as roles %+v, want 交通运输主管部门 once, however printed", rs)
	}
	police := a.Department("qc-public-security-bureau")
	if police == nil || police.Counts != (Counts{Lead: 2}) {
		t.Errorf("qc-public-security-bureau: have %+v, want leading 2 (第二条第二款, 第五条: 本市公安机关)", police)
	}
	for _, as := range a.Responsible(doc.Node("art_2")) {
		if as.Written != "县级以上人民政府交通运输主管部门" || as.Dept != transport.Entry {
			t.Errorf("art_2: have %s → %s, want the role as printed → qc-transport-bureau", as.Written, as.Dept.Slug)
		}
	}
	if e := a.Resolver.Known("公安机关"); e == nil || e.Slug != "qc-public-security-bureau" {
		t.Errorf("Known(公安机关): have %+v, want the registry's department", e)
	}

	// 教育行政部门 and 县级以上人民政府教育行政部门 are one role of 青城市,
	// not resolved: a page of its own, warned once.
	edu := a.Department("qingcheng-jiao-yu-xing-zheng-bu-men")
	if edu == nil {
		t.Fatalf("no page for the unresolved role; have %v", slugs(a.Departments))
	}
	if edu.Known || !edu.IsRole || edu.Name != "教育行政部门" || edu.NameIn("en") != "Education Administrative Department" || edu.Counts != (Counts{Lead: 2}) {
		t.Errorf("unresolved role: have %+v, counts %+v", edu.Entry, edu.Counts)
	}
	if len(a.Resolver.Warnings) != 1 {
		t.Fatalf("warnings %v, want one for 教育行政部门", a.Resolver.Warnings)
	}
	w := a.Resolver.Warnings[0].String()
	for _, want := range []string{"seeds/rule.txt:4:", "role 教育行政部门", "d.yaml", "government qingcheng", "roles:", "教育行政部门: <slug"} {
		if !strings.Contains(w, want) {
			t.Errorf("warning %q lacks %q", w, want)
		}
	}
}

// TestRoleOfUndeclaredGovernment: a rule of a government the registry
// does not declare warns that the government must be declared to hold
// roles; its roles are its own pages.
func TestRoleOfUndeclaredGovernment(t *testing.T) {
	reg, err := ParseRegistry("d.yaml", []byte(roleRegistry))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse.Parse("seeds/other.txt", []byte("黑山县人民政府令\n第一条　公安机关负责道路交通安全管理。\n"))
	if err != nil {
		t.Fatal(err)
	}
	doc.Meta.Issuer = "黑山县人民政府"
	a := Assign(doc, reg)
	if d := a.Department("heishan-gong-an-ji-guan"); d == nil || d.NameIn("en") != "Public Security Authority" {
		t.Errorf("have %v, want the role's own page heishan-gong-an-ji-guan", slugs(a.Departments))
	}
	if len(a.Resolver.Warnings) != 1 || !strings.Contains(a.Resolver.Warnings[0].Msg, "declare government heishan (黑山县)") {
		t.Errorf("warnings %v, want one saying to declare heishan", a.Resolver.Warnings)
	}
}

// TestRoleRegistryErrors: the roles of a government are a mapping of a
// role, as rules name it, to a department's slug of that government (or
// one it lies within).
func TestRoleRegistryErrors(t *testing.T) {
	const dept = "- name: 市交通运输局\n  en: T\n  kind: government\n  scope: a\n  slug: a-transport\n" +
		"- name: 市公安局\n  en: P\n  kind: government\n  scope: b\n  slug: b-police\n"
	const gov = "- government: a\n  name: 甲市\n  en: A\n"
	tests := []struct{ name, yaml, want string }{
		{"not a role", gov + "  roles:\n    交通运输局: a-transport\n" + dept, `d.yaml:5: role "交通运输局": expected a role as rules name it, ending in 部门 or 机关 (交通运输主管部门, 公安机关)`},
		{"no such slug", gov + "  roles:\n    交通运输主管部门: a-transit\n" + dept, `d.yaml:5: role 交通运输主管部门 of government a: "a-transit" is no department's slug`},
		{"another government's", gov + "  roles:\n    公安机关: b-police\n" + dept, `d.yaml:5: role 公安机关 of government a: b-police (市公安局, line 11) is a department of b, not of a`},
		{"not a mapping", gov + "  roles: [交通运输主管部门]\n" + dept, `d.yaml:4:`},
		{"twice", gov + "  roles:\n    公安机关: a-transport\n    公安机关: a-transport\n" + dept, `field "公安机关" given twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRegistry("d.yaml", []byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("have %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func slugs(ds []*Department) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Slug)
	}
	return out
}

// TestRoleKey: a role is a name ending in 部门 or 机关 (部門, 機關 in
// traditional characters), without the government of a level printed
// before it; a generic name (各有关部门) and a department's are none.
func TestRoleKey(t *testing.T) {
	for _, tt := range []struct{ name, key string }{
		{"县级以上人民政府交通运输主管部门", "交通运输主管部门"},
		{"区人民政府教育行政部门", "教育行政部门"},
		{"县（市、区）人民政府卫生健康主管部门", "卫生健康主管部门"},
		{"公安机关", "公安机关"},
		{"公安機關", "公安机关"},
		{"縣級以上人民政府教育行政部門", "教育行政部门"},
		{"州数据资源主管部门", "州数据资源主管部门"},
		{"各有关部门", ""},
		{"相关部门", ""},
		{"区教体局", ""},
		{"县级以上人民政府部门", ""},
	} {
		key, ok := roleKey(tt.name)
		if key != tt.key || ok != (tt.key != "") {
			t.Errorf("roleKey(%s): have %q %v, want %q", tt.name, key, ok, tt.key)
		}
	}
}
