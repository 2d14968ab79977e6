package parse_test

import (
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// corpusDir holds the 13 real documents of issue 11 (see its SOURCES.md).
const corpusDir = "../testdata/corpus"

// TestCorpusShapes checks the shapes issue 11 names for the corpus: the
// hierarchy each document really has, counted from the source by hand.
func TestCorpusShapes(t *testing.T) {
	tests := []struct {
		file  string
		want  parse.Counts
		nodes map[string]string // eId → number as printed
	}{
		{"aba-gov-data-2021", parse.Counts{Chapters: 9, Articles: 49}, map[string]string{
			"chp_1": "第一章", "art_1": "第一条", "chp_2": "第二章", "art_8": "第八条",
			"art_2__para_2": "", "art_17__item_4": "（四）", "art_49": "第四十九条",
		}},
		{"beijing-railway-safety-2023", parse.Counts{Articles: 29}, map[string]string{
			"art_4__para_2": "", "art_29": "第二十九条",
		}},
		{"jiangxi-grain-workpoints-2020", parse.Counts{Parts: 5, Items: 26}, map[string]string{
			"part_5": "五、",
		}},
		{"anhui-rcep-2022", parse.Counts{Items: 24}, nil},
		{"beijing-samr-bizenv-2025", parse.Counts{Items: 28}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc, _ := parseFile(t, filepath.Join(corpusDir, tt.file+".txt"))
			have := parse.Count(doc)
			check := func(name string, have, want int) {
				if want != 0 && have != want {
					t.Errorf("%s: have %d, want %d", name, have, want)
				}
			}
			check("parts", have.Parts, tt.want.Parts)
			check("chapters", have.Chapters, tt.want.Chapters)
			check("articles", have.Articles, tt.want.Articles)
			check("items", have.Items, tt.want.Items)
			for eid, num := range tt.nodes {
				n := doc.Node(eid)
				if n == nil || n.Num != num {
					t.Errorf("%s: have %+v, want a node numbered %q", eid, n, num)
				}
			}
			for _, w := range doc.Warnings {
				if w.Msg != "" && containsAny(w.Msg, "skipped", "repeats") {
					t.Errorf("numbering warning on a document numbered correctly: %v", w)
				}
			}
		})
	}
}

// TestArticles checks article forms: text running into the number without
// a space, a chapter heading carrying its first article, numbering that
// restarts under each chapter (then named within the chapter), and 款
// counted from 2.
func TestArticles(t *testing.T) {
	src := "某市管理办法\n第一章　总则　　第一条 为了规范管理，制定本办法。\n第二条本办法适用于本市。\n第二款的内容。\n第二章　附则\n第一条 重新编号的条文，合法。\n第二条 本办法自发布之日起施行。\n"
	doc, err := parse.Parse("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for eid, want := range map[string]string{
		"chp_1": "总则", "chp_1__art_1": "为了规范管理，制定本办法。", "chp_1__art_2": "本办法适用于本市。",
		"chp_1__art_2__para_2": "第二款的内容。", "chp_2": "附则", "chp_2__art_1": "重新编号的条文，合法。",
	} {
		n := doc.Node(eid)
		if n == nil || (n.Heading != want && n.Text != want) {
			t.Errorf("%s: have %+v, want %q", eid, n, want)
		}
	}
	if n := doc.Node("chp_1__art_1"); n == nil || n.Parent == nil || n.Parent.Kind != plan.KindChapter {
		t.Errorf("art_1 is not inside chapter 1: %+v", n)
	}
	for _, w := range doc.Warnings {
		t.Errorf("unexpected warning %v", w)
	}

	// 第X节 inside a chapter is a section: chp_2__sec_1; articles numbered
	// through keep their short names.
	doc, _ = parse.Parse("y.txt", []byte("某条例\n第一章 总则\n第一条 目的。\n第二章 管理\n第一节 一般规定\n第二条 适用。\n第二节 特别规定\n第三条 例外。\n"))
	for eid, num := range map[string]string{"chp_2__sec_1": "第一节", "chp_2__sec_2": "第二节", "art_2": "第二条", "art_3": "第三条"} {
		if n := doc.Node(eid); n == nil || n.Num != num {
			t.Errorf("%s: have %+v, want %s", eid, n, num)
		}
	}
	if n := doc.Node("art_3"); n == nil || n.Parent == nil || n.Parent.EID != "chp_2__sec_2" {
		t.Errorf("art_3 is not inside chp_2__sec_2: %+v", n)
	}

	// The clause that puts a 办法 in force is a 款 of its last article
	// there; after the parts of a plan it stands at the top level.
	doc, _ = parse.Parse("z.txt", []byte("某办法\n第一条 目的。\n第二条 解释。\n本办法自2022年1月1日起施行。\n"))
	if n := doc.Node("art_2__para_2"); n == nil || !strings.HasPrefix(n.Text, "本办法自") {
		t.Errorf("art_2__para_2: have %+v, want the clause in force as the article's second 款", n)
	}
	doc, _ = parse.Parse("p.txt", []byte("某意见\n一、原则\n（一）甲。\n（二）乙。\n本意见自印发之日起施行。\n"))
	if n := doc.Node("para_1"); n == nil || !strings.HasPrefix(n.Text, "本意见自") {
		t.Errorf("para_1: have %+v, want the clause in force after the parts", n)
	}
}

