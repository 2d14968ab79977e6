package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestBlankDate wants a draft's closing read as its closing: two bodies
// signing side by side on one line, then a date left to be filled in
// (2023年  月   日), as the Hainan provident-fund draft (.docx, a 附件 of
// a call for comments) prints them; the date is the closing's, the
// document has none (Meta.Date), and a warning at its line says so.
// Before, both lines were paragraphs of the last part and the warning
// said the file might be cut off.
func TestBlankDate(t *testing.T) {
	tests := []struct {
		name, closing, issuer string
		signatures            int
	}{
		{"two signers side by side", " 海南省住房和城乡建设厅    海南省住房公积金管理局\n                             2023年  月   日\n", "海南省住房和城乡建设厅" + plan.IssuerSeparator + "海南省住房公积金管理局", 2},
		{"one signer, no year", "某市住房公积金管理委员会\n年　　月　　日\n", "某市住房公积金管理委员会", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "附件\n某省某厅关于提取住房公积金的通知\n（征求意见稿）\n\n各市县住房和城乡建设局：\n为贯彻落实有关精神，现就有关事项通知如下：\n一、优化住房合同备案规定\n（一）支持购房人使用住房公积金。\n二、提取住房公积金支付购房首付款\n购房人可申请提取。\n三、本通知自印发之日起实施。\n\n\n" + tt.closing
			doc, err := parse.Parse("draft.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			c := doc.Node("conclusions")
			if c == nil {
				t.Fatalf("no conclusions in\n%s", outline(doc))
			}
			signatures, dates := 0, 0
			for _, n := range c.Children {
				switch n.Kind {
				case plan.KindSignature:
					signatures++
				case plan.KindDate:
					dates++
				}
			}
			if signatures != tt.signatures || dates != 1 {
				t.Errorf("have %d signatures and %d dates, want %d and 1:\n%s", signatures, dates, tt.signatures, outline(doc))
			}
			if doc.Meta.Issuer != tt.issuer || doc.Meta.Date != "" {
				t.Errorf("issuer, date: have %q, %q, want %q, \"\"", doc.Meta.Issuer, doc.Meta.Date, tt.issuer)
			}
			warned := false
			for _, w := range doc.Warnings {
				warned = warned || strings.Contains(w.Msg, "date is left blank") && w.Line == strings.Count(text, "\n")
				if strings.Contains(w.Msg, "cut off") {
					t.Errorf("warning %v: the file is whole", w)
				}
			}
			if !warned {
				t.Errorf("no warning of the blank date at line %d: %v", strings.Count(text, "\n"), doc.Warnings)
			}
		})
	}
}

// TestAnnexedNotice wants a notice sent as the 附件 of a letter (a draft
// for comment: 附件, then the notice's title with （征求意见稿）, its 主送
// line, its text) read as a notice, its 主送 its addressees, and the 附件
// line, the letter's, taken out with a warning. Before, the file was a
// document titled under 附件 whose 主送 line was its first paragraph.
func TestAnnexedNotice(t *testing.T) {
	text := "附件\n某省住房和城乡建设厅关于提取住房公积金的通知（征求意见稿）\n\n各市县住房和城乡建设局，各房地产开发企业：\n为贯彻落实有关精神，现就有关事项通知如下：\n一、优化住房合同备案规定\n支持购房人使用住房公积金。\n二、本通知自印发之日起实施。\n某省住房和城乡建设厅\n2023年  月   日\n"
	doc, err := parse.Parse("draft.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := doc.Meta.NoticeTitle, "某省住房和城乡建设厅关于提取住房公积金的通知（征求意见稿）"; have != want {
		t.Errorf("notice title: have %q, want %q\n%s", have, want, outline(doc))
	}
	if have, want := strings.Join(doc.Meta.Addressees, "|"), "各市县住房和城乡建设局|各房地产开发企业"; have != want {
		t.Errorf("addressees: have %q, want %q", have, want)
	}
	if len(doc.Dropped) != 1 || doc.Dropped[0].Text != "附件" || doc.Dropped[0].Line != 1 {
		t.Errorf("dropped: have %+v, want the 附件 line", doc.Dropped)
	}
	warned := false
	for _, w := range doc.Warnings {
		warned = warned || w.Line == 1 && strings.Contains(w.Msg, "附件")
	}
	if !warned {
		t.Errorf("no warning at line 1: %v", doc.Warnings)
	}
}

// TestBlankDateFieldKept wants a form's line for a date to be filled in
// (日期：  年 月  日, under a 承诺书's signatures) kept as text: a portal's
// posting date (日期：2023-03-10) is page furniture, a field left blank is
// none. Before, both of the Changle 承诺和授权书's were taken out as lines
// of the portal page.
func TestBlankDateFieldKept(t *testing.T) {
	text := "某承诺书\n一、我们愿意遵守以上承诺。\n申 请 人：\n日期：  年 月  日\n注：承诺人签名并加摁手印。\n"
	doc, err := parse.Parse("form.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Dropped) != 0 {
		t.Errorf("dropped %+v, want nothing", doc.Dropped)
	}
	if !strings.Contains(doc.Source(), "日期：  年 月  日") {
		t.Errorf("the date field is not in the text:\n%s", outline(doc))
	}
}
