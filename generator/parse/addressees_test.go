package parse

import (
	"strings"
	"testing"
)

// TestAddresseeOwners reads 主送 lines whose 、 groups name bodies and
// classes of bodies: a name after the first that prints no place of its
// own is the first's place's (市各公司、直属单位: 市直属单位), and a class of
// a body's bodies after another body (开发区党工委、管委会各机构) is the
// class of both, one addressee. The lines are changzhou-hukou-2019's,
// anhua-realestate-2022's and beijing-samr-bizenv-2025's, and a zone's.
func TestAddresseeOwners(t *testing.T) {
	tests := []struct{ name, line, want string }{
		{"the city's companies and directly affiliated units",
			"各辖市、区人民政府，市各委办局，市各公司、直属单位",
			"各辖市、区人民政府|市各委办局|市各公司|市直属单位"},
		{"a government's bureaus and directly affiliated bodies",
			"各乡镇人民政府，县人民政府有关局办、直属机构，有关垂直管理单位",
			"各乡镇人民政府|县人民政府有关局办|县人民政府直属机构|有关垂直管理单位"},
		{"a zone's three bureaus",
			"市市场监管执法总队，各区市场监管局，北京经济技术开发区商务金融局、行政审批局、综合执法局，市局机关各处室，各事业单位",
			"市市场监管执法总队|各区市场监管局|北京经济技术开发区商务金融局|北京经济技术开发区行政审批局|北京经济技术开发区综合执法局|市局机关各处室|各事业单位"},
		{"the bodies of a zone's committees",
			"开发区党工委、管委会各机构，各街道办事处",
			"开发区党工委、管委会各机构|各街道办事处"},
		{"each district's bureaus, a market's not a place",
			"各区市场监管局、公安分局",
			"各区市场监管局|各区公安分局"},
		{"a level with another in brackets shares the next name's body",
			"各县（市）、区人民政府，市政府各部门、各直属机构",
			"各县（市）、区人民政府|市政府各部门|各直属机构"},
		{"the centre's and the province's units stationed in a prefecture",
			"各县市人民政府，州直和中央、省驻德宏各单位",
			"各县市人民政府|州直和中央、省驻德宏各单位"},
		{"the issuer's: 各, 有关 and a place of their own stay as printed",
			"省药监局，机关各处（室、局）、各直属单位，各区、县（市）人民政府、各有关部门，市政府各部门、有关单位，市直有关部门、单位，州级各部门、卧龙特别行政区",
			"省药监局|机关各处（室、局）|各直属单位|各区、县（市）人民政府|各有关部门|市政府各部门|有关单位|市直有关部门、单位|州级各部门|卧龙特别行政区"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if have := strings.Join(addresseeList(tt.line), "|"); have != tt.want {
				t.Errorf("have %s\nwant %s", have, tt.want)
			}
		})
	}
}
