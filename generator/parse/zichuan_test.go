package parse_test

import (
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"plansite/generator/plan"
)

const zichuan = "testdata/zichuan-education-2022.txt"

// count returns how many nodes of doc satisfy fn.
func count(doc *plan.Document, fn func(*plan.Node) bool) int {
	k := 0
	doc.Walk(func(n *plan.Node) bool {
		if fn(n) {
			k++
		}
		return true
	})
	return k
}

func kind(k plan.Kind) func(*plan.Node) bool {
	return func(n *plan.Node) bool { return n.Kind == k }
}

// children returns the children of n of kind k.
func children(n *plan.Node, k plan.Kind) []*plan.Node {
	var out []*plan.Node
	for _, c := range n.Children {
		if c.Kind == k {
			out = append(out, c)
		}
	}
	return out
}

func TestZichuanStructure(t *testing.T) {
	doc, _ := parseFile(t, zichuan)
	if have, want := count(doc, kind(plan.KindPart)), 3; have != want {
		t.Errorf("parts: have %d, want %d", have, want)
	}
	for i, want := range []int{3, 8, 3} {
		part := doc.Node("part_" + string(rune('1'+i)))
		if part == nil {
			t.Fatalf("no node part_%d", i+1)
		}
		if have := len(children(part, plan.KindSection)); have != want {
			t.Errorf("sections in %s: have %d, want %d", part.EID, have, want)
		}
	}
	var items []int
	for _, sec := range children(doc.Node("part_2"), plan.KindSection) {
		items = append(items, len(children(sec, plan.KindItem)))
	}
	if want := []int{8, 8, 6, 5, 6, 4, 3, 6}; !reflect.DeepEqual(items, want) {
		t.Errorf("items per section of part 二: have %v, want %v", items, want)
	}
	if have, want := count(doc, kind(plan.KindItem)), 46; have != want {
		t.Errorf("items: have %d, want %d", have, want)
	}
}

