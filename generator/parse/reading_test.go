package parse_test

import (
	"strings"
	"testing"
	"time"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// readingPDF is a notice followed in its file by its 解读, as the Dongguan
// provident-fund PDFs print them (generator/testdata/more): the notice's
// seal a page of images (nothing in the text), the 解读's title over two
// lines at the top of its page, its preamble and numbered points, then
// the 版记 page with 公开方式：主动公开.
const readingPDF = "东莞市住房公积金管理委员会文件\n" +
	"       东公积金委〔2023〕2 号\n\n" +
	"东莞市住房公积金管理委员会关于阶段性实施\n" +
	" 部分住房公积金提取政策的通知（暂行）\n\n" +
	"各住房公积金缴存人：\n" +
	"  为贯彻落实国家和省市有关精神，现阶段性实施部分提取政策如下：\n" +
	"  一、购买本市新建商品住房可提取住房公积金支付首付款。\n" +
	"  二、多子女家庭租房提取的规定比例从 70%提高至 100%。\n" +
	"  本通知自印发之日起实施，有效期至 2025 年 2 月 28 日。\n" +
	"  特此通知\n\n" +
	"\f\f        关于阶段性实施部分住房公积金\n" +
	"            提取政策的解读\n\n" +
	"  管委会印发《通知》，我中心现对阶段性实施部分提取政策解读如下：\n" +
	"  一、关于提取公积金支付购买本市新建商品住房首付款\n" +
	"  为支持刚性和改善性住房需求，允许缴存人提取。\n" +
	"  二、关于政策实施起止时间\n" +
	"  本次阶段性实施部分提取政策自管委会发布实施之日起实施。\n\n" +
	"\f公开方式：主动公开\n\n" +
	"东莞市住房公积金管理委员会办公室   2023 年 9 月 11 日印发\n"

// TestNoticeThenReading wants a notice followed by its 解读 read as the
// notice, with plain eIds, and the 解读 after it as an annex of its own,
// named by its whole title (printed over two lines) and not numbered as
// a 附件, with a warning at its title's line; 公开方式：主动公开 in the
// 版记 is the notice's publicity. Before, the notice's text was att_1,
// the 解读's title was split between att_1's last part and att_2's
// heading, and 公开方式 was the 解读's last paragraph.
func TestNoticeThenReading(t *testing.T) {
	oneLine := strings.Replace(readingPDF, "住房公积金\n            提取", "住房公积金提取", 1) // the 2020 file's title
	for name, text := range map[string]string{"title over two lines": readingPDF, "title on one line": oneLine} {
		t.Run(name, func(t *testing.T) { checkNoticeThenReading(t, text) })
	}
}

func checkNoticeThenReading(t *testing.T, text string) {
	doc, err := parse.Parse("dongguan.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, eid := range []string{"preamble__para_1", "part_1", "part_2", "para_1", "para_2", "att_1__para_1", "att_1__part_1", "att_1__part_2", "conclusions__publicity"} {
		if doc.Node(eid) == nil {
			t.Errorf("no node %s in\n%s", eid, outline(doc))
		}
	}
	att := doc.Node("att_1")
	if att == nil {
		t.Fatalf("no att_1 in\n%s", outline(doc))
	}
	if want := "关于阶段性实施部分住房公积金提取政策的解读"; att.Heading != want || att.Ordinal != 0 || att.Num != "" {
		t.Errorf("the 解读: have heading %q, ordinal %d, num %q, want %q, 0, \"\"", att.Heading, att.Ordinal, att.Num, want)
	}
	if have, want := plan.Level(att, true, false), "解读"; have != want {
		t.Errorf("the 解读's label: have %q, want %q", have, want)
	}
	if have, want := plan.Level(att, false, true), "Interpretation"; have != want {
		t.Errorf("the 解读's English label: have %q, want %q", have, want)
	}
	if doc.Meta.Publicity != "主动公开" || doc.Meta.NoticeTitle != "东莞市住房公积金管理委员会关于阶段性实施部分住房公积金提取政策的通知（暂行）" {
		t.Errorf("publicity, notice title: have %q, %q", doc.Meta.Publicity, doc.Meta.NoticeTitle)
	}
	warned := false
	for _, w := range doc.Warnings {
		if strings.Contains(w.Msg, "解读") && strings.Contains(w.Msg, att.Heading) && w.Line == att.Line && w.Line == 14 {
			warned = true
		}
	}
	if !warned {
		t.Errorf("no warning naming the 解读 at line 14: %v", doc.Warnings)
	}
}

// TestDocumentsAdvance parses, each within a time limit, files where one
// document stops at a line the next might not take: a 解读's title the
// title test refuses (a date under it, too long, the file's first line), a
// publicity line with or without the 版记 after it. A document that stopped
// at such a line, and a next one that stopped there again, would loop for
// ever (the fix for the Dongguan 解读 written last session hung so); and
// a run of lines each of which asks how the file goes on to its end.
func TestDocumentsAdvance(t *testing.T) {
	long := "关于" + strings.Repeat("阶段性实施部分住房公积金提取政策", 4) + "的解读"
	tests := map[string]string{
		"a date under the title": "某规划\n一、甲。\n二、乙。\n关于某政策的解读\n2023年9月11日\n一、关于甲\n正文。",
		"a title too long":       "某规划\n一、甲。\n" + long + "\n一、关于甲\n正文。",
		"the first line":         "关于某政策的解读\n2023年9月11日\n关于某政策的解读\n一、关于甲\n正文。",
		"two in a row":           "某规划\n一、甲。\n关于某政策的解读\n关于某政策的解读\n关于某政策的解读\n2023年9月11日",
		"publicity, then text":   "某规划\n一、甲。\n公开方式：主动公开\n二、乙。\n公开方式：主动公开",
		"publicity, the 版记":      "某规划\n一、甲。\n公开方式：主动公开\n某办公室   2023 年 9 月 11 日印发\n关于某政策的解读\n公开方式：主动公开",
		// Each line of the run asked whether only the 版记 followed it:
		// 10,000 took minutes.
		"a run of publicity lines": "某规划\n一、甲。\n" + strings.Repeat("公开方式：主动公开\n", 10000) + "正文。",
		"the 解读 after a closing":   "某规划\n一、甲。\n某委员会\n2023年9月11日\n关于某政策的\n解读\n2023年9月11日\n关于某政策的解读\n某委员会\n2023年9月11日",
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				doc, err := parse.Parse("loop.txt", []byte(text))
				if err == nil && !strings.Contains(squeezed(doc.Source()), "解读") && strings.Contains(text, "解读") {
					t.Errorf("the 解读 was lost:\n%s", outline(doc))
				}
				done <- err
			}()
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("Parse did not return in 20 s: a loop that does not advance, or one that goes quadratic")
			}
		})
	}
}

func squeezed(s string) string { return strings.Join(strings.Fields(s), "") }
