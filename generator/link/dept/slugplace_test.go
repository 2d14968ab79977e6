package dept

import (
	"testing"

	"plansite/generator/parse"
)

// TestSlugPlace: Nanjing's notice, signed by 市促进房地产市场平稳健康发展领导小组办公室
// without its city, is Nanjing's (its file name opens with nanjing and its
// text says 南京户籍), where nothing told its government and its issuer
// was an office of "the Municipal Leading Group" of no city; a file name
// the text does not bear out, or an issuer of a level the text's place is
// not, tells nothing.
func TestSlugPlace(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte("[]"))
	if err != nil {
		t.Fatal(err)
	}
	const body = "关于进一步优化无房家庭购房工作的通知\n各区人民政府：\n一、购房条件\n1、具有南京户籍满5年。\n"
	for _, tt := range []struct{ slug, text, issuer, want string }{
		{"nanjing-homeless-families-2021", body, "市促进房地产市场平稳健康发展领导小组办公室", "Nanjing"},
		{"suzhou-homeless-families-2021", body, "市促进房地产市场平稳健康发展领导小组办公室", ""},
		{"nanjing-homeless-families-2021", "关于购房工作的通知\n一、购房条件\n1、具有本市户籍满5年。\n", "市促进房地产市场平稳健康发展领导小组办公室", ""},
		{"nanjing-homeless-families-2021", body, "促进房地产市场平稳健康发展领导小组办公室", ""},
	} {
		t.Run(tt.slug+" "+tt.issuer, func(t *testing.T) {
			doc, err := parse.Parse("seeds/"+tt.slug+".txt", []byte(tt.text+tt.issuer+"\n2021年5月28日\n"))
			if err != nil {
				t.Fatal(err)
			}
			doc.Meta.Issuer = tt.issuer
			g, how := reg.GovernmentOf(doc)
			have := ""
			if g != nil {
				have = g.EN
			}
			if have != tt.want || tt.want != "" && how != "slug" {
				t.Errorf("have %q (%s), want %q", have, how, tt.want)
			}
			if tt.want == "" {
				return
			}
			rs := NewResolver(reg, doc)
			if have, want := rs.WithMission(tt.issuer, rs.Resolve(tt.issuer, 0).ByRule), "Office of the Nanjing Municipal Leading Group"; have != want {
				t.Errorf("issuer: have %q, want %q", have, want)
			}
		})
	}
}
