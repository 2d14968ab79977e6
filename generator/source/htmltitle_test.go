package source_test

import (
	"testing"

	"plansite/generator/source"
)

// TestHTMLTitleNotALink: a block classed as a title that is only a link to
// another page (the interpretation a portal lists above the text, class
// relevant_title) is not the document's title: the page's title is the
// one its metadata block gives (信息名称, the name of the item of
// government information) or its own heading, and its 文件编号 is the
// document's number.
func TestHTMLTitleNotALink(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>常州市人民政府</title></head><body>
<table class="govinfo_frame"><tr><td><span class="govinfo_title">信息名称：</span>市政府关于印发《某市户籍准入管理若干规定》的通知</td></tr>
<tr><td><span class="govinfo_title">文件编号：</span>常政发〔2019〕17号</td></tr></table>
<div class="relevant_frame"><div class="relevant_class">解读：</div>
<div class='relevant_title'><img src='/dot1.gif' /><a href='/ns_news/692154987700840' target='_blank'>《某市户籍准入管理若干规定》政策解读</a></div></div>
<table><tr><td id="govhtbt" style="font-weight:bold">市政府关于印发《某市户籍准入管理若干规定》的通知</td></tr><tr><td>常政发〔2019〕17号</td></tr></table>
<div id="czfxfontzoom">
<p>各辖市、区人民政府，市各委办局：</p>
<p>《某市户籍准入管理若干规定》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
<p>常州市人民政府</p><p>2019年1月30日</p>
<p>某市户籍准入管理若干规定</p>
<p>第一条　为深入贯彻落实国家和省户籍制度改革精神，制定本规定。</p>
<p>第二条　本规定自公布之日起施行。</p>
</div></body></html>`
	doc, err := source.ParseBytes("seeds/changzhou.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "市政府关于印发《某市户籍准入管理若干规定》的通知"; doc.Meta.NoticeTitle != want {
		t.Errorf("notice title: have %q, want %q (title %q)", doc.Meta.NoticeTitle, want, doc.Meta.Title)
	}
	if want := "常政发〔2019〕17号"; doc.Meta.DocumentNumber != want {
		t.Errorf("number (文件编号): have %q, want %q", doc.Meta.DocumentNumber, want)
	}
	if want := "某市户籍准入管理若干规定"; doc.Meta.Title != want {
		t.Errorf("title: have %q, want %q", doc.Meta.Title, want)
	}
}
