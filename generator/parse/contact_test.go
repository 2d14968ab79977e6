package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
)

// TestContactLineEnd takes a notice's last lines of whom to ask (出让文件领取
// 联系电话：郑丰敏0551-66223771) as complete, where Hefei's land-sale notice
// warned that its file may be cut off; a sentence cut short still warns.
func TestContactLineEnd(t *testing.T) {
	for _, tt := range []struct {
		name, last string
		cut        bool
	}{
		{"a telephone line", "出让文件领取联系电话：郑丰敏0551-66223771", false},
		{"a contact person", "联系人：王某某", false},
		{"a sentence cut short", "竞得人须在土地出让合同签订后8个月内开工，并", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := "某市国有建设用地使用权出让公告\n一、其他\n本公告未尽事宜，以出让文件为准。\n地块咨询电话：\n" + tt.last + "\n"
			doc, err := parse.Parse("a.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			cut := false
			for _, w := range doc.Warnings {
				cut = cut || strings.Contains(w.Msg, "cut off")
			}
			if cut != tt.cut {
				t.Errorf("have a cut-off warning %v, want %v: %v", cut, tt.cut, doc.Warnings)
			}
		})
	}
}
