package parse_test

import (
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestPortalClosings wants the closings a portal page prints under a
// notice read as the closing (conclusions, or the notice's own), whatever
// follows them: a date alone as the page's last line, a date before the
// 附件, and a signature whose 附件 is only a link to a file.
func TestPortalClosings(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		date   string
		issuer string
		eids   []string // that must exist
		node   string   // one that must not exist
	}{
		{
			name:   "a date alone, the last line",
			text:   "某省人民政府办公厅关于做好某工作的通知\n各市人民政府：\n现通知如下：\n一、有关要求\n（一）积极支持配合。请各地配合。\n（二）加强个人防护。全程佩戴口罩。\n2020年2月17日\u3000\u3000\n",
			date:   "2020-02-17",
			issuer: "某省人民政府办公厅",
			eids:   []string{"part_1__sec_2", "conclusions__date"},
			node:   "part_1__sec_2__para_1",
		},
		{
			name:   "a date between the roster of 附件 and the 附件",
			text:   "某省人民政府办公厅关于做好某工作的通知\n各市人民政府：\n现通知如下：\n一、定期发布。年初发布名单。\n二、真督实查。每季度核查。\n附件：某某项目名单\n2020年2月10日\u3000\u3000\n附件：\n某某项目名单\n一、总体要求\n正文。\n",
			date:   "2020-02-10",
			issuer: "某省人民政府办公厅",
			eids:   []string{"part_2", "para_1", "conclusions__date", "att_1"},
			node:   "para_2",
		},
		{
			name:   "a note that the text is abridged under the date",
			text:   "某省人民政府办公厅关于某事故调查处理情况的通报\n各市人民政府：\n经调查认定，事故是责任事故。\n一、牢固树立安全思想。要加强领导。\n二、加大监管力度。要严格执法。\n某省人民政府办公厅\n二〇〇四年一月十六日\n（本文有删减）\n",
			date:   "2004-01-16",
			issuer: "某省人民政府办公厅",
			eids:   []string{"part_2", "conclusions__signature", "conclusions__date", "conclusions__para_1"},
			node:   "part_2__para_1",
		},
		{
			name:   "a signature over its date, the 附件 a file's link",
			text:   "某局办公室关于印发某分工的通知\n各处室：\n现将《某分工》印发给你们，并就有关事项通知如下：\n一、提高站位。要提高站位。\n二、开展调度。局办将每季度调度。\n某省某某局办公室\n2020年2月24日\n（此件主动公开）\n附件：某分工.docx\n",
			date:   "2020-02-24",
			issuer: "某省某某局办公室",
			eids:   []string{"part_2", "conclusions__signature", "conclusions__date", "conclusions__publicity"},
			node:   "para_1",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("notice.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Date != tt.date || doc.Meta.Issuer != tt.issuer {
				t.Errorf("date, issuer: have %q, %q, want %q, %q", doc.Meta.Date, doc.Meta.Issuer, tt.date, tt.issuer)
			}
			for _, eid := range tt.eids {
				if doc.Node(eid) == nil {
					t.Errorf("no node %s in\n%s", eid, outline(doc))
				}
			}
			if doc.Node(tt.node) != nil {
				t.Errorf("node %s, want none, in\n%s", tt.node, outline(doc))
			}
			if have, want := squeeze(doc.Source()), squeeze(tt.text); have != want {
				t.Errorf("Source:\n%s", firstDiff(have, want))
			}
			for _, w := range doc.Warnings {
				t.Errorf("warning: %s", w.Msg)
			}
		})
	}
	_ = plan.KindDate
}

// TestRelatedLinks wants the links a portal page prints under the text to
// what it published beside it (相关解读：…, 相关文章：…) or to the file
// itself (下载本信息公开文件) taken out of the text, named in a warning, as
// page furniture.
func TestRelatedLinks(t *testing.T) {
	for _, link := range []string{"相关解读：解读《关于某举措的通知》", "相关文章：《某局印发<关于某举措>的通知》解读", "相关阅读：某举措25问25答", "下载本信息公开文件"} {
		t.Run(link, func(t *testing.T) {
			text := "某局关于印发某举措的通知\n各处室：\n现印发给你们。\n一、加强监管。严格落实责任。\n二、保护权益。及时处理纠纷。\n上述举措自发布之日起执行。\n" + link + "\n"
			doc, err := parse.Parse("notice.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Node("para_2") != nil || doc.Node("part_2__para_2") != nil {
				t.Errorf("the link is in the text:\n%s", outline(doc))
			}
			if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0].Msg, link) {
				t.Errorf("warnings: have %v, want one naming %q", doc.Warnings, link)
			}
		})
	}
}

// TestTermClause wants the clause that sets the whole document's term
// (上述举措执行期自发布之日起至…, 本办法自…起施行) to be the document's closing
// paragraph, not the last item's second paragraph.
func TestTermClause(t *testing.T) {
	for _, clause := range []string{"上述举措执行期自发布之日起至2020年12月底（有明确期限规定的从其规定）。", "本措施自发布之日起施行，有效期至2023年12月31日。", "以上措施有效期自印发之日起两年。"} {
		t.Run(clause, func(t *testing.T) {
			text := "关于某举措\n一、优化服务\n1.升级网上办。积极对接平台。（责任单位：省局审批处）\n2.下放许可。从2月1日起下放。（责任单位：省局审批处）\n二、严格监管\n3.保护权益。及时处理纠纷。（责任单位：省局网监处）\n" + clause + "\n"
			doc, err := parse.Parse("plan.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if n := doc.Node("para_1"); n == nil || n.Text != clause {
				t.Errorf("no closing para_1 %q in\n%s", clause, outline(doc))
			}
		})
	}
}

