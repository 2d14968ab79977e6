package parse_test

import (
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

func TestLines(t *testing.T) {
	lines := []parse.Line{
		{Text: "示例规划", Place: "paragraph 1"},
		{Text: "一、总体要求", Place: "paragraph 2"},
		{Text: "（一）指导思想。坚持\n稳中求进。", Place: "paragraph 3"},
		{Text: "（一）重复的编号。", Place: "paragraph 4"},
	}
	doc := parse.Lines("seeds/x.docx", lines, plan.Meta{Index: "000014349/2022-00001", Title: "来自文件的标题"})
	if have, want := doc.Meta.Title, "来自文件的标题"; have != want {
		t.Errorf("title: have %q, want %q (the file's metadata overrides the text)", have, want)
	}
	if have, want := doc.Meta.Index, "000014349/2022-00001"; have != want {
		t.Errorf("index: have %q, want %q", have, want)
	}
	if have, want := doc.Place(3), "paragraph 3"; have != want {
		t.Errorf("Place(3): have %q, want %q", have, want)
	}
	if n := doc.Node("part_1__sec_1"); n == nil || n.Line != 3 {
		t.Fatalf("part_1__sec_1: have %+v, want a section on line 3 (a line break inside a line must not shift lines)", n)
	}
	var found bool
	for _, w := range doc.Warnings {
		if w.Line == 4 {
			found = true
			if w.Place != "paragraph 4" {
				t.Errorf("warning %v: have place %q, want %q", w, w.Place, "paragraph 4")
			}
			if have, want := w.String()[:len("seeds/x.docx (paragraph 4): ")], "seeds/x.docx (paragraph 4): "; have != want {
				t.Errorf("warning string: have %q, want prefix %q", w.String(), want)
			}
		}
	}
	if !found {
		t.Errorf("no warning on line 4 (repeated number); have %v", doc.Warnings)
	}
}
