package parse_test

import (
	"reflect"
	"strings"
	"testing"

	"plansite/generator/parse"
)

// damaged are small texts with the faults real files have. Each must parse,
// with a warning that names the line of the fault.
var damaged = []struct {
	name string
	text string
	line int    // of the warning
	want string // in its message
}{
	{"skipped section", "一、总体要求\n（一）指导思想\n正文。\n（三）发展目标\n正文。", 4, "skipped"},
	{"skipped part", "一、总体要求\n正文。\n三、重点任务\n正文。", 3, "skipped"},
	{"skipped article numbered through", "第一章 总则\n第一条 甲。\n第二条 乙。\n第二章 会议\n第四条 丙。", 5, "第四条 follows 2: expected 3"},
	{"repeated item", "一、任务\n1．甲。正文。\n1．乙。正文。\n2．丙。正文。", 3, "repeats"},
	{"number goes back", "一、任务\n1．甲。正文。\n2．乙。正文。\n2．丙。正文。", 4, "repeats"},
	{"heading without body", "一、总体要求\n二、重点任务\n（一）甲。正文。", 1, "no text"},
	{"section without body", "一、总体要求\n（一）指导思想\n（二）基本原则\n正文。", 2, "no text"},
	{"unbalanced open", "一、总体要求\n（一）指导思想\n坚持（党的领导。", 3, "unbalanced"},
	{"unbalanced close", "一、总体要求\n（一）指导思想\n坚持党的领导）。\n正文。", 3, "unbalanced"},
	{"unterminated table", "一、任务\n正文。\n表1 重点项目\n\t序号\n\t名称\n\t主要内容\n\n\t1\n\t幼儿园工程", 8, "incomplete row"},
	{"table with only a header", "一、任务\n正文。\n表1 重点项目\n\t序号\n\t名称\n\n正文。", 3, "no rows"},
	{"table runs into a part", "表1 重点项目\n\t序号\n\t名称\n\n\t1\n\t甲工程\n二、组织实施\n正文。", 7, "blank line"},
	{"short row", "表1 重点项目\n\t序号\n\t名称\n\t主要内容\n\n\t1\n\t甲工程\n\n\t2\n\t乙工程\n\t建设。\n\n正文。", 6, "cells"},
	{"cut mid-sentence", "一、总体要求\n（一）指导思想\n坚持党的全面领导，坚持", 3, "mid-sentence"},
	{"cut after heading", "一、总体要求\n（一）指导思想\n正文。\n（二）基本原则", 4, "cut off"},
	{"debris", "一、总体要求\n[bookmark: _Toc123]正文。", 2, "debris"},
	{"only a title", "\n某区教育发展规划\n", 2, "only a title (某区教育发展规划): expected the plan's text under it"},
}

func TestDamaged(t *testing.T) {
	for _, tt := range damaged {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("damaged.txt", []byte(tt.text))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var found bool
			for _, w := range doc.Warnings {
				if w.File == "damaged.txt" && w.Line == tt.line && strings.Contains(w.Msg, tt.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("warnings: have %v, want damaged.txt:%d: …%s…", doc.Warnings, tt.line, tt.want)
			}
			if bad := checkEIDs(doc); bad != "" {
				t.Error(bad)
			}
			if have, want := squeeze(doc.Source()), squeeze(parse.Debris.ReplaceAllString(tt.text, "")); have != want {
				t.Errorf("Source: have %q, want %q", have, want)
			}
		})
	}
}

// TestRepeatedNumberEID wants a repeated number to get a suffixed eId, so
// both passages stay citable.
func TestRepeatedNumberEID(t *testing.T) {
	doc, err := parse.Parse("damaged.txt", []byte("一、任务\n1．甲。正文。\n1．乙。正文。"))
	if err != nil {
		t.Fatal(err)
	}
	for eid, heading := range map[string]string{"part_1__item_1": "甲", "part_1__item_1_2": "乙"} {
		if n := doc.Node(eid); n == nil || n.Heading != heading {
			t.Errorf("%s: have %+v, want heading %s", eid, n, heading)
		}
	}
}

