package opendata_test

import (
	"testing"

	"plansite/generator/opendata"
	"plansite/generator/parse"
)

// TestVersionDateName names the FRBRdate of a regulation as revised, or a
// rule as amended, after the act that made its text (revision, amendment),
// not a signature, which neither has; a signed document's stays signature.
func TestVersionDateName(t *testing.T) {
	rule := "\n\n第一条　为了加强管理，制定本规定。\n\n第二条　本规定自公布之日起施行。\n"
	for _, tt := range []struct{ name, src, date, want string }{
		{"revised", "某市某某条例\n\n（2020年3月27日某市第十五届人民代表大会常务委员会第二十次会议通过　2024年11月29日某市第十六届人民代表大会常务委员会第十三次会议修订）" + rule, "2024-11-29", "revision"},
		{"amended", "某市某某规定\n\n（2011年7月7日某市人民政府第235号令发布　根据2024年11月27日某市人民政府第313号令修改）" + rule, "2024-11-27", "amendment"},
		{"signed", "某区某某方案\n\n一、总体要求\n\n坚持问题导向。\n\n某区人民政府\n\n2022年3月1日\n", "2022-03-01", "signature"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parse.Parse("x.txt", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			f := opendata.Work{Country: "cn", Subtype: "act", Actor: "x"}.Identify(d, "zh")
			if f.Date != tt.date || f.DateName != tt.want {
				t.Errorf("have date %q named %q, want %q named %q", f.Date, f.DateName, tt.date, tt.want)
			}
		})
	}
}