func TestZichuanEIDs(t *testing.T) {
	doc, _ := parseFile(t, zichuan)
	tests := []struct {
		eid     string
		kind    plan.Kind
		num     string
		heading string
		text    string // prefix of Text
	}{
		{"notice", plan.KindNotice, "", "", ""},
		{"notice__number", plan.KindNumber, "", "", "川政发〔2022〕10号"},
		{"notice__title", plan.KindTitle, "", "", "关于印发淄川区教育事业发展“十四五”规划的通知"},
		{"notice__addressees", plan.KindAddressees, "", "", "各镇人民政府"},
		{"notice__para_1", plan.KindParagraph, "", "", "现将《淄川区教育事业发展“十四五”规划》印发给你们"},
		{"notice__signature", plan.KindSignature, "", "", "淄川区人民政府"},
		{"notice__date", plan.KindDate, "", "", "2022年12月28日"},
		{"notice__publicity", plan.KindPublicity, "", "", "（此件公开发布）"},
		{"preamble", plan.KindPreamble, "", "淄川区教育事业发展“十四五”规划", ""},
		{"preamble__para_1", plan.KindParagraph, "", "", "“十四五”时期是淄川转型跨越"},
		{"part_1", plan.KindPart, "一、", "总体要求", ""},
		{"part_1__sec_2", plan.KindSection, "（二）", "基本原则", ""},
		{"part_1__sec_2__para_1", plan.KindParagraph, "", "坚持党的全面领导", "坚持中国特色社会主义教育发展道路"},
		{"part_1__sec_3__para_2", plan.KindParagraph, "", "立德树人根本任务得到有效落实", "德智体美劳"},
		{"part_2", plan.KindPart, "二、", "重点任务", ""},
		{"part_2__sec_1__item_1", plan.KindItem, "1．", "完善全学段一体化思政工作体系", "坚持用习近平"},
		{"part_2__sec_1__item_3", plan.KindItem, "3．", "完善示范性智育水平培养体系", "严格落实"},
		{"part_2__sec_5__item_2", plan.KindItem, "2．", "推动信息技术条件下的教学创新", "以学生发展为中心"},
		{"part_2__sec_8__item_6", plan.KindItem, "6．", "健全学校安全风险防控体系", "严格落实"},
		{"table_2", plan.KindTable, "表2", "“十四五”教育事业发展重点项目清单", ""},
		{"proj_1", plan.KindProject, "1", "幼儿园建设与提升工程", "计划支持8所幼儿园"},
		{"proj_2", plan.KindProject, "2", "中小学新建、改扩建工程", "新建双泉学校"},
		{"proj_8", plan.KindProject, "8", "青少年学生法治教育行动", "以宪法为核心"},
		{"proj_12", plan.KindProject, "12", "“十四五”特殊教育提升行动", "推进特殊教育学校建设"},
		{"proj_20", plan.KindProject, "20", "师生安全筑基固本行动", "进一步夯实"},
		{"part_3__sec_1", plan.KindSection, "（一）", "健全机制，加强党对教育工作的全面领导", "健全完善"},
		{"conclusions", plan.KindConclusions, "", "", ""},
		{"conclusions__cc", plan.KindCC, "抄送：", "", "区委办公室"},
		{"conclusions__printer", plan.KindPrinter, "", "", "淄川区人民政府办公室"},
		{"conclusions__date", plan.KindDate, "", "", "2022年12月28日印发"},
	}
	for _, tt := range tests {
		t.Run(tt.eid, func(t *testing.T) {
			n := doc.Node(tt.eid)
			if n == nil {
				t.Fatalf("no node %s", tt.eid)
			}
			if n.Kind != tt.kind || n.Num != tt.num || n.Heading != tt.heading || !strings.HasPrefix(n.Text, tt.text) {
				t.Errorf("have kind %s num %q heading %q text %q\nwant kind %s num %q heading %q text %q…",
					n.Kind, n.Num, n.Heading, plan.Clip(n.Text, 20), tt.kind, tt.num, tt.heading, tt.text)
			}
		})
	}
	var eids []string
	for _, p := range doc.Projects {
		eids = append(eids, p.EID)
	}
	if len(eids) != 20 || eids[0] != "proj_1" || eids[19] != "proj_20" {
		t.Errorf("projects: have %v, want proj_1 … proj_20", eids)
	}
}

// TestUniqueEIDs checks the contract every consumer relies on: no eId twice
// in a document, and every eId in the Akoma Ntoso alphabet.
func TestUniqueEIDs(t *testing.T) {
	for _, file := range testFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			doc, _ := parseFile(t, file)
			if err := checkEIDs(doc); err != "" {
				t.Error(err)
			}
		})
	}
}

// checkEIDs returns a description of the first broken eId, or "".
func checkEIDs(doc *plan.Document) string {
	seen := map[string]int{}
	bad := ""
	doc.Walk(func(n *plan.Node) bool {
		if line, ok := seen[n.EID]; ok && bad == "" {
			bad = "eId " + n.EID + " used twice (lines " + strconv.Itoa(line) + " and " + strconv.Itoa(n.Line) + ")"
		}
		seen[n.EID] = n.Line
		if n.EID == "" || strings.Trim(n.EID, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" {
			if bad == "" {
				bad = "eId " + n.EID + " (line " + strconv.Itoa(n.Line) + ") is not of [a-z0-9_]+"
			}
		}
		return true
	})
	return bad
}

