package parse_test

import (
	"testing"

	"plansite/generator/parse"
)

// TestStatedFirstSentences wants a short first sentence that says
// something (when, who does it, how many) read as its point's text, and a
// phrase that names its point as the point's run-in heading (Beijing 人社局's
// 通告 in testdata/more).
func TestStatedFirstSentences(t *testing.T) {
	tests := []struct {
		name, line, heading, text string
	}{
		{"a count", "二、2026年公示拟取得落户资格人员6003人。取得落户资格后自行放弃的，落户资格不递补。", "", "2026年公示拟取得落户资格人员6003人。取得落户资格后自行放弃的，落户资格不递补。"},
		{"a date", "二、拟取得落户资格人员名单自2026年7月13日至20日在市政府门户网站公示。公示期满无异议的取得落户资格。", "", "拟取得落户资格人员名单自2026年7月13日至20日在市政府门户网站公示。公示期满无异议的取得落户资格。"},
		{"a doer", "二、档案审核由调京后的档案接收部门按相关规定办理。材料清单详见官方网站。", "", "档案审核由调京后的档案接收部门按相关规定办理。材料清单详见官方网站。"},
		{"a topic", "二、总体要求。坚持稳中求进。", "总体要求", "坚持稳中求进。"},
		{"a stage dated in brackets", "二、启动阶段（2024年4月1日至2024年12月31日）。制定工作方案。", "启动阶段（2024年4月1日至2024年12月31日）", "制定工作方案。"},
		{"a task", "二、推行职称评审代表作制度。将代表性成果作为主要内容。", "推行职称评审代表作制度", "将代表性成果作为主要内容。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Two run-in points around it, so that the list bears run-in
			// headings out (settleLeads).
			text := "某局关于某工作的通告\n一、加强组织领导。统筹推进。\n" + tt.line + "\n三、强化宣传引导。做好解读。\n"
			doc, err := parse.Parse("notice.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			n := doc.Node("part_2")
			if n == nil {
				t.Fatalf("no part_2 in\n%s", outline(doc))
			}
			if n.Heading != tt.heading || n.Text != tt.text {
				t.Errorf("heading, text: have %q, %q, want %q, %q", n.Heading, n.Text, tt.heading, tt.text)
			}
		})
	}
}
