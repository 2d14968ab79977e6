package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// shanghaiGift is a joint notice of two pages as its PDF prints it: the
// mark of its publicity (公 开) over the number, and every line followed
// by a blank line.
var shanghaiGift = func() []parse.Line {
	var lines []parse.Line
	for _, s := range []string{
		"                                  公 开", "", "", "", "",
		"            沪建房管联〔2021〕476 号", "", "", "", "",
		"        关于加强住房赠与管理的通知", "", "",
		"各区住房保障房屋管理局，各房地产交易中心、市房屋状况信", "",
		"息中心，各自然资源确权登记事务中心（不动产登记事务中", "",
		"心）：", "",
		"     为进一步严格执行住房限购政策，现就加强住房赠与管理", "",
		"有关事项通知如下：", "",
		"     一、自 2021 年 7 月 24 日起，通过赠与方式转让住房的，", "",
		"在住房限购政策执行中，该住房自转移登记之日起 5 年内仍记", "",
		"入赠与人拥有住房套数；受赠人应符合国家和本市住房限购政", "",
		"策。",
		"                                 —1—",
		"\f  二、各区自然资源确权登记事务中心（不动产登记事务中", "",
		"心）应将赠与住房转让纳入综合窗口收件；各区房地产交易中", "",
		"心应加强审核，将赠与住房转让纳入房屋交易核验范围（交易", "",
		"核验认定时点以综合窗口收件之日为准），对赠与当事人不符", "",
		"合住房限购政策的，不予办理交易登记手续。", "", "", "", "",
		"市住房城乡建设管理委   市房屋管理局   市自然资源确权登记局", "",
		"                 2021 年 7 月 23 日", "", "", "", "",
		"上海市房屋管理局办公室           2021 年 7 月 23 日印发", "",
		"—2—",
	} {
		lines = append(lines, parse.Line{Text: s})
	}
	return lines
}()

// TestPublicityMark reads the mark a document prints over its number of
// whether it is published (公开, 主动公开, 依申请公开) as its publicity, not
// its title, which was "公开" with the real title a preamble under it.
func TestPublicityMark(t *testing.T) {
	doc := parse.Lines("seeds/x.pdf", shanghaiGift, plan.Meta{})
	m := doc.Meta
	for _, c := range []struct{ what, have, want string }{
		{"notice title", m.NoticeTitle, "关于加强住房赠与管理的通知"},
		{"publicity", m.Publicity, "主动公开"},
		{"number", m.DocumentNumber, "沪建房管联〔2021〕476号"},
	} {
		if c.have != c.want {
			t.Errorf("have %s %q, want %q", c.what, c.have, c.want)
		}
	}
}

// TestDoubleSpacedPages joins the lines of a short PDF that prints a blank
// line after each (two pages, 22 lines of text): the paragraphs are
// whole, and the 主送 line over three printed lines is one.
func TestDoubleSpacedPages(t *testing.T) {
	doc := parse.Lines("seeds/x.pdf", shanghaiGift, plan.Meta{})
	if have := strings.Join(doc.Meta.Addressees, "|"); !strings.HasSuffix(have, "各自然资源确权登记事务中心（不动产登记事务中心）") {
		t.Errorf("have addressees %q, want the 主送 line whole", have)
	}
	if c := parse.Count(doc); c.Whole != c.Paragraphs {
		t.Errorf("%d of %d paragraphs end a sentence, want all", c.Whole, c.Paragraphs)
	}
}
