package parse_test

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"plansite/generator/parse"
	"plansite/generator/plan"
	"plansite/generator/pos"
)

// TestDecodePlaces wants bytes that are neither UTF-8 nor GB18030 reported
// at their line and column, with the byte, not as a file that "does not
// look like text".
func TestDecodePlaces(t *testing.T) {
	gbk := func(s string) string {
		out, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	head := "某区教育发展规划\n\n一、总体要求\n"
	body := strings.Repeat("坚持教育优先发展，办好人民满意的教育。\n", 20)
	tests := []struct {
		name, data, want string
	}{
		{"stray byte", head + "（一）咖啡caf\xe9 ok。\n" + body, "plan.txt:4:9: byte 0xE9 is not valid UTF-8 or GB18030 (the file may mix encodings)"},
		{"stray byte at a line's start", head + body + "\x80正文。\n", "plan.txt:24:1: byte 0x80 is not valid UTF-8 or GB18030 (the file may mix encodings)"},
		{"a GBK line in UTF-8", head + body + gbk("（二）发展目标") + "\n" + body, "plan.txt:24:1: byte 0xA3 is not valid UTF-8 or GB18030 (the file may mix encodings)"},
		{"a UTF-8 line in GBK", gbk(head+body) + "（二）发展目标\n" + gbk(body), "plan.txt:24:1: UTF-8 text in a file in GB18030 (the file mixes encodings): save the whole file as UTF-8"},
		{"a bad byte in GBK", gbk(head) + gbk("（一）指导") + "\xff" + gbk("思想\n"+body), "plan.txt:4:6: byte 0xFF is not valid UTF-8 or GB18030 (the file may mix encodings)"},
		{"CRLF lines", strings.ReplaceAll(head, "\n", "\r\n") + "\xe9x\r\n" + body, "plan.txt:4:1: byte 0xE9 is not valid UTF-8 or GB18030 (the file may mix encodings)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse.Parse("plan.txt", []byte(tt.data))
			var perr *pos.Error
			if !errors.As(err, &perr) {
				t.Fatalf("have %T %v, want *pos.Error", err, err)
			}
			if err.Error() != tt.want {
				t.Errorf("have %q\nwant %q", err, tt.want)
			}
		})
	}
}

// TestDecodeWarnings wants damage that leaves the text readable parsed,
// with a warning: a last character cut off, control characters.
func TestDecodeWarnings(t *testing.T) {
	seed, err := os.ReadFile(zichuan)
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(append(seed, "规"...))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(string(seed), "\n") + 1
	tests := []struct {
		name    string
		data    []byte
		line    int
		warning string
		gone    string // must not be in the text
	}{
		{"UTF-8 cut in a character", append(append([]byte{}, seed...), "规"[:2]...), lines, "ends in the middle of a character", ""},
		{"GBK cut in a character", gbk[:len(gbk)-1], lines, "ends in the middle of a character", ""},
		{"NUL and ESC", []byte("某区规划\n\n一、总体要求\n坚持\x1b[31m教育\x00优先。\n"), 4, "removed 2 control character(s), the first U+001B at column 3", "\x1b\x00"},
		{"C1 and DEL", []byte("某区规划\n一、总体\u0085要求\x7f\n"), 2, "removed 2 control character(s), the first U+0085 at column 5", "\u0085\x7f"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parse.Parse("plan.txt", tt.data)
			if err != nil {
				t.Fatalf("have %v, want a document with a warning", err)
			}
			found := false
			for _, w := range doc.Warnings {
				if strings.Contains(w.Msg, tt.warning) {
					found = true
					if w.Line != tt.line {
						t.Errorf("warning %q at line %d, want line %d", w.Msg, w.Line, tt.line)
					}
				}
			}
			if !found {
				t.Errorf("no warning saying %q in %v", tt.warning, doc.Warnings)
			}
			if tt.gone != "" && strings.ContainsAny(doc.Source(), tt.gone) {
				t.Errorf("the text keeps control characters: %q", doc.Source())
			}
			if !strings.Contains(doc.Source(), "要求") {
				t.Errorf("the text lost its words: %q", doc.Source())
			}
		})
	}
}