func TestZichuanResponsibilities(t *testing.T) {
	doc, _ := parseFile(t, zichuan)
	lists, leads := 0, map[string]int{}
	depts := map[string]bool{}
	doc.Walk(func(n *plan.Node) bool {
		if n.Resp == nil {
			return true
		}
		lists++
		for _, d := range n.Resp.Lead {
			leads[d]++
		}
		for _, d := range n.Resp.All() {
			depts[d] = true
		}
		if !strings.HasPrefix(n.Resp.Raw, "（") || !strings.HasSuffix(n.Resp.Raw, "负责）") && !strings.HasSuffix(n.Resp.Raw, "下同）") {
			t.Errorf("%s: raw %q is not the printed parenthetical", n.EID, n.Resp.Raw)
		}
		if strings.Contains(n.Text, "负责）") {
			t.Errorf("%s: text still holds the parenthetical: %q", n.EID, tail(n.Text))
		}
		return true
	})
	if lists != 69 {
		t.Errorf("responsibility lists: have %d, want 69", lists)
	}
	if len(depts) != 37 {
		t.Errorf("distinct departments: have %d, want 37", len(depts))
	}
	if leads["区教体局"] != 58 {
		t.Errorf("区教体局 leads %d lists, want 58", leads["区教体局"])
	}
	first := doc.Node("part_2__sec_1__item_1").Resp
	if want := (plan.Responsibility{Lead: []string{"区委教育工委"}, Support: []string{"区委宣传部", "团区委"},
		Raw: "（区委教育工委、区委宣传部、团区委负责，列第一位的为牵头部门，下同）"}); !reflect.DeepEqual(*first, want) {
		t.Errorf("first list: have %+v, want %+v", *first, want)
	}
}

func tail(s string) string {
	r := []rune(s)
	return string(r[max(0, len(r)-20):])
}

func TestZichuanMeta(t *testing.T) {
	doc, _ := parseFile(t, zichuan)
	want := plan.Meta{
		DocumentNumber: "川政发〔2022〕10号",
		NoticeTitle:    "关于印发淄川区教育事业发展“十四五”规划的通知",
		Title:          "淄川区教育事业发展“十四五”规划",
		Issuer:         "淄川区人民政府",
		Date:           "2022-12-28",
		Addressees:     []string{"各镇人民政府", "各街道办事处", "开发区管委会", "区政府有关部门", "有关单位"},
		Publicity:      "主动公开",
		CC:             []string{"区委办公室", "区人大办公室", "区政协办公室", "区人武部", "区法院", "区检察院"},
		Printer:        "淄川区人民政府办公室",
		PrintDate:      "2022-12-28",
	}
	if !reflect.DeepEqual(doc.Meta, want) {
		t.Errorf("meta:\nhave %+v\nwant %+v", doc.Meta, want)
	}
	if doc.Slug != "zichuan-education-2022" {
		t.Errorf("slug: have %q, want zichuan-education-2022", doc.Slug)
	}
	want73 := plan.Warning{File: zichuan, Line: 73, Msg: `removed word-processor debris "[bookmark: _Hlk103589121]"`}
	if len(doc.Warnings) != 1 || doc.Warnings[0] != want73 {
		t.Errorf("warnings: have %v, want only %v", doc.Warnings, want73)
	}
	if n := doc.Node("part_2__sec_5__item_2"); n == nil || strings.Contains(n.Source(), "bookmark") {
		t.Errorf("debris left in part_2__sec_5__item_2")
	}
}

// TestEIDsSurviveRewording edits headings and text of the seed, as a
// revision of the wording would, and wants every eId unchanged: eIds come
// from the numbering, never from the words.
func TestEIDsSurviveRewording(t *testing.T) {
	doc, data := parseFile(t, zichuan)
	edited := strings.NewReplacer(
		"完善全学段一体化思政工作体系", "健全思政工作体系",
		"总体要求", "总的要求和目标",
		"坚持党的全面领导", "坚持和加强党的全面领导",
		"幼儿园建设与提升工程", "幼儿园建设工程",
		"川政发〔2022〕10号", "川政发〔2023〕1号",
	).Replace(string(data))
	if edited == string(data) {
		t.Fatal("nothing was edited")
	}
	doc2 := mustParse(t, zichuan, []byte(edited))
	if have, want := eids(doc2), eids(doc); !reflect.DeepEqual(have, want) {
		t.Errorf("eIds changed with the wording:\n%s", diff(strings.Join(want, "\n"), strings.Join(have, "\n")))
	}
}

// eids lists a document's eIds in document order.
func eids(doc *plan.Document) []string {
	var out []string
	doc.Walk(func(n *plan.Node) bool {
		out = append(out, n.EID)
		return true
	})
	return out
}
