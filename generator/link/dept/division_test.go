package dept

import (
	"testing"

	"plansite/generator/plan"
)

// TestDivisionOfIssuer: in a plan a bureau issues, its divisions — bare
// or after 省局, the provincial bureau — are named as the issuer's units
// by their field and kind; not in a plan a government issues, nor where
// the field is unknown.
func TestDivisionOfIssuer(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte("- government: jiangxi\n  name: 江西省\n  en: Jiangxi Province\n"))
	if err != nil {
		t.Fatal(err)
	}
	const of = " of the Jiangxi Provincial Market Regulation Bureau"
	for _, tt := range []struct{ issuer, zh, want string }{
		{"江西省市场监督管理局", "计量处", "Metrology Division" + of},
		{"江西省市场监督管理局", "省局登记注册局", "Registration Bureau" + of},
		{"江西省市场监督管理局", "省局行政许可评审中心", "Administrative Licensing Review Center" + of},
		{"江西省市场监督管理局", "特种设备局", "Special Equipment Bureau" + of},
		{"江西省市场监督管理局", "市局计量处", ""}, // a city's bureau is not the province's
		{"江西省市场监督管理局", "省局宇航处", ""}, // a field it does not know
		{"江西省人民政府办公厅", "计量处", ""},   // whose division, a government's plan does not say
		// No division: the bodies of a kind (bodykinds.go).
		{"江西省市场监督管理局", "省局各检验检测机构", "Inspection and Testing Institutions"},
	} {
		t.Run(tt.issuer+"/"+tt.zh, func(t *testing.T) {
			doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: tt.issuer}}
			e := NewResolver(reg, doc).Resolve(tt.zh, 0)
			if have := e.ByRule; have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

// TestDivisionOnePage: a bureau's plan names its division bare and after
// 省局 (the Jiangxi regulator's 网监处 and 省局网监处): one department, one
// page; a city bureau's division in a province's plan, or a 省局 name in
// a government's plan, stays apart.
func TestDivisionOnePage(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte("- government: jiangxi\n  name: 江西省\n  en: Jiangxi Province\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		issuer, a, b string
		same         bool
	}{
		{"江西省市场监督管理局", "网监处", "省局网监处", true},
		{"江西省市场监督管理局", "价监竞争局", "省局价监竞争局", true},
		{"江西省市场监督管理局", "计量处", "市局计量处", false},
		{"江西省人民政府办公厅", "网监处", "省局网监处", false},
	} {
		t.Run(tt.issuer+"/"+tt.b, func(t *testing.T) {
			doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: tt.issuer}}
			rs := NewResolver(reg, doc)
			a, b := rs.Resolve(tt.a, 1), rs.Resolve(tt.b, 2)
			if have := a == b; have != tt.same {
				t.Errorf("same entry: have %v (%s, %s), want %v", have, a.Slug, b.Slug, tt.same)
			}
		})
	}
}
