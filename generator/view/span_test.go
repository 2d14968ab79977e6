package view

import (
	"testing"

	"plansite/generator/parse"
)

// TestGroupRowSpan: a row of one cell among a table's projects, a group's
// label printed across the table (一、南昌市（2个）), spans the columns the
// table shows; a row of every column spans none.
func TestGroupRowSpan(t *testing.T) {
	tests := []struct {
		name, header, label string
		span                int
	}{
		{"every column shown", "序号\t项目名称\t投资总额（亿元）\t主要建设内容\t责任单位", "一、南昌市（2个）", 5},
		{"the three columns of the interface", "序号\t项目名称\t主要建设内容", "一、南昌市（2个）", 3},
		{"a total of every column", "序号\t项目名称\t投资总额（亿元）\t主要建设内容\t责任单位", "合计\t\t300\t\t", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			row := func(n int) string {
				if tt.span == 3 {
					return string(rune('0'+n)) + "\t某某项目\t建设厂房。"
				}
				return string(rune('0'+n)) + "\t某某项目\t50\t建设厂房。\t某管委会"
			}
			text := "某项目名单\n\n" + tt.header + "\n" + tt.label + "\n" + row(1) + "\n" + row(2) + "\n"
			doc, err := parse.Parse("seeds/p.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			n := New(doc, "zh", nil, nil).Find("row_1")
			if n == nil {
				t.Fatalf("no row_1 in %s", text)
			}
			if v := n.makeView(); v.Span != tt.span || tt.span > 0 && v.SpanText != tt.label {
				t.Errorf("have span %d %q, want %d %q", v.Span, v.SpanText, tt.span, tt.label)
			}
		})
	}
}
