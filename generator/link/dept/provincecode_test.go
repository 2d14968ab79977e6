package dept

import (
	"testing"

	"plansite/generator/plan"
)

// TestProvinceByNumber: a province's body printed by level alone
// (省政府办公厅, as the Jiangxi portal prints its issuer) is the province
// its document number opens with, declared or not, where the Jiangxi
// portal's plans were Shandong's because the registry declares Shandong's
// 省X厅, which they name too; a county's number opening with a
// province's short name (川政发) names no province.
func TestProvinceByNumber(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte(`- government: shandong
  name: 山东省
  en: Shandong Province
- name: 省商务厅
  en: Shandong Provincial Department of Commerce
  kind: government
  scope: shandong
  slug: sd-commerce
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ issuer, number, gov, how, en string }{
		{"省政府办公厅", "赣府厅发〔2020〕7号", "jiangxi", "number", "Jiangxi Province"},
		{"省粮食和物资储备局", "赣粮办发〔2020〕3号", "jiangxi", "number", "Jiangxi Province"},
		{"省政府办公厅", "鲁政办发〔2021〕1号", "shandong", "number", "Shandong Province"},
		{"自治区人民政府办公厅", "桂政办发〔2021〕5号", "guangxizhuangzu", "number", "Guangxi Zhuang Autonomous Region"}, // not a place named 自治
		{"省政府办公厅", "桂政发〔2021〕5号", "", "", ""},                                                           // an autonomous region's code, a province's issuer
		{"区政府", "川政发〔2022〕10号", "", "", ""},                                                             // not Sichuan's
		{"省政府", "省政府令第223号", "", "", ""},
		{"市房屋管理局、市住房城乡建设管理委", "沪建房管联〔2024〕58号", "shanghai", "number", "Shanghai"}, // a municipality's bureaus
		{"市政府办公室", "川府发〔2022〕3号", "", "", ""},                                     // a province's code, a city's issuer
	} {
		t.Run(tt.issuer+tt.number, func(t *testing.T) {
			doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: tt.issuer, DocumentNumber: tt.number}}
			rs := NewResolver(reg, doc)
			if tt.gov == "" {
				if rs.Gov != nil {
					t.Errorf("have %+v by %s, want none", rs.Gov, rs.How)
				}
				return
			}
			if rs.Gov == nil || rs.Gov.ID != tt.gov || rs.How != tt.how || rs.Gov.EN != tt.en {
				t.Errorf("have %+v by %s, want %s (%s) by %s", rs.Gov, rs.How, tt.gov, tt.en, tt.how)
			}
		})
	}
}

// TestGovernmentBodyByLevel: a province's issuer printed by level alone
// is named as the province's body in English, as its full name is.
func TestGovernmentBodyByLevel(t *testing.T) {
	jiangxi := &Government{ID: "jiangxi", Name: "江西省", EN: "Jiangxi Province"}
	for _, tt := range []struct {
		zh   string
		g    *Government
		want string
	}{
		{"省政府办公厅", jiangxi, "General Office of the Jiangxi Provincial People's Government"},
		{"江西省人民政府办公厅", jiangxi, "General Office of the Jiangxi Provincial People's Government"},
		{"省粮食和物资储备局", jiangxi, "Jiangxi Provincial Food and Strategic Reserves Bureau"},
		{"市政府办公室", jiangxi, ""}, // a city's level is not the province's
	} {
		if _, have, _ := GovernmentBody(tt.zh, tt.g); have != tt.want {
			t.Errorf("%s: have %q, want %q", tt.zh, have, tt.want)
		}
	}
}
