package dept

import (
	"strings"
	"testing"

	"plansite/generator/plan"
)

// TestOwnGovernmentOneName: the plan's government, named in its lists by
// level (市政府, 市人民政府) or by place (嘉兴市政府, 浙江省嘉兴市人民政府), is
// one department, where each form was a page of its own and the bare ones
// were "Municipal People's Government" with no city; where the registry
// has the government's body, every form is that entry. Another level's
// government (县政府 in a city's plan) stays as printed.
func TestOwnGovernmentOneName(t *testing.T) {
	doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: "浙江省嘉兴市人民政府"}}
	empty, err := ParseRegistry("reg.yaml", []byte("[]"))
	if err != nil {
		t.Fatal(err)
	}
	listed, err := ParseRegistry("reg.yaml", []byte("- name: 嘉兴市人民政府\n  aliases: [市政府]\n  en: Jiaxing Municipal People's Government\n  kind: government\n  scope: jiaxing\n  slug: jx-government\n- government: jiaxing\n  name: 嘉兴市\n  full: 浙江省嘉兴市\n  en: Jiaxing\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		reg  *Registry
		want string // the slug of every form
	}{
		{"not in the registry", empty, ""}, // the first form's
		{"in the registry", listed, "jx-government"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rs := NewResolver(tt.reg, doc)
			if tt.want == "" {
				tt.want = rs.Resolve("市政府", 1).Slug
			}
			for _, form := range []string{"市政府", "市人民政府", "嘉兴市政府", "嘉兴市人民政府", "浙江省嘉兴市人民政府"} {
				if e := rs.Resolve(form, 1); e.Slug != tt.want || !strings.HasPrefix(e.NameIn("en"), "Jiaxing") {
					t.Errorf("%s: have %s (%q), want %s", form, e.Slug, e.NameIn("en"), tt.want)
				}
			}
			if e := rs.Resolve("县政府", 1); e.Slug == tt.want {
				t.Errorf("县政府 of a city's plan: have %s, the city's government", e.Slug)
			}
		})
	}
}