// TestLinesDropControls wants the lines a reader gives (from a PDF, a .docx,
// a portal page) without control characters too, with a warning at their
// place.
func TestLinesDropControls(t *testing.T) {
	doc := parse.Lines("seeds/x.pdf", []parse.Line{
		{Text: "某区教育发展规划", Place: "page 1, line 1"},
		{Text: "一、总体\x1b要求\x00", Place: "page 1, line 2"},
		{Text: "\f坚持教育优先发展。", Place: "page 2, line 1"},
	}, plan.Meta{})
	if strings.ContainsAny(doc.Source(), "\x00\x1b\f") {
		t.Errorf("the text keeps control characters: %q", doc.Source())
	}
	if len(doc.Warnings) == 0 || !strings.Contains(doc.Warnings[0].Msg, "removed 2 control character(s), the first U+001B") || doc.Warnings[0].Place != "page 1, line 2" {
		t.Errorf("have warnings %v, want the first saying 2 control characters were removed at page 1, line 2", doc.Warnings)
	}
}

// TestLinesPageBreaks wants the page breaks the PDF reader marks (a form
// feed opening the first line of each page) to reach the parser, so that a
// running header printed at the top of every page ("北京市人民政府规章",
// the header of a city's published rules) is page furniture, taken out with
// a warning, and the article it cuts goes on across the break.
func TestLinesPageBreaks(t *testing.T) {
	var lines []parse.Line
	add := func(page int, texts ...string) {
		for i, s := range texts {
			if i == 0 && page > 1 {
				s = "\f" + s
			}
			lines = append(lines, parse.Line{Text: s, Place: fmt.Sprintf("page %d, line %d", page, i+1)})
		}
	}
	add(1, "北京市铁路沿线安全管理规定", "", "第一条　为了加强铁路沿线安全管理，保障铁路安全和畅通，制定本规定。", "第二条　本规定适用于本市行政区域内铁路沿线的安全管理活动，以及")
	for page := 2; page <= 4; page++ {
		add(page, "北京市人民政府规章", "", "相关的监督管理工作。", fmt.Sprintf("第%s条　本市铁路沿线安全管理坚持安全第一、预防为主。", []string{"三", "四", "五"}[page-2]))
	}
	doc := parse.Lines("seeds/x.pdf", lines, plan.Meta{})
	if src := doc.Source(); strings.Contains(src, "北京市人民政府规章") || strings.Contains(src, "\f") {
		t.Errorf("have text %q, want it without the running header and the form feeds", src)
	}
	if !slices.ContainsFunc(doc.Warnings, func(w plan.Warning) bool {
		return strings.Contains(w.Msg, "running header") && w.Place == "page 2, line 1"
	}) {
		t.Errorf("have warnings %v, want one naming the running header at page 2, line 1", doc.Warnings)
	}
}

// TestFirstPageHeader wants a running header that the first page prints
// too, over the title, taken out there as well, so that the title is the
// document's; a masthead that pages after the first repeat stays the first
// page's 红头.
func TestFirstPageHeader(t *testing.T) {
	tests := []struct {
		name, header, wantTitle string
		wantMasthead            bool
	}{
		{"a rules' header", "北京市人民政府规章", "北京市地震预警管理办法", false},
		{"a masthead", "北京市人民政府办公厅行政规范性文件", "北京市人民政府办公厅关于印发北京市地震预警管理办法的通知", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := []parse.Line{{Text: tt.header}, {Text: ""}}
			if tt.wantMasthead {
				lines = append(lines, parse.Line{Text: "北京市人民政府办公厅关于印发北京市地震预警管理办法的通知"}, parse.Line{Text: "各区人民政府，市政府各委、办、局："}, parse.Line{Text: "现将《北京市地震预警管理办法》印发给你们，请认真贯彻执行。"})
			} else {
				lines = append(lines, parse.Line{Text: "北京市地震预警管理办法"})
			}
			lines = append(lines, parse.Line{Text: "第一条　为了规范地震预警活动，制定本办法。"})
			for page := 2; page <= 4; page++ {
				lines = append(lines, parse.Line{Text: "\f" + tt.header}, parse.Line{Text: ""}, parse.Line{Text: fmt.Sprintf("第%s条　本市地震预警工作遵循政府主导、部门联动的原则。", []string{"二", "三", "四"}[page-2])})
			}
			doc := parse.Lines("seeds/x.pdf", lines, plan.Meta{})
			if doc.Meta.Title != tt.wantTitle {
				t.Errorf("have title %q, want %q", doc.Meta.Title, tt.wantTitle)
			}
			var buf strings.Builder
			parse.Outline(&buf, doc)
			if have := strings.Contains(buf.String(), "masthead "+tt.header); have != tt.wantMasthead {
				t.Errorf("have a masthead %q: %v, want %v\n%s", tt.header, have, tt.wantMasthead, buf.String())
			}
		})
	}
}
