package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
)

// TestIssuerFromPrinter: a notice printed without its signature (dated
// only, as the Shanghai purchase-limit notice, generator/testdata/more) is
// issued by the body whose office prints it (印发机关 上海市房屋管理局办公室
// for 沪建房管联〔2024〕58号), or by the office itself where its number is
// the office's (榕政办: 福州市人民政府办公厅); where no number says which,
// or a signature says who, the printer names no issuer.
func TestIssuerFromPrinter(t *testing.T) {
	notice := func(number, signature, printer string) string {
		return number + "\n\n关于优化本市住房限购政策的通知\n\n各有关单位：\n\n" +
			"为更好满足居民合理住房需求，经市政府同意，现就优化本市住房限购政策事宜通知如下：\n\n" +
			"本通知自2024年1月31日起施行。\n\n" + signature + "2024年1月30日\n\n（此件公开发布）\n\n" +
			printer + "   2024年1月30日印发\n"
	}
	tests := []struct{ name, text, want string }{
		{"a body's office prints its notice", notice("沪建房管联〔2024〕58号", "", "上海市房屋管理局办公室"), "上海市房屋管理局"},
		{"a 办公厅 prints its government's", notice("沪府规〔2024〕3号", "", "上海市人民政府办公厅"), "上海市人民政府"},
		{"the office's own number", notice("榕政办〔2016〕186号", "", "福州市人民政府办公厅"), "福州市人民政府办公厅"},
		{"a body prints its own", notice("宜公积金委〔2022〕5号", "", "安庆市住房公积金管理委员会"), "安庆市住房公积金管理委员会"},
		{"no number: the office may print either", notice("", "", "上海市房屋管理局办公室"), ""},
		{"signed", notice("沪建房管联〔2024〕58号", "上海市住房和城乡建设管理委员会\n", "上海市房屋管理局办公室"), "上海市住房和城乡建设管理委员会"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("shanghai.txt", []byte(strings.TrimLeft(tt.text, "\n")))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Issuer != tt.want {
				t.Errorf("issuer: have %q, want %q (printer %q, number %q)", doc.Meta.Issuer, tt.want, doc.Meta.Printer, doc.Meta.DocumentNumber)
			}
		})
	}
}
