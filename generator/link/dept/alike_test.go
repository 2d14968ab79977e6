package dept

import (
	"slices"
	"testing"

	"plansite/generator/plan"
)

// TestTellApart: two departments of one government the rule names alike
// (Enyang's 区交通局 and 区交通运输局, both District Transport Bureau, as
// the library's departments index listed them) each say their Chinese
// name beside the English; another government's namesake, a department
// alone, and one the registry names do not, and an index without the
// other unmarks it.
func TestTellApart(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte("- name: 区交通局\n  en: District Transport Bureau\n  kind: government\n  scope: zichuan\n  slug: transport-bureau\n"+
		"- government: zichuan\n  name: 淄川区\n  en: Zichuan District\n"))
	if err != nil {
		t.Fatal(err)
	}
	enyang := NewResolver(reg, &plan.Document{Slug: "enyang", File: "seeds/enyang.txt", Meta: plan.Meta{Issuer: "巴中市恩阳区人民政府"}})
	zichuan := NewResolver(reg, &plan.Document{Slug: "zichuan", File: "seeds/zichuan.txt", Meta: plan.Meta{Issuer: "淄川区人民政府"}})
	short, long, known, alone := enyang.Resolve("区交通局", 0), enyang.Resolve("区交通运输局", 0), zichuan.Resolve("区交通局", 0), enyang.Resolve("区财政局", 0)
	if known.Slug != "transport-bureau" {
		t.Fatalf("zichuan's 区交通局: have %s, want the registry's", known.Slug)
	}
	ds := []*Department{{Entry: short}, {Entry: long}, {Entry: known}, {Entry: alone}}
	tellApart(ds)
	for _, tt := range []struct {
		e    *Entry
		want string
	}{
		{short, "District Transport Bureau (区交通局)"},
		{long, "District Transport Bureau (区交通运输局)"},
		{known, "District Transport Bureau"},
		{alone, "District Finance Bureau"},
	} {
		if have := tt.e.NameIn("en"); have != tt.want {
			t.Errorf("%s: have %q, want %q", tt.e.Name, have, tt.want)
		}
	}
	tellApart(ds[:1])
	if have, want := short.NameIn("en"), "District Transport Bureau"; have != want {
		t.Errorf("alone in the next index: have %q, want %q", have, want)
	}
}

// TestTwins: a name is a twin where another of its group reads alike in
// English under another key, whatever the order; one body named alike
// twice, or two bodies alike in different groups, are none.
func TestTwins(t *testing.T) {
	for _, tt := range []struct {
		name  string
		names []Named
		want  []bool
	}{
		{"two keys", []Named{{"g", "Bureau", "甲"}, {"g", "Bureau", "乙"}}, []bool{true, true}},
		{"one key twice", []Named{{"g", "Bureau", "甲"}, {"g", "Bureau", "甲"}}, []bool{false, false}},
		{"other groups", []Named{{"g", "Bureau", "甲"}, {"h", "Bureau", "乙"}}, []bool{false, false}},
		{"last differs", []Named{{"g", "B", "甲"}, {"g", "B", "甲"}, {"g", "B", "乙"}, {"g", "C", "丙"}}, []bool{true, true, true, false}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if have := Twins(tt.names); !slices.Equal(have, tt.want) {
				t.Errorf("have %v, want %v", have, tt.want)
			}
		})
	}
}