// TestResponsibility covers the forms of responsibility parentheticals
// found in plans, and parentheticals that are not one.
func TestResponsibility(t *testing.T) {
	tests := []struct {
		name    string
		text    string // paragraphs of a section; the last one is checked
		lead    []string
		support []string
		rest    string // the paragraph's text after the parenthetical is taken out
	}{
		{"names only", "（区教体局、区科技局负责）", nil, []string{"区教体局", "区科技局"}, ""},
		{"one name leads", "（区教体局负责）", []string{"区教体局"}, nil, ""},
		{"lead note", "（区教体局、区科技局负责，列第一位的为牵头部门，下同）", []string{"区教体局"}, []string{"区科技局"}, ""},
		{"lead note 者", "（省教育厅、省财政厅负责，列第一位者为牵头部门，下同）", []string{"省教育厅"}, []string{"省财政厅"}, ""},
		{"note holds for later lists", "（甲局、乙局负责，列第一位的为牵头部门，下同）\n（丙局、丁局负责）", []string{"丙局"}, []string{"丁局"}, ""},
		{"责任单位", "（责任单位：省经济和信息化厅、省财政厅）", nil, []string{"省经济和信息化厅", "省财政厅"}, ""},
		{"责任单位 ASCII colon", "（责任单位:省财政厅）", nil, []string{"省财政厅"}, ""},
		{"牵头 and 责任单位", "（牵头责任单位：省发展改革委；责任单位：省财政厅、省科技厅）", []string{"省发展改革委"}, []string{"省财政厅", "省科技厅"}, ""},
		{"牵头单位", "（牵头单位：省科技厅）", []string{"省科技厅"}, nil, ""},
		{"nested brackets", "（省发展改革委（省能源局）、省财政厅负责，列第一位的为牵头部门）", []string{"省发展改革委（省能源局）"}, []string{"省财政厅"}, ""},
		{"nested in 责任单位", "（责任单位：省发展改革委（省能源局），省财政厅）", nil, []string{"省发展改革委（省能源局）", "省财政厅"}, ""},
		{"comma between names", "（责任单位：省通信管理局，省铁塔公司、各基础电信企业，各市人民政府）", nil, []string{"省通信管理局", "省铁塔公司", "各基础电信企业", "各市人民政府"}, ""},
		{"牵头 then 配合", "（省教育厅牵头，省财政厅、省人社厅配合）", []string{"省教育厅"}, []string{"省财政厅", "省人社厅"}, ""},
		{"牵头 alone", "（省教育厅牵头）", []string{"省教育厅"}, nil, ""},
		{"牵头 then 参与", "（省科技厅牵头，省财政厅参与）", []string{"省科技厅"}, []string{"省财政厅"}, ""},
		{"ASCII brackets", "(区教体局负责)", []string{"区教体局"}, nil, ""},
		{"years", "（2021-2025）", nil, nil, "（2021-2025）"},
		{"inclusion", "（含特殊教育学校）", nil, nil, "（含特殊教育学校）"},
		{"sentence", "（由各学校结合实际，自行负责组织实施。）", nil, nil, "（由各学校结合实际，自行负责组织实施。）"},
		{"empty", "（）", nil, nil, "（）"},
		{"empty 责任单位", "（责任单位：）", nil, nil, "（责任单位：）"},
		{"unbalanced", "区教体局负责）", nil, nil, "区教体局负责）"},
	}
	// body has a comma, so it is not taken for a lead sentence.
	const body = "推进各项工作，落实任务。"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := strings.Split(tt.text, "\n")
			for i := range lines {
				lines[i] = body + lines[i]
			}
			src := "一、任务\n（一）甲\n" + strings.Join(lines, "\n")
			doc, err := parse.Parse("resp.txt", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			sec := doc.Node("part_1__sec_1")
			if sec == nil || len(sec.Children) != len(lines) {
				t.Fatalf("have %s, want a section with %d paragraphs", outline(doc), len(lines))
			}
			n := sec.Children[len(sec.Children)-1]
			if n.Heading != "" || n.Text != body+tt.rest {
				t.Errorf("have heading %q text %q, want text %q", n.Heading, n.Text, body+tt.rest)
			}
			if tt.lead == nil && tt.support == nil {
				if n.Resp != nil {
					t.Errorf("have responsibility %+v, want none", *n.Resp)
				}
				return
			}
			if n.Resp == nil {
				t.Fatalf("have no responsibility, want lead %v support %v", tt.lead, tt.support)
			}
			if !sameNames(n.Resp.Lead, tt.lead) || !sameNames(n.Resp.Support, tt.support) || n.Resp.Raw != lines[len(lines)-1][len(body):] {
				t.Errorf("have lead %v support %v raw %q, want lead %v support %v", n.Resp.Lead, n.Resp.Support, n.Resp.Raw, tt.lead, tt.support)
			}
		})
	}
}

// TestHeadingResponsibility wants a responsibility taken out of a heading
// that has no text of its own, and a bracket that names none left in it.
func TestHeadingResponsibility(t *testing.T) {
	doc, err := parse.Parse("resp.txt", []byte("一、任务\n1．建设智慧校园（区教体局负责）\n2．提升行动（2021-2025）"))
	if err != nil {
		t.Fatal(err)
	}
	n := doc.Node("part_1__item_1")
	if n.Heading != "建设智慧校园" || n.Resp == nil || n.Resp.Lead[0] != "区教体局" {
		t.Errorf("part_1__item_1: have heading %q resp %+v, want 建设智慧校园 led by 区教体局", n.Heading, n.Resp)
	}
	if n := doc.Node("part_1__item_2"); n.Heading != "提升行动（2021-2025）" || n.Resp != nil {
		t.Errorf("part_1__item_2: have heading %q resp %+v, want the years kept in the heading", n.Heading, n.Resp)
	}
	for _, w := range doc.Warnings {
		if w.Line == 2 {
			t.Errorf("have %v, want no warning: the heading with its departments is the task", w)
		}
	}
}

// sameNames compares name lists, nil and empty alike.
func sameNames(a, b []string) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}

// TestResponsibilityJSON wants empty lists, not null, in the export.
func TestResponsibilityJSON(t *testing.T) {
	doc, err := parse.Parse("resp.txt", []byte("一、任务\n推进工作。（责任单位：省财政厅）"))
	if err != nil {
		t.Fatal(err)
	}
	r := doc.Node("part_1__para_1").Resp
	if r == nil || r.Lead == nil || r.Support == nil {
		t.Errorf("have %+v, want non-nil Lead and Support", r)
	}
}
