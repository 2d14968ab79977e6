package docref

import (
	"fmt"
	"testing"

	"plansite/generator/plan"
)

// library is three plans of one county and two editions of one rule.
var library = []Doc{
	{Slug: "edu", Title: "某区“十四五”教育发展规划", NoticeTitle: "某区人民政府关于印发某区“十四五”教育发展规划的通知", Number: "某政发〔2022〕10号"},
	{Slug: "preschool", Title: "某区学前教育行动计划", Number: "某政办发〔2023〕3号"},
	{Slug: "rule-2015", Title: "某区校外培训机构管理办法", Number: "某政发〔2015〕7号"},
	{Slug: "rule-2023", Title: "某区校外培训机构管理办法", Number: "某政发〔2023〕2号"},
}

func TestFind(t *testing.T) {
	c := NewCatalog(library)
	tests := []struct {
		name, self, text string
		want             []string // To Where Repeals
	}{
		{"title", "preschool", "根据《某区“十四五”教育发展规划》，制定本计划。", []string{"edu  false"}},
		{"title with other quotes and spaces", "preschool", "落实《某区\"十四五\" 教育发展规划》要求", []string{"edu  false"}},
		// Titles are compared as the search compares them (plan.TitleKey):
		// quotes dropped, widths folded; these were not found.
		{"title without its quotes", "preschool", "根据《某区十四五教育发展规划》，制定本计划。", []string{"edu  false"}},
		{"title with corner quotes", "preschool", "落实《某区「十四五」教育发展规划》要求", []string{"edu  false"}},
		{"notice title", "preschool", "《某区人民政府关于印发某区“十四五”教育发展规划的通知》", []string{"edu  false"}},
		{"inner title", "preschool", "《某区人民政府关于印发〈某区“十四五”教育发展规划〉的通知》（某政发〔2022〕10号）", []string{"edu  false"}},
		{"passage", "preschool", "按照《某区“十四五”教育发展规划》第二部分第三项的要求", []string{"edu 第二部分第三项 false"}},
		{"passage after number", "rule-2023", "依照《某区校外培训机构管理办法》（某政发〔2015〕7号）第十条", []string{"rule-2015 第十条 false"}},
		{"number alone", "preschool", "按照某政发〔2022〕10号文件要求", []string{"edu  false"}},
		{"number in other brackets", "preschool", "按照某政发[2022]10号文件要求", []string{"edu  false"}},
		{"number in lenticular brackets", "preschool", "按照某政发【2022】10号文件要求", []string{"edu  false"}},
		{"number of another issuer", "preschool", "按照另政发〔2022〕10号文件要求", nil},
		{"repealed by the new edition", "rule-2023", "本办法自2023年3月1日起施行，原《某区校外培训机构管理办法》（某政发〔2015〕7号）同时废止。", []string{"rule-2015  true"}},
		{"repealed, title alone", "rule-2023", "原《某区校外培训机构管理办法》同时废止。", []string{"rule-2015  true"}},
		{"passage with its item", "preschool", "《某区“十四五”教育发展规划》第三部分（一）", []string{"edu 第三部分（一） false"}},
		{"repeal names it after", "edu", "决定废止《某区学前教育行动计划》。", []string{"preschool  true"}},
		{"authority is not repealed", "edu", "根据《某区学前教育行动计划》第三条，废止某政发〔2015〕7号。", []string{"preschool 第三条 false", "rule-2015  true"}},
		{"two editions, no number: itself", "rule-2023", "现将修订后的《某区校外培训机构管理办法》印发给你们", nil},
		{"two editions, the former", "rule-2023", "原《某区校外培训机构管理办法》第二条", []string{"rule-2015 第二条 false"}},
		{"two editions, no number, from elsewhere: none", "edu", "《某区校外培训机构管理办法》", nil},
		{"itself", "edu", "现将《某区“十四五”教育发展规划》印发给你们", nil},
		{"unknown title", "edu", "《中华人民共和国教育法》", nil},
		{"two plans in one sentence", "edu", "《某区学前教育行动计划》和某政发〔2023〕2号", []string{"preschool  false", "rule-2023  false"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var have []string
			refs, _ := c.find(tt.self, tt.text)
			for _, r := range refs {
				have = append(have, fmt.Sprintf("%s %s %v", r.To, r.Where, r.Repeals))
			}
			if fmt.Sprint(have) != fmt.Sprint(tt.want) {
				t.Errorf("find(%q)\nhave %q\nwant %q", tt.text, have, tt.want)
			}
		})
	}
}

// TestFindDocument reads a whole plan: one reference per passage and plan
// named, with the passage and the citing plan.
func TestFindDocument(t *testing.T) {
	doc := &plan.Document{Slug: "preschool", Nodes: []*plan.Node{
		{EID: "part_1", Heading: "落实《某区“十四五”教育发展规划》", Children: []*plan.Node{
			{EID: "part_1__para_1", Text: "依据《某区“十四五”教育发展规划》第二部分，按照某政发〔2022〕10号要求。"},
		}},
		{EID: "part_2", Text: "没有引用。"},
	}}
	refs, warnings := NewCatalog(library).Find("preschool", doc)
	have := fmt.Sprint(refs)
	want := fmt.Sprint([]Ref{
		{From: "preschool", EID: "part_1", To: "edu"},
		{From: "preschool", EID: "part_1__para_1", To: "edu", Where: "第二部分"},
	})
	if have != want {
		t.Errorf("Find:\nhave %s\nwant %s", have, want)
	}
	if len(warnings) != 0 {
		t.Errorf("Find: warnings %v", warnings)
	}
}

// TestFindUnsure: a title two plans share, from a third plan without a
// number after it, links to neither and warns at its line.
func TestFindUnsure(t *testing.T) {
	doc := &plan.Document{Slug: "edu", File: "seeds/edu.txt", Nodes: []*plan.Node{
		{EID: "art_1", Line: 7, Text: "依照《某区校外培训机构管理办法》执行。"},
		{EID: "art_2", Line: 8, Text: "依照《某区校外培训机构管理办法》（某政发〔2023〕2号）执行。"},
	}}
	refs, warnings := NewCatalog(library).Find("edu", doc)
	if have, want := fmt.Sprint(refs), fmt.Sprint([]Ref{{From: "edu", EID: "art_2", To: "rule-2023"}}); have != want {
		t.Errorf("refs: have %s, want %s", have, want)
	}
	want := "seeds/edu.txt:7: 《某区校外培训机构管理办法》 names 2 plans of the library (rule-2015, rule-2023), so it links to none; a document number after it, in brackets, says which"
	if len(warnings) != 1 || warnings[0].Error() != want {
		t.Errorf("warnings: have %v, want %s", warnings, want)
	}
}

// FuzzFind reads any text as a citing passage: no panic, and every
// reference names a plan of the library other than the citing one.
func FuzzFind(f *testing.F) {
	f.Add("原《某区校外培训机构管理办法》（某政发〔2015〕7号）同时废止。")
	f.Add("《某区人民政府关于印发〈某区“十四五”教育发展规划〉的通知》第三部分（一）")
	f.Add("根据《》《〈》〉某政发[2022]10号，废止某政发〔2015〕7号")
	c := NewCatalog(library)
	f.Fuzz(func(t *testing.T, text string) {
		refs, _ := c.find("preschool", text)
		for _, r := range refs {
			if r.To == "preschool" || r.To == "" {
				t.Errorf("find(%q): a reference to %q", text, r.To)
			}
		}
	})
}
