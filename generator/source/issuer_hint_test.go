package source_test

import (
	"testing"

	"plansite/generator/source"
)

// TestPostedByHint: a portal page's 发布机构 (the office that posted it)
// names the issuer of a text signed by a person, but not of one signed by
// a body, nor over a 发文机关; a 发文机关 names the issuer only where the
// text names no body.
func TestPostedByHint(t *testing.T) {
	page := func(label, value, signature string) string {
		return `<html><head><meta charset="utf-8"><title>关于开展住房安全检查的通知</title></head><body>
<table><tr><td>` + label + `：</td><td>` + value + `</td><td>成文日期：</td><td>2024年11月7日</td></tr></table>
<div class="article"><h1>关于开展住房安全检查的通知</h1>
<p>各区县（市）住房城乡建设局：</p>
<p>为做好住房安全工作，保障人民群众生命财产安全，现就开展住房安全检查有关事项通知如下。</p>
<p>一、检查范围。全市城镇既有房屋，重点是老旧住宅小区、学校和医院的房屋。</p>
<p>二、工作要求。各单位要加强组织领导，落实工作责任，确保检查工作取得实效。</p>
<p>` + signature + `</p><p>2024年11月7日</p></div></body></html>`
	}
	tests := []struct{ name, html, want string }{
		{"发布机构 and a person's signature", page("发布机构", "沈阳市房产局", "局长 张某某"), "沈阳市房产局"},
		{"发布机构 and a body's signature", page("发布机构", "沈阳市人民政府", "沈阳市房产局"), "沈阳市房产局"},
		{"发文机关 and a person's signature", page("发文机关", "沈阳市房产局", "局长 张某某"), "沈阳市房产局"},
		{"发文机关 and a body's signature", page("发文机关", "沈阳市人民政府", "沈阳市房产局办公室"), "沈阳市房产局办公室"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := source.ParseBytes("seeds/page.html", []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Issuer != tt.want {
				t.Errorf("have issuer %q, want %q", doc.Meta.Issuer, tt.want)
			}
		})
	}
}
