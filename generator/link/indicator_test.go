package link

import (
	"testing"

	"plansite/generator/link/dept"
	"plansite/generator/link/target"
)

// TestIndicatorTargets reads the rows of an indicator table (主要指标) as
// targets, and a task's lists printed inside its text as assignments.
func TestIndicatorTargets(t *testing.T) {
	doc := mustParse(t, "ind.txt", "一、目标\n表1 主要指标\n指标\t单位\t2020年\t2025年目标\t属性\n学前教育毛入园率\t%\t90\t≥95\t约束性\n高中阶段毛入学率\t%\t98\t99\t预期性\n"+
		"二、任务\n1.扩大出口。建立清单。（合肥海关负责）巩固优势。（省商务厅牵头，合肥海关配合）\n")
	reg, err := dept.ParseRegistry("departments.yaml", []byte("[]"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Analyze(doc, reg, nil)
	if err != nil {
		t.Fatal(err)
	}
	var rows []*target.Target
	for _, tg := range a.Targets {
		if tg.Binding != "" {
			rows = append(rows, tg)
		}
	}
	if len(rows) != 2 {
		t.Fatalf("have %d indicator targets, want 2: %+v", len(rows), rows)
	}
	first := rows[0]
	if first.Indicator != "学前教育毛入园率" || first.Comparator != "≥" || first.Low != 95 || first.Unit != "%" ||
		first.Base != "90" || first.Binding != "约束性" || first.Deadline != "2025" || first.ID != "part_1__table_1-t1" {
		t.Errorf("first indicator: have %+v", *first)
	}
	if !rows[1].Strive || rows[1].Binding != "预期性" {
		t.Errorf("预期性 is an expectation: have %+v", *rows[1])
	}
	n := doc.Node("part_2__item_1")
	if have := len(a.Responsible(n)); have != 3 {
		t.Errorf("assignments of a task with two lists: have %d, want 3 (省商务厅, 合肥海关 twice)", have)
	}
	if lead := a.Lead(n); lead == nil || lead.Name != "省商务厅" {
		t.Errorf("lead: have %+v, want 省商务厅 of the closing list", lead)
	}
}
