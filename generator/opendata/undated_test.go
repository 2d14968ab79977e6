package opendata_test

import (
	"strings"
	"testing"

	"plansite/generator/opendata"
	"plansite/generator/parse"
)

// TestUndated checks that a plan whose text gives no date gets none in its
// Akoma Ntoso identifiers (it used to be 0000-00-00), and that a year its
// document number gives dates the work URI.
func TestUndated(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"某省教育事业发展规划\n一、总体要求\n坚持立德树人。\n", "/akn/cn/doc/plan/x/x"},
		{"[发文字号] 某政发〔2021〕7号\n[主题分类] 教育\n某省教育事业发展规划\n一、总体要求\n坚持立德树人。\n", "/akn/cn/doc/plan/x/2021/7"},
	} {
		d, err := parse.Parse("x.txt", []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		f := opendata.Work{Country: "cn", Subtype: "plan", Actor: "x"}.Identify(d, "zh")
		if f.Work != tt.want || f.Date != "" || strings.Contains(f.Work, "0000") {
			t.Errorf("have work %q date %q, want %q and no date", f.Work, f.Date, tt.want)
		}
	}
}
