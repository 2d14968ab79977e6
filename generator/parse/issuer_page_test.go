package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestIssuerOverPage: a portal page's 发文机关 (Lines' meta) names the
// issuer only where the text names none; the bodies the text signs with,
// or its title opens with, outrank it, as the Jiangxi portal's pages show
// (发文机关 省政府办公厅 over 江西省人民政府办公厅关于…, 江西省市场监督管理局
// over its 办公室's signature); a person's signature names no body, and
// then the page's issuer stands.
func TestIssuerOverPage(t *testing.T) {
	const body = "各市、县（区）人民政府，省政府各部门：\n为做好有关工作，现通知如下。\n一、加强组织领导\n各地要加强领导。\n"
	tests := []struct{ name, text, page, want string }{
		{"the signature's body, not the page's parent department",
			"江西省市场监管局办公室关于印发重点工作责任分工的通知\n" + body + "江西省市场监管局办公室\n2020年2月24日\n",
			"江西省市场监督管理局", "江西省市场监管局办公室"},
		{"unsigned: the title's body, not the page's abbreviation",
			"江西省人民政府办公厅关于加快发展流通促进商业消费的实施意见\n" + body + "2020年2月28日\n",
			"省政府办公厅", "江西省人民政府办公厅"},
		{"joint signatures, each a body",
			"关于开展城镇房屋安全管理工作的通知\n" + body + "沈阳市房产局\n沈阳市公安局\n2024年11月7日\n",
			"沈阳市房产局", "沈阳市房产局、沈阳市公安局"},
		{"a person's signature: the page's",
			"关于开展城镇房屋安全管理工作的通知\n" + body + "局长 张某某\n2024年11月7日\n",
			"沈阳市房产局", "沈阳市房产局"},
		{"no page: the text's",
			"关于开展城镇房屋安全管理工作的通知\n" + body + "沈阳市房产局\n2024年11月7日\n",
			"", "沈阳市房产局"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []parse.Line
			for _, l := range strings.Split(tt.text, "\n") {
				lines = append(lines, parse.Line{Text: l})
			}
			doc := parse.Lines("page.html", lines, plan.Meta{Issuer: tt.page})
			if have := doc.Meta.Issuer; have != tt.want {
				t.Errorf("have issuer %q, want %q\n%s", have, tt.want, outline(doc))
			}
		})
	}
}
