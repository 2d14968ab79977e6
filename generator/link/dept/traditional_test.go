package dept

import (
	"testing"

	"plansite/generator/parse"
)

// TestRoleTraditional: a role a rule prints in traditional characters
// (公安機關, 交通運輸主管部門 with 部門) is the role the registry names in
// simplified ones, through the parser's mapping: its duties are that
// department's, and the role keeps its name as printed.
func TestRoleTraditional(t *testing.T) {
	reg, err := ParseRegistry("d.yaml", []byte(roleRegistry))
	if err != nil {
		t.Fatal(err)
	}
	rule := "第一條　為了加強管理，制定本辦法。\n第二條　公安機關負責道路交通安全管理。\n第三條　本市公安機關應當加強校車駕駛人管理。\n"
	doc, err := parse.Parse("seeds/rule.txt", []byte(rule))
	if err != nil {
		t.Fatal(err)
	}
	a := Assign(doc, reg)
	police := a.Department("qc-public-security-bureau")
	if police == nil || police.Counts != (Counts{Lead: 2}) {
		t.Fatalf("qc-public-security-bureau: have %+v, want leading 2 (第二條, 第三條); departments %v", police, slugs(a.Departments))
	}
	for _, eid := range []string{"art_2", "art_3"} {
		for _, as := range a.Responsible(doc.Node(eid)) {
			if as.Dept != police.Entry {
				t.Errorf("%s: have %s → %s, want → qc-public-security-bureau", eid, as.Written, as.Dept.Slug)
			}
		}
	}
	if len(a.Resolver.Warnings) != 0 {
		t.Errorf("warnings: %v", a.Resolver.Warnings)
	}
}
