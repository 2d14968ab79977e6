package dept

import (
	"testing"

	"plansite/generator/plan"
)

// TestMissionNamed: an ad hoc body, or a unit of one, whose mission the
// site's vocabulary says (Registry.Missions) is named with it after its
// kind (Nanjing's issuer, 市促进房地产市场平稳健康发展领导小组办公室, was "Office of
// the Municipal Leading Group", which any city's leading group of any
// mission was too); one it does not say, or a mission a field names, keeps
// the name by kind; without Missions every name is by kind alone.
func TestMissionNamed(t *testing.T) {
	missions := map[string]string{"促进房地产市场平稳健康发展": "Promoting the Steady and Healthy Development of the Real Estate Market",
		"铁路沿线安全环境治理": "Safety Environment Governance along Railways"}
	reg, err := ParseRegistry("reg.yaml", []byte("- government: beijing\n  name: 北京市\n  en: Beijing\n"))
	if err != nil {
		t.Fatal(err)
	}
	reg.Missions = func(slug, mission string) string {
		if slug != "x" {
			t.Errorf("slug %q, want the plan's, x", slug)
		}
		return missions[mission]
	}
	for _, tt := range []struct{ issuer, zh, want string }{
		{"市促进房地产市场平稳健康发展领导小组办公室", "市促进房地产市场平稳健康发展领导小组办公室",
			"Office of the Municipal Leading Group for Promoting the Steady and Healthy Development of the Real Estate Market"},
		{"北京市人民政府", "北京市铁路沿线安全环境治理联席会议", "Beijing Municipal Joint Meeting for Safety Environment Governance along Railways"},
		{"北京市人民政府", "北京市铁路沿线安全环境治理联席会议成员单位", "Member Units of the Beijing Municipal Joint Meeting for Safety Environment Governance along Railways"},
		{"北京市人民政府", "北京市宇航联席会议", "Beijing Municipal Joint Meeting"}, // a mission it does not say
		{"北京市人民政府", "区委教育工作领导小组", "Education Leading Group of the CPC District Committee"},
		{"北京市人民政府", "县疫情防控指挥部", "County Headquarters"},
	} {
		t.Run(tt.zh, func(t *testing.T) {
			doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: tt.issuer}}
			if have := NewResolver(reg, doc).Resolve(tt.zh, 0).ByRule; have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
	reg.Missions = nil
	doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: "北京市人民政府"}}
	if have, want := NewResolver(reg, doc).Resolve("北京市铁路沿线安全环境治理联席会议", 0).ByRule, "Beijing Municipal Joint Meeting"; have != want {
		t.Errorf("without Missions: have %q, want %q", have, want)
	}
}