// TestRelatedLinkList wants every entry of the list of links a page prints
// under the text taken out with its 相关解读： line, each further entry on
// a line of its own to the end of the page; text after the list that is a
// sentence is kept.
func TestRelatedLinkList(t *testing.T) {
	const text = "某省人民政府关于抢时间保进度的实施意见\n各市人民政府：\n现提出以下意见。\n一、加强监管。严格落实责任。\n二、保护权益。及时处理纠纷。\n2020年3月2日\n"
	tests := []struct {
		name, tail string
		dropped    int // lines of the page taken out
	}{
		{"two links", "相关解读：解读《关于抢时间保进度的实施意见》\n\u3000\u3000\u3000\u3000\u3000抢时间保进度！某省“20条”政策25问25答\n", 2},
		{"three links", "相关解读：解读《关于抢时间保进度的实施意见》\n图解：抢时间保进度\n抢时间保进度！某省“20条”政策25问25答\n", 3},
		{"a sentence after the link", "相关解读：解读《关于抢时间保进度的实施意见》\n本意见自印发之日起施行，有效期两年。\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("notice.txt", []byte(text+tt.tail))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Dropped) != tt.dropped {
				t.Errorf("dropped %d lines %v, want %d, in\n%s", len(doc.Dropped), doc.Dropped, tt.dropped, outline(doc))
			}
		})
	}
}

// TestVersoAfterAnnexes wants the 版记 printed at the end of a file, after
// the 附件 that follow a signed document, read where it stands: the
// signature's conclusions before the 附件, the 版记's (conclusions_2)
// after them, so that the model keeps the text's order (Source), which
// FuzzParse promises. Before, the 版记 was put into the signature's
// conclusions, before the 附件 (found by FuzzParse's seed of a signed
// notice followed by its 解读).
func TestVersoAfterAnnexes(t *testing.T) {
	text := "某规划\n一、甲。\n二、乙。\n某委员会\n2023年9月11日\n附件\n乙方案\n一、丙。\n二、丁。\n抄送：某局。\n某办公室   2023 年 9 月 11 日印发\n"
	doc, err := parse.Parse("verso.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := strings.Join(strings.Fields(doc.Source()), ""), strings.Join(strings.Fields(text), ""); have != want {
		t.Errorf("Source out of order:\nhave %s\nwant %s\n%s", have, want, outline(doc))
	}
	for _, eid := range []string{"conclusions__signature", "conclusions__date", "att_1__part_2", "conclusions_2__cc", "conclusions_2__printer"} {
		if doc.Node(eid) == nil {
			t.Errorf("no node %s in\n%s", eid, outline(doc))
		}
	}
	if doc.Meta.Date != "2023-09-11" || doc.Meta.PrintDate != "2023-09-11" || doc.Meta.Printer != "某办公室" || strings.Join(doc.Meta.CC, "|") != "某局" {
		t.Errorf("meta: have %+v", doc.Meta)
	}
}

// TestLastWords wants a document's last words printed after its last point
// without a number of their own (the closing formula 特此通告。, a call on
// all who carry it out) read as paragraphs of the body end, not of that
// point; a point that holds nothing else, or a paragraph that speaks of the
// point, keeps its paragraph.
func TestLastWords(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string // eId: the opening of its text
	}{
		{
			name: "a call on all after the last （十九）",
			text: "关于深化某制度改革的实施意见\n一、总体要求\n（一）指导思想\n坚持正确方向。\n二、保障措施\n（二）强化组织保障\n坚持党管人才原则。\n（三）推进协同发展\n推动建立协调机制。\n各区、各部门要充分认识改革的重要性，确保各项措施落到实处。\n",
			want: map[string]string{"para_1": "各区、各部门要", "part_2__sec_3__para_1": "推动建立"},
		},
		{
			name: "a call after one sentence, before the signature",
			text: "某市委关于制定某规划的建议\n一、总体要求\n（1）指导思想。坚持正确方向。\n二、实施保障\n（2）健全规划实施机制。全面落实目标任务。\n实现规划目标，责任重大。全市上下要团结奋斗，开拓进取！\n中共某市委员会\n2025年11月17日\n",
			want: map[string]string{"para_1": "实现规划目标"},
		},
		{
			name: "特此通告 under the last point",
			text: "某局关于某工作的通告\n现将有关事项通告如下：\n一、自7月13日起申报。\n二、公示期满办理。\n三、请有序办理。\n特此通告。\n某市某局\n2026年7月13日\n",
			want: map[string]string{"para_1": "特此通告", "part_3": "请有序办理"},
		},
		{
			name: "a call that is the point's only text",
			text: "某某实施意见\n一、主要任务\n推进改革。\n二、组织实施\n各区、各部门要加强领导，确保落实。\n",
			want: map[string]string{"part_2__para_1": "各区、各部门要"},
		},
		{
			name: "a second paragraph of the point, not a call on all",
			text: "某某实施意见\n一、主要任务\n（一）推进改革\n推动建立机制。\n（二）加强监督\n健全监管制度。\n对违规取得的结果予以纠正。\n",
			want: map[string]string{"part_1__sec_2__para_2": "对违规取得"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("plan.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			for eid, want := range tt.want {
				n := doc.Node(eid)
				if n == nil {
					t.Errorf("no node %s, want one opening %q, in\n%s", eid, want, outline(doc))
					continue
				}
				if have := n.Text; !strings.HasPrefix(have, want) {
					t.Errorf("%s: have %q, want it to open %q", eid, have, want)
				}
			}
			if have, want := squeeze(doc.Source()), squeeze(tt.text); have != want {
				t.Errorf("Source:\n%s", firstDiff(have, want))
			}
		})
	}
}
