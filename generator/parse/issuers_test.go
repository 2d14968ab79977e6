package parse_test

import (
	"slices"
	"strings"
	"testing"

	"plansite/generator/parse"
)

// TestJointIssuers names every body of a jointly issued document: the
// bodies that sign it, each on its line over the one date, or, printed
// without signatures, the bodies its title opens with.
func TestJointIssuers(t *testing.T) {
	body := "\n\n为加快推进乡村振兴，现提出如下意见。\n\n一、总体要求\n\n坚持农业农村优先发展。\n"
	notice := "《某市全面推进政务公开工作实施方案》已经市委、市人民政府同意，现印发给你们，请认真贯彻执行。\n\n"
	plan := "\n\n某市全面推进政务公开工作实施方案\n\n为全面推进政务公开，制定本方案。\n\n一、总体要求\n\n坚持以公开为常态。\n"
	tests := []struct {
		name, text, want string
		signatures       []string // eIds of signature nodes
	}{
		{"a Party committee's and a government's 意见 under its date",
			"中共某县委 某县人民政府\n关于加快推进乡村振兴的实施意见\n（2023年5月6日）" + body, "中共某县委、某县人民政府", nil},
		{"one government's 意见 under its date",
			"某县人民政府关于加快推进乡村振兴的实施意见\n（2023年5月6日）" + body, "某县人民政府", nil},
		{"the two offices run together in the title, unsigned",
			"中共某市委办公室某市人民政府办公室印发《某市全面推进政务公开工作实施方案》的通知\n\n各县（市、区）委、人民政府：\n\n" + notice + "2017年1月10日" + plan,
			"中共某市委办公室、某市人民政府办公室", nil},
		{"a notice signed by both offices",
			"中共某市委办公室 某市人民政府办公室\n关于印发《某市全面推进政务公开工作实施方案》的通知\n\n市直各单位：\n\n" + notice +
				"中共某市委办公室\n\n某市人民政府办公室\n\n2017年1月10日" + plan,
			"中共某市委办公室、某市人民政府办公室", []string{"notice__signature", "notice__signature_2"}},
		{"a notice of three departments",
			"某区关于印发某工程实施方案的通知\n\n各街道：\n\n" + notice + "某区发展和改革局\n某区住房和城乡建设局\n某区财政局\n2024年3月1日" + plan,
			"某区发展和改革局、某区住房和城乡建设局、某区财政局", []string{"notice__signature", "notice__signature_2", "notice__signature_3"}},
		{"a notice of five bodies signing two by two, as a page sets them",
			"关于印发某工作方案的通知\n\n各区人民政府、各有关部门：\n\n" + notice +
				"\u2002\u2002\u2002\u2002某市房产局\u2002 \u2002 \u2002 \u2002\u2002某市公安局\u2002\n" +
				"\u2002\u2002\u2002\u2002某市司法局\u2002 \u2002 \u2002 \u2002\u2002某市财政局\u2002\n" +
				"\u2002\u2002\u2002\u2002某市住房公积金管理中心\u2002 \u2002\n\u2002\u2002\u2002\u2002\u20022024年9月20日\u2002 \u2002" + plan,
			"某市房产局、某市公安局、某市司法局、某市财政局、某市住房公积金管理中心",
			[]string{"notice__signature", "notice__signature_2", "notice__signature_3", "notice__signature_4", "notice__signature_5"}},
		{"nine national bodies signing three to a line, spaced by ideographic spaces",
			"教育部等九部门关于印发《某行动计划》的通知\n教基〔2021〕8号\n各省、自治区、直辖市教育厅（教委）：\n" + notice +
				"教育部　国家发展改革委　财政部\n人力资源社会保障部　自然资源部　住房城乡建设部\n国家医保局　国家乡村振兴局　共青团中央\n2021年12月13日" + plan,
			"教育部、国家发展改革委、财政部、人力资源社会保障部、自然资源部、住房城乡建设部、国家医保局、国家乡村振兴局、共青团中央",
			[]string{"notice__signature", "notice__signature_9"}},
		{"a ministry and the central bank",
			"关于某事项的通知\n\n各省、自治区、直辖市财政厅：\n\n" + notice + "财政部\n中国人民银行\n审计署\n2020年3月1日" + plan,
			"财政部、中国人民银行、审计署", []string{"notice__signature", "notice__signature_3"}},
		{"a plan's closing signed by both",
			"某县乡村振兴实施方案" + body + "\n中共某县委\n某县人民政府\n2023年5月6日\n",
			"中共某县委、某县人民政府", []string{"conclusions__signature", "conclusions__signature_2"}},
		{"a joint meeting signing with another's seal (代章)",
			"关于印发某工作若干措施的通知\n\n各市人民政府，省有关单位：\n\n" + notice + "省完善促进消费体制机制厅际联席会议（代章）\n2022年1月26日" + plan,
			"省完善促进消费体制机制厅际联席会议", []string{"notice__signature"}},
		{"a title opening with no body's name",
			"某县推进乡村振兴工作关于产业发展的实施意见\n（2023年5月6日）" + body, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("joint.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if have := doc.Meta.Issuer; have != tt.want {
				t.Errorf("issuer: have %q, want %q in\n%s", have, tt.want, outline(doc))
			}
			for _, eid := range tt.signatures {
				if n := doc.Node(eid); n == nil || n.Kind != "signature" {
					t.Errorf("%s: have %+v, want a signature in\n%s", eid, n, outline(doc))
				}
			}
		})
	}
}

// TestElidedIssuer reads a signature, 主送 line or 抄送 line a reprint
// prints as left out (略, （略）) as no body: the document is issued by the
// body its title opens with, and addresses and copies no one.
func TestElidedIssuer(t *testing.T) {
	notice := "现将《某市扶贫工作方案》印发给你们，请认真贯彻执行。\n\n"
	plan := "\n\n某市扶贫工作方案\n\n一、工作目标\n到2020年全部脱贫。\n"
	for _, tt := range []struct{ name, text, issuer string }{
		{"a notice signed （略）", "某市人民政府办公室关于印发某市扶贫工作方案的通知\n\n各区人民政府：\n\n" + notice + "（略）\n2018年5月25日" + plan, "某市人民政府办公室"},
		{"a notice's 主送 line （略）：", "某市人民政府办公室关于印发某市扶贫工作方案的通知\n\n（略）：\n\n" + notice + "某市人民政府办公室\n2018年5月25日" + plan, "某市人民政府办公室"},
		{"an opinion signed 略, copied to 略", "某市人民政府关于加强安全生产工作的意见\n\n一、总体要求\n加强安全生产。\n\n略\n2023年5月25日\n\n抄送：略。\n", "某市人民政府"},
		{"a block's 发布机构: 略", "索引号: 000-2018-00025\n发布机构: 略\n\n某市扶贫工作方案\n\n一、工作目标\n到2020年全部脱贫。\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			m := doc.Meta
			if m.Issuer != tt.issuer || len(m.CC) > 0 || slices.ContainsFunc(m.Addressees, func(a string) bool { return strings.Contains(a, "略") }) {
				t.Errorf("have issuer %q, addressees %q, cc %q; want %q and no 略 in\n%s", m.Issuer, m.Addressees, m.CC, tt.issuer, outline(doc))
			}
		})
	}
}
