package site

import (
	"context"
	"html/template"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
)

// TestIssuanceByRule: the English page of a plan nobody translated says
// its notice's sentence issuing the documents in English where the
// sentence is the formula (view/issuance.go), and keeps the Chinese
// marked Translation pending where it says more than the rule knows; its
// masthead, its addressees and its note on publicity likewise.
func TestIssuanceByRule(t *testing.T) {
	notice := func(title, issuer, sentence string) string {
		return title + "\n各市人民政府：\n" + sentence + "\n" + issuer + "\n2021年3月1日\n"
	}
	tests := []struct{ slug, text, want string }{
		{"lead", notice("安徽省人民政府关于印发安徽省教育事业发展规划的通知", "安徽省人民政府", "现将《安徽省教育事业发展规划》印发给你们，请认真贯彻执行。"),
			"The Plan for Education Development is hereby issued to you. Please implement it conscientiously."},
		{"approved", notice("明溪县人民政府关于印发明溪县促进房地产市场平稳健康发展若干措施的通知", "明溪县人民政府",
			"《明溪县促进房地产市场平稳健康发展若干措施》已经县人民政府同意，现印发给你们，请结合实际，认真组织实施。"),
			"With the approval of the Mingxi County People's Government, the Measures for Promoting the Steady and Healthy Development of the Real Estate Market are hereby issued to you. Please organize their implementation conscientiously in light of actual conditions."},
		{"two-documents", notice("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知", "安徽省人民政府办公厅",
			"《支持工业互联网发展若干政策》《安徽省工业互联网创新发展行动计划（2021-2023年）》已经省政府同意，现印发给你们，请认真抓好落实。"),
			"With the approval of the Anhui Provincial People's Government, the Policies for Supporting Industrial Internet Development and the Action Plan for Industrial Internet Innovation and Development are hereby issued to you. Please implement them conscientiously."},
		// More than the formula: a meeting's deliberation, a leader's approval.
		{"meeting", notice("明溪县人民政府关于印发明溪县促进房地产市场平稳健康发展若干措施的通知", "明溪县人民政府",
			"《明溪县促进房地产市场平稳健康发展若干措施》已经县政府第十六次常务会议研究通过，现印发给你们，请认真贯彻执行。"), ""},
		{"leaders", notice("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策的通知", "安徽省人民政府办公厅",
			"经省政府领导同意，现将《支持工业互联网发展若干政策》印发给你们，请结合实际，认真组织实施。"), ""},
	}
	m := testproject.Map(t)
	chongqing := notice("重庆市人民政府办公厅关于印发重庆市提振消费若干措施的通知", "重庆市人民政府办公厅",
		"《重庆市提振消费若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。")
	m["seeds/masthead.txt"] = &fstest.MapFile{Data: []byte("重庆市人民政府办公厅行政规范性文件\n" +
		strings.Replace(chongqing, "各市人民政府：", "各区县（自治县）人民政府，市政府各部门，有关单位：", 1) + "（此件公开发布）\n")}
	// An addressee of no shape the rule knows keeps the line in Chinese.
	m["seeds/addressees.txt"] = &fstest.MapFile{Data: []byte(strings.Replace(chongqing, "各市人民政府：", "各镇人民政府（街道办事处、园区管委会）、市府直属各有关单位：", 1))}
	for _, tt := range tests {
		m["seeds/"+tt.slug+".txt"] = &fstest.MapFile{Data: []byte(tt.text)}
	}
	b := loadOnce(t, m)
	page, _, err := (&Project{b}).File(context.Background(), "en/masthead/index.html", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`class="w-masthead">Normative Document of the General Office of the Chongqing Municipal People&#39;s Government</p>`,
		`class="w-publicity">(This document is released to the public)</p>`,
		`class="w-addressees">The people&#39;s governments of all districts and counties (autonomous counties), all departments of the municipal government, relevant units:</p>`,
	} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the page has no %s", want)
		}
	}
	for slug, want := range map[string]string{
		"lead":       `class="w-addressees">The people&#39;s governments of all cities:</p>`,
		"addressees": `class="w-addressees" lang="zh-Hans">`,
	} {
		page, _, err := (&Project{b}).File(context.Background(), "en/"+slug+"/index.html", Limits{})
		if err != nil || !strings.Contains(string(page), want) {
			t.Errorf("en/%s/index.html has no %s (%v)", slug, want, err)
		}
	}
	for _, tt := range tests {
		t.Run(tt.slug, func(t *testing.T) {
			page, _, err := (&Project{b}).File(context.Background(), "en/"+tt.slug+"/index.html", Limits{})
			if err != nil {
				t.Fatal(err)
			}
			want := `id="notice__para_1" class="w-paragraph">` + template.HTMLEscapeString(tt.want) + "</p>"
			if tt.want == "" {
				want = `id="notice__para_1" class="w-paragraph" lang="zh-Hans">`
			}
			if !strings.Contains(string(page), want) {
				i := strings.Index(string(page), `id="notice__para_1"`)
				t.Errorf("have %.400s\nwant %s", string(page)[max(i, 0):], want)
			}
		})
	}
}
