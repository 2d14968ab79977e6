package parse_test

import (
	"slices"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestFormFeedWarnings wants a form feed that opens a line, as a PDF
// reader and pdftotext write each page's first line, taken out as the page
// break it is without a word to the editor: every printed page has one.
// Only a form feed inside a line, after text, tells the editor something
// (a page broken in the middle of a line, the text on either side joined):
// that one is named, at its line.
func TestFormFeedWarnings(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // a warning naming the form feeds, "" for none
	}{
		{
			name: "a page's first line",
			text: "关于优化本市住房限购政策的通知\n\n各有关单位：\n  本通知自 2024 年 1 月 31 日起施行。\n\f上海市房屋管理局办公室   2024 年 1 月 30 日印发\n",
		},
		{
			name: "a page of its own",
			text: "关于优化本市住房限购政策的通知\n\n各有关单位：\n  本通知自 2024 年 1 月 31 日起施行。\n\f\n",
		},
		{
			name: "inside a line",
			text: "关于优化本市住房限购政策的通知\n\n各有关单位：\n  本通知自 2024 年\f1 月 31 日起施行。\n",
			want: "x.txt:4: removed 1 form feed(s) inside a line",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("x.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var feeds []string
			for _, w := range doc.Warnings {
				if strings.Contains(w.Msg, "form feed") {
					feeds = append(feeds, w.String())
				}
			}
			switch {
			case tt.want == "" && len(feeds) > 0:
				t.Errorf("have warnings %q, want none about form feeds", feeds)
			case tt.want != "" && (len(feeds) != 1 || !strings.HasPrefix(feeds[0], tt.want)):
				t.Errorf("have warnings %q, want one starting %q", feeds, tt.want)
			}
			if src := doc.Source(); strings.Contains(src, "\f") {
				t.Errorf("have text %q, want it without form feeds", src)
			}
		})
	}
	// A PDF's pages, as its reader gives them.
	doc := parse.Lines("seeds/x.pdf", []parse.Line{
		{Text: "关于优化本市住房限购政策的通知", Place: "page 1, line 1"},
		{Text: "各有关单位：", Place: "page 1, line 2"},
		{Text: "  本通知自 2024 年 1 月 31 日起施行。", Place: "page 1, line 3"},
		{Text: "\f上海市房屋管理局办公室   2024 年 1 月 30 日印发", Place: "page 2, line 1"},
	}, plan.Meta{})
	for _, w := range doc.Warnings {
		if strings.Contains(w.Msg, "form feed") {
			t.Errorf("have warning %q for a PDF's page break, want none", w.String())
		}
	}
}

// anqingOpinion is an opinion issued as itself, as its PDF prints it: the
// number over a title of two lines, the 主送 line, three parts, the
// signature and date, and on the next page the note that the page has no
// text (（此页无正文）, for the seal's page) over the 版记.
var anqingOpinion = []parse.Line{
	{Text: "          宜公积金委〔2022〕5 号", Place: "page 1, line 1"}, {Text: ""}, {Text: ""}, {Text: ""},
	{Text: "    安庆市住房公积金管理委员会"},
	{Text: " 关于调整住房公积金贷款有关政策的意见"}, {Text: ""},
	{Text: "各县（市）、区人民政府，市政府各部门、各直属机构："},
	{Text: "  为贯彻落实国家、省、市稳经济工作要求，保障群众刚性和"},
	{Text: "改善性住房需求，按照分类指导、因城施策的原则，结合我市实"},
	{Text: "际，现就我市住房公积金贷款有关政策调整如下："},
	{Text: "  一、提高住房公积金贷款最高额度，夫妻双方缴存住房公"},
	{Text: "积金的最高贷款额度为 55 万元，单方缴存的为 45 万元。具体贷"},
	{Text: "款额度与职工公积金月缴存额和还款能力挂钩。"},
	{Text: "  二、支持异地缴存职工来我市购买住房，缴存互通互认，"},
	{Text: "连续缴存满 6 个月，可在我市申请住房公积金贷款。"},
	{Text: "  三、本意见自 2022 年 8 月 1 日起执行。"}, {Text: ""}, {Text: ""},
	{Text: "               安庆市住房公积金管理委员会"},
	{Text: "                   2022 年 7 月 27 日"}, {Text: ""}, {Text: ""},
	{Text: "                                     -1-"},
	{Text: "\f （此页无正文）", Place: "page 2, line 1"}, {Text: ""}, {Text: ""}, {Text: ""}, {Text: ""},
	{Text: "抄送：各管委会委员单位"}, {Text: ""},
	{Text: "安庆市住房公积金管理委员会   2022 年 7 月 27 日印发"}, {Text: ""}, {Text: ""},
	{Text: "                                    -2-"},
}

// TestNoTextPageNote takes the note a page prints where it has no text
// (（此页无正文）: the seal's page, or the 版记's) out as page furniture, with
// a warning, where it stood as a paragraph of the last part.
func TestNoTextPageNote(t *testing.T) {
	doc := parse.Lines("seeds/x.pdf", anqingOpinion, plan.Meta{})
	if strings.Contains(doc.Source(), "此页无正文") {
		t.Errorf("have text %q, want it without （此页无正文）", doc.Source())
	}
	if !slices.ContainsFunc(doc.Warnings, func(w plan.Warning) bool { return strings.Contains(w.Msg, "此页无正文") }) {
		t.Errorf("have warnings %v, want one naming （此页无正文）", doc.Warnings)
	}
}