// TestClosingWord checks where the paragraph after a document's last part
// goes (jiangxi-circulation-2020 in testdata/more).
func TestClosingWord(t *testing.T) {
	// Parts that each hold their text on their own line: the paragraph
	// after the last, before the date, is the document's closing word; a
	// part that had paragraphs of its own keeps the one after it, unless
	// it calls on all who carry the document out (TestLastWords).
	closing := "二十、优化环境。强化建设。\n各地、各有关部门要充分认识重要意义，抓好贯彻落实。\n2020年2月28日\n（此件主动公开）\n"
	doc, _ := parse.Parse("c.txt", []byte("某意见\n十八、发挥作用。统筹资金。\n十九、加大支持。完善体系。\n"+closing))
	if n := doc.Node("para_1"); n == nil || !strings.HasPrefix(n.Text, "各地") {
		t.Errorf("para_1: have %+v, want the closing word after the parts", n)
	}
	doc, _ = parse.Parse("c.txt", []byte("某意见\n十八、发挥作用。统筹资金。\n十九、加大支持。完善体系。\n另行规定。\n"+strings.Replace(closing, "各地、各有关部门要充分认识", "有关部门充分认识", 1)))
	if n := doc.Node("part_20__para_1"); n == nil || !strings.HasPrefix(n.Text, "有关部门") {
		t.Errorf("part_20__para_1: have %+v, want a paragraph of the last part", n)
	}
	// A report's last words turn to its audience again, after its last
	// part: the report's, not that part's; an address within a part is
	// the part's.
	doc, _ = parse.Parse("r.txt", []byte("政府工作报告\n——2024年1月10日在某县第十八届人民代表大会第四次会议上\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n"+
		"一、2023年工作回顾\n全县生产总值增长6.5%。\n各位代表！成绩来之不易。\n二、2024年重点工作\n（一）推动产业转型。建设园区。\n（二）增进民生福祉。新建幼儿园3所。\n"+
		"各位代表！新征程催人奋进，让我们砥砺奋进！\n"))
	if n := doc.Node("para_1"); n == nil || !strings.HasPrefix(n.Text, "各位代表！新征程") {
		t.Errorf("para_1: have %+v, want the report's last words in\n%s", n, outline(doc))
	}
	if n := doc.Node("part_1__para_2"); n == nil || !strings.HasPrefix(n.Text, "各位代表！成绩") {
		t.Errorf("part_1__para_2: have %+v, want the address within part 1 in\n%s", n, outline(doc))
	}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if len(sub) > 0 && len(s) >= len(sub) {
			for i := 0; i+len(sub) <= len(s); i++ {
				if s[i:i+len(sub)] == sub {
					return true
				}
			}
		}
	}
	return false
}

// TestDecimalHeadings reads an emergency plan numbered 1 / 1.1 / 1.1.1
// into parts, sections and items, each heading standing alone over its
// text.
func TestDecimalHeadings(t *testing.T) {
	text := "某县突发事件应急预案\n\n1 总则\n\n1.1 编制目的\n\n提高应对能力。\n\n1.2 编制依据\n\n依据有关法律。\n\n" +
		"2 组织体系\n\n2.1 指挥机构\n\n县政府成立指挥部。\n\n2.1.1 办公室职责\n\n负责日常工作。\n\n2.2 成员单位\n\n各成员单位按职责分工负责。\n"
	doc, err := parse.Parse("plan.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"part_1": "总则", "part_1__sec_2": "编制依据", "part_2__sec_1__item_1": "办公室职责", "part_2__sec_2": "成员单位"}
	for eid, heading := range want {
		if n := doc.Node(eid); n == nil || n.Heading != heading {
			t.Errorf("%s: have %+v, want the heading %q in\n%s", eid, n, heading, outline(doc))
		}
	}
	if n := doc.Node("part_2__sec_1__item_1__para_1"); n == nil || n.Text != "负责日常工作。" {
		t.Errorf("part_2__sec_1__item_1__para_1: have %+v", n)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings: have %v, want none", doc.Warnings)
	}
}

// TestDivisions reads a plan's 第X部分 over its parts as books, each with
// its parts numbered afresh, not as documents of their own.
func TestDivisions(t *testing.T) {
	text := "某区优化营商环境行动方案\n\n为优化营商环境，制定本方案。\n\n第一部分 总体要求\n\n一、工作目标\n\n到2024年底，环境明显改善。\n\n" +
		"第二部分 重点任务\n\n一、提升服务效能\n\n推行线上办理。\n\n二、优化市场环境\n\n开展专项整治。\n"
	doc, err := parse.Parse("plan.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"book_1": "总体要求", "book_1__part_1": "工作目标", "book_2": "重点任务", "book_2__part_2": "优化市场环境"}
	for eid, heading := range want {
		if n := doc.Node(eid); n == nil || n.Heading != heading {
			t.Errorf("%s: have %+v, want the heading %q in\n%s", eid, n, heading, outline(doc))
		}
	}
	if doc.Meta.Title != "某区优化营商环境行动方案" {
		t.Errorf("title: have %q", doc.Meta.Title)
	}
	if have := plan.Label(doc.Node("book_2__part_2"), "zh"); have != "第二部分二" {
		t.Errorf("label: have %q, want 第二部分二", have)
	}
}
