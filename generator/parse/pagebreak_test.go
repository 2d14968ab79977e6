package parse_test

import (
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
