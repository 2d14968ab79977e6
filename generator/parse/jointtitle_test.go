package parse_test

import (
	"testing"

	"plansite/generator/parse"
)

// TestJointTitleOverLines wants a joint document's bodies, each printed
// on a line of its own over the title (海南省住房和城乡建设厅 / 海南省住房
// 公积金管理局 / 关于…的通知, the Hainan draft), kept apart by a space in
// the joined title, as the title prints on one line, so that an unsigned
// document is issued by both. Before, the names ran together into one
// (某市发展和改革委员会某市住房和城乡建设局), the issuer a body that is
// none.
func TestJointTitleOverLines(t *testing.T) {
	text := "某市发展和改革委员会\n某市住房和城乡建设局\n关于加强住房公积金管理的\n实施意见\n\n各区人民政府：\n为加强管理，提出如下意见：\n一、总体要求\n加强管理。\n二、保障措施\n落实责任。\n"
	doc, err := parse.Parse("joint.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := doc.Meta.Title, "某市发展和改革委员会 某市住房和城乡建设局关于加强住房公积金管理的实施意见"; have != want {
		t.Errorf("title: have %q, want %q", have, want)
	}
	if have, want := doc.Meta.Issuer, "某市发展和改革委员会、某市住房和城乡建设局"; have != want {
		t.Errorf("issuer: have %q, want %q", have, want)
	}
}
