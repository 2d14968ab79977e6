package source_test

import (
	"testing"

	"plansite/generator/source"
)

// TestHTMLMetaSideBySide reads a portal's metadata table whose cells print
// two labels side by side in one line, the second left empty (索引号：… then
// 主题分类：, 文号：then 发布日期：…, as Hainan's provident-fund portal
// prints them): each label its own entry, an empty one filling nothing,
// where the number read 发布日期：2026-06-26 22:25 and the index ended in
// 主题分类：.
func TestHTMLMetaSideBySide(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>某省住房公积金管理局</title></head><body>
<div class="zwgk"><ul>
<li><span><strong>索&nbsp;&nbsp;引&nbsp;号：</strong>42820293-0/2026-40102</span>
  <span><strong>主题分类：</strong></span></li>
<li><span><strong>发文机关：</strong>某省住房公积金管理局</span>
  <span><strong>成文日期：</strong>2026-06-26 22:25</span></li>
<li><span><strong>文&nbsp;&nbsp;&nbsp;号：</strong></span><span><strong>发布日期：</strong>
2026-06-27 10:05 </span></li>
</ul></div>
<div id="zoomcon">
<p>某省住房公积金管理局关于2026年度住房公积金缴存基数范围的通告</p>
<p>根据《住房公积金管理条例》及相关规定，现将有关事项通告如下。</p>
<p>一、职工住房公积金缴存基数不低于当地最低工资标准。</p>
<p>特此通告。</p>
<p>某省住房公积金管理局</p><p>2026年6月26日</p>
</div></body></html>`
	doc, err := source.ParseBytes("seeds/notice.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Meta
	for _, f := range []struct{ name, have, want string }{
		{"index", m.Index, "42820293-0/2026-40102"},
		{"subject", m.Subject, ""},
		{"number", m.DocumentNumber, ""},
		{"issuer", m.Issuer, "某省住房公积金管理局"},
		{"date", m.Date, "2026-06-26"},
		{"published", m.Published, "2026-06-27"},
	} {
		if f.have != f.want {
			t.Errorf("%s: have %q, want %q", f.name, f.have, f.want)
		}
	}
}
