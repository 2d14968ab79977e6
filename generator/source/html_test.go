package source_test

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"plansite/generator/source"
)

// portalPage is a portal page in the shape the corpus pages have: site
// navigation, a metadata table (labels in cells of their own, and in
// brackets), the title in an <h1>, the body with <p>, <br>, <div> and a
// data table, attachments, share buttons and a footer.
const portalPage = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某县人民政府关于印发某县示范规划的通知_某县人民政府门户网站</title>
<link rel="canonical" href="http://www.example.gov.cn/zwgk/2022/t1.html">
<script>var x = "一、这不是正文";</script></head>
<body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zcjd/">政策解读栏目的链接文字很多很多很多</a></div>
<table class="meta">
<tr><th>索 引 号</th><td>11111/2022-00042</td><th>主题分类</th><td>城乡建设</td></tr>
<tr><th>发文机关</th><td>某县人民政府</td><th>成文日期</th><td>2022年9月27日</td></tr>
</table>
<ul><li>[文号] 某政发〔2022〕8号</li><li>[发布日期] 2022-10-12</li><li>[有效性] 有效</li></ul>
<div class="article">
<h1>某县人民政府关于印发某县示范规划的通知</h1>
<div class="content" id="zoom">
<p>　　各乡镇人民政府，县直各单位：</p>
<p>　　现将《某县示范规划》印发给你们，请认真贯彻执行。</p>
<p>　　一、总体要求<br>　　坚持稳中求进工作总基调，推动高质量发展。</p>
<div>　　二、主要任务</div>
<p>表1　重点项目</p>
<table border="1"><tr><td>序号</td><td>名称</td><td>内容</td></tr><tr><td>1</td><td>示范工程</td><td>建设&nbsp;一期</td></tr></table>
<p>　　三、保障措施。加强组织领导，落实工作责任，确保各项任务落到实处。</p>
</div>
<div class="fujian">附件：<a href="./P020221012.pdf">附件1：项目清单.pdf</a></div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
</div>
<div class="footer">主办：某县人民政府办公室　地址：某县某路1号　备案号：某ICP备00000000号</div>
</body></html>`

func TestHTMLPortalPage(t *testing.T) {
	data, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(portalPage))
	if err != nil {
		t.Fatal(err)
	}
	text, err := source.ReadBytes("seeds/example.html", data)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range text.Lines {
		lines = append(lines, l.Text)
	}
	want := []string{
		"某县人民政府关于印发某县示范规划的通知",
		"　　各乡镇人民政府，县直各单位：",
		"　　现将《某县示范规划》印发给你们，请认真贯彻执行。",
		"　　一、总体要求",
		"　　坚持稳中求进工作总基调，推动高质量发展。",
		"　　二、主要任务",
		"表1　重点项目",
		"", "序号\t名称\t内容", "1\t示范工程\t建设 一期", "",
		"　　三、保障措施。加强组织领导，落实工作责任，确保各项任务落到实处。",
	}
	if have := strings.Join(lines, "\n"); have != strings.Join(want, "\n") {
		t.Errorf("lines:\nhave\n%s\nwant\n%s", have, strings.Join(want, "\n"))
	}
	m := text.Meta
	for _, f := range []struct{ name, have, want string }{
		{"index", m.Index, "11111/2022-00042"},
		{"subject", m.Subject, "城乡建设"},
		{"issuer", m.Issuer, "某县人民政府"},
		{"date", m.Date, "2022-09-27"},
		{"number", m.DocumentNumber, "某政发〔2022〕8号"},
		{"published", m.Published, "2022-10-12"},
		{"validity", m.Validity, "有效"},
	} {
		if f.have != f.want {
			t.Errorf("%s: have %q, want %q", f.name, f.have, f.want)
		}
	}
	if len(m.Attachments) != 1 || m.Attachments[0].URL != "http://www.example.gov.cn/zwgk/2022/P020221012.pdf" || m.Attachments[0].Name != "附件1：项目清单.pdf" {
		t.Errorf("attachments: have %+v, want the PDF resolved against the canonical address", m.Attachments)
	}
	// Places are the page's lines.
	if p := text.Lines[1].Place; p != "line 16" {
		t.Errorf("place of the first body line: have %q, want %q", p, "line 16")
	}
	doc, err := source.ParseBytes("seeds/example.html", data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Index != "11111/2022-00042" || doc.Meta.Published != "2022-10-12" {
		t.Errorf("document metadata: have %+v", doc.Meta)
	}
}

func TestHTMLCharset(t *testing.T) {
	body := `<p>一、总体要求。坚持稳中求进工作总基调，推动经济社会高质量发展，加强组织领导，落实工作责任，确保各项任务落到实处，不断提高人民群众的获得感、幸福感和安全感，推动各项工作取得新成效，为全面建设社会主义现代化国家作出新的更大贡献。</p>`
	gb := func(s string) []byte {
		b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"utf-8 byte order mark", append([]byte("\xEF\xBB\xBF"), []byte("<html><body>"+body+"</body></html>")...)},
		{"meta charset gb2312", gb(`<html><head><meta charset="gb2312"></head><body>` + body + `</body></html>`)},
		{"http-equiv gbk", gb(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>` + body + `</body></html>`)},
		{"gb18030 beyond GBK", gb(`<html><head><meta charset="gb18030"></head><body>` + strings.Replace(body, "总体", "总𠀀体", 1) + `</body></html>`)},
		{"no declaration, utf-8", []byte("<html><body>" + body + "</body></html>")},
		{"no declaration, gbk", gb("<html><body>" + body + "</body></html>")},
		{"meta charset windows-1252, gbk", gb(`<html><head><meta charset="windows-1252"></head><body>` + body + `</body></html>`)},
		{"no declaration, gb18030 beyond GBK", gb("<html><body>" + strings.Replace(body, "总体", "总𠀀体", 1) + "</body></html>")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := source.ReadBytes("seeds/x.html", tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(text.Lines) == 0 || !strings.HasPrefix(text.Lines[0].Text, "一、总") {
				t.Errorf("have %q, want the text decoded", text.Lines)
			}
		})
	}
}
