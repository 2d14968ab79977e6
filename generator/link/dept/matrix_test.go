package dept

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"plansite/generator/plan"
)

func TestZichuanMatrix(t *testing.T) {
	a := analyze(t, zichuan)
	m := a.Matrix
	var cols []string
	for _, c := range m.Columns {
		cols = append(cols, c.EID)
	}
	want := "part_2__sec_1 part_2__sec_2 part_2__sec_3 part_2__sec_4 part_2__sec_5 part_2__sec_6 part_2__sec_7 part_2__sec_8 part_3 table_2"
	if strings.Join(cols, " ") != want {
		t.Errorf("columns\nhave %s\nwant %s", strings.Join(cols, " "), want)
	}
	if len(m.Rows) != 37 {
		t.Fatalf("%d rows, want 37", len(m.Rows))
	}
	edu := m.Rows[0]
	if edu.Dept.Slug != "education-sports-bureau" {
		t.Fatalf("first row %s", edu.Dept.Name)
	}
	tests := []struct {
		col  int
		want Cell
	}{
		{0, Cell{Lead: 6}},             // 二（一）: items 3–8
		{1, Cell{Lead: 7, Support: 1}}, // 二（二）: 二（二）5 is led by 区政府办
		{8, Cell{Lead: 1}},             // 三: 三（三）
		{9, Cell{Lead: 17}},            // key projects
	}
	for _, tt := range tests {
		if have := edu.Cells[tt.col]; have != tt.want {
			t.Errorf("区教体局 × %s: have %+v, want %+v", cols[tt.col], have, tt.want)
		}
	}
	// every list is counted once per department named
	total := 0
	for _, r := range m.Rows {
		for _, c := range r.Cells {
			total += c.Lead + c.Support
		}
		if sum := r.Counts.Lists(); sum != rowSum(r) {
			t.Errorf("%s: cells sum to %d, counts say %d", r.Dept.Name, rowSum(r), sum)
		}
	}
	names := 0
	for _, n := range append(append([]*plan.Node{}, a.Tasks...), a.Doc.Projects...) {
		names += len(a.Responsible(n))
	}
	if total != names {
		t.Errorf("cells hold %d assignments, lists name %d", total, names)
	}
}

func rowSum(r *MatrixRow) int {
	s := 0
	for _, c := range r.Cells {
		s += c.Lead + c.Support
	}
	return s
}

// words are the interface strings of the repository's
// content/i18n/<lang>.yaml, which the site gives the matrix (view.Doc.T).
func words(t *testing.T, lang string) Words {
	t.Helper()
	data, err := os.ReadFile("../../../content/i18n/" + lang + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return func(key string) string {
		if v, ok := m[key]; ok {
			return v
		}
		return key
	}
}

func TestCell(t *testing.T) {
	tests := []struct {
		cell         Cell
		mark, zh, en string
	}{
		{Cell{}, "", "无", "none"},
		{Cell{Lead: 2}, "●", "牵头2项", "leads 2"},
		{Cell{Support: 1}, "○", "配合1项", "supports 1"},
		{Cell{Lead: 1, Support: 3}, "●", "牵头1项、配合3项", "leads 1, supports 3"},
	}
	for _, tt := range tests {
		t.Run(tt.zh, func(t *testing.T) {
			zh, en := tt.cell.Describe(words(t, "zh")), tt.cell.Describe(words(t, "en"))
			if tt.cell.Mark() != tt.mark || zh != tt.zh || en != tt.en {
				t.Errorf("have %q %q %q, want %q %q %q", tt.cell.Mark(), zh, en, tt.mark, tt.zh, tt.en)
			}
		})
	}
}

// svgText parses an SVG and returns its character data, failing on
// malformed XML.
func svgText(t *testing.T, svg []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var b strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v\n%s", err, svg)
		}
		if cd, ok := tok.(xml.CharData); ok {
			b.Write(cd)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func TestMatrixSVG(t *testing.T) {
	a := analyze(t, zichuan)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			svg := a.Matrix.SVG(lang, words(t, lang), nil)
			text := svgText(t, svg)
			for _, want := range []string{a.Matrix.Summary(lang, words(t, lang)), a.Matrix.Rows[0].Dept.NameIn(lang)} {
				if !strings.Contains(text, want) {
					t.Errorf("SVG lacks %q", want)
				}
			}
			if !bytes.Contains(svg, []byte(`role="img"`)) || !bytes.Contains(svg, []byte(`aria-labelledby="matrix-zichuan-education-2022-title matrix-zichuan-education-2022-desc"`)) {
				t.Error("SVG is not labelled for assistive technology")
			}
			if !bytes.Contains(svg, []byte(`viewBox="0 0 `)) {
				t.Error("SVG has no viewBox, so it cannot scale to a phone")
			}
		})
	}
	if zh := svgText(t, a.Matrix.SVG("zh", words(t, "zh"), nil)); !strings.Contains(zh, "二（一）") || !strings.Contains(zh, "重点项目") {
		t.Error("Chinese column labels missing")
	}
	if en := svgText(t, a.Matrix.SVG("en", words(t, "en"), nil)); !strings.Contains(en, "II (1)") || strings.Contains(en, "区教体局") {
		t.Error("English SVG: column labels missing or Chinese names left")
	}
}

// TestSVGColumnLabels: a column is labelled as the pages label its node: a
// key project under groups by its groups and number where plan.Label
// would give 重点项目5, which names a row of every group.
func TestSVGColumnLabels(t *testing.T) {
	proj := &plan.Node{EID: "proj_5_2", Kind: plan.KindProject, Num: "5", Ordinal: 5, Heading: "大江东片外排工程", Group: []string{"杭州市", "城市排洪防涝工程"}}
	m := &Matrix{ID: "m", Columns: []*plan.Node{proj},
		Rows: []*MatrixRow{{Dept: &Entry{Name: "区水利局", EN: "District Water Resources Bureau"}, Cells: []Cell{{Lead: 1}}, Counts: Counts{Lead: 1}}}}
	page := func(n *plan.Node, lang string) string { return "杭州市城市排洪防涝工程第5项" }
	text := svgText(t, m.SVG("zh", words(t, "zh"), page))
	if !strings.Contains(text, "杭州市城市排洪防涝工程第5项") || strings.Contains(text, "重点项目5") {
		t.Errorf("column labelled otherwise than the page labels it: %s", text)
	}
	if text := svgText(t, m.SVG("zh", words(t, "zh"), nil)); !strings.Contains(text, "重点项目5") {
		t.Errorf("without a page's labels the column is not plan.Label's: %s", text)
	}
}

// TestSVGEscapes: names go through the XML encoder, never into markup.
func TestSVGEscapes(t *testing.T) {
	m := &Matrix{ID: "m", Columns: []*plan.Node{{EID: "part_1", Kind: plan.KindPart, Num: "一、", Ordinal: 1, Heading: "<b>&</b>"}},
		Rows: []*MatrixRow{{Dept: &Entry{Name: `区<script>alert("x")</script>局`, EN: `A & B "Office" <x>`}, Cells: []Cell{{Lead: 1}}, Counts: Counts{Lead: 1}}}}
	for _, lang := range []string{"zh", "en"} {
		svg := m.SVG(lang, words(t, lang), nil)
		if bytes.Contains(svg, []byte("<script")) || bytes.Contains(svg, []byte("<x>")) || bytes.Contains(svg, []byte("<b>")) {
			t.Errorf("%s: markup from a name reached the SVG:\n%s", lang, svg)
		}
		text := svgText(t, svg)
		if !strings.Contains(text, m.Rows[0].Dept.NameIn(lang)) {
			t.Errorf("%s: the name does not read back", lang)
		}
	}
}

func TestRowLabel(t *testing.T) {
	tests := []struct {
		name string
		en   bool
		want []string
	}{
		{"区大数据信息服务中心", false, []string{"区大数据信息服务中心"}},
		{"District Finance Bureau", true, []string{"District Finance Bureau"}},
		{"Office of the Institutional Organization Commission of the CPC District Committee", true,
			[]string{"Office of the Institutional", "Organization Commission of th…"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			have := rowLabel(tt.name, tt.en)
			if strings.Join(have, "|") != strings.Join(tt.want, "|") {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

// TestSVGLabelsFit: the column of row labels is as wide as its widest
// label, so that none runs out of the drawing's left edge: a long English
// name on its two lines (Beijing Municipal Urban Management and Law
// Enforcement Bureau drew "anagement and Law Enforcemen…"), a long Chinese
// name cut with "…".
func TestSVGLabelsFit(t *testing.T) {
	m := &Matrix{Rows: []*MatrixRow{
		{Dept: &Entry{Name: "北京市城市管理综合行政执法局城市管理综合执法监督指导处", EN: "Beijing Municipal Urban Management and Law Enforcement Bureau"}},
		{Dept: &Entry{Name: "市公安局", EN: "Beijing Municipal Public Security Bureau"}},
	}}
	for _, lang := range []string{"zh", "en"} {
		labels, width, _ := m.rowLabels(lang)
		for _, ls := range labels {
			for _, l := range ls {
				if textWidth(l) > width-svgPad {
					t.Errorf("%s: label %q (%d) wider than its column (%d)", lang, l, textWidth(l), width-svgPad)
				}
			}
		}
		if width-svgPad > svgMaxLabel+svgFont*3 {
			t.Errorf("%s: label column %d, want about %d at most", lang, width, svgMaxLabel)
		}
	}
	if zh := rowLabel("北京市城市管理综合行政执法局城市管理综合执法监督指导处", false); len(zh) != 1 || !strings.HasSuffix(zh[0], "…") || textWidth(zh[0]) > svgMaxLabel {
		t.Errorf("long Chinese label %q, want one cut with … within %d", zh, svgMaxLabel)
	}
}

// TestSummaryTie: where the rows with the most tasks are several (a
// rule's roles, one article each), the summary says they share it, where
// it named the first as the department named most often ("Competent Fire
// and Rescue Authority is named most often: in 1 tasks").
func TestSummaryTie(t *testing.T) {
	row := func(name string, lead int) *MatrixRow {
		return &MatrixRow{Dept: &Entry{Name: name, EN: name}, Counts: Counts{Lead: lead}}
	}
	tied := &Matrix{Rows: []*MatrixRow{row("甲", 1), row("乙", 1), row("丙", 1)}, Columns: []*plan.Node{{}}}
	one := &Matrix{Rows: []*MatrixRow{row("甲", 2), row("乙", 1)}, Columns: []*plan.Node{{}}}
	for _, tt := range []struct {
		m          *Matrix
		lang, want string
	}{
		{tied, "en", "3 departments share the most tasks: 1 each."},
		{tied, "zh", "3个部门并列出现最多：各列入1项任务。"},
		{one, "en", "甲 is named most often: in 2 tasks, leading all."},
	} {
		if have := tt.m.Summary(tt.lang, words(t, tt.lang)); !strings.HasSuffix(have, tt.want) {
			t.Errorf("%s: have %q, want it to end %q", tt.lang, have, tt.want)
		}
	}
}

// TestRowLabelRuns: a row label's Chinese, which an English name two
// departments share says beside it (Enyang's District Transport Bureau
// (区交通局)), is marked as Chinese in the English drawing, where it stood
// unmarked and a screen reader read it in an English voice; the Chinese
// drawing marks nothing.
func TestRowLabelRuns(t *testing.T) {
	for _, tt := range []struct {
		line string
		en   bool
		want string
	}{
		{"(区交通局)", true, `(<tspan lang="zh-Hans">区交通局</tspan>)`},
		{"Bureau (区交通局)", true, `Bureau (<tspan lang="zh-Hans">区交通局</tspan>)`},
		{"District Transport Bureau", true, "District Transport Bureau"},
		{"区交通局", false, "区交通局"},
	} {
		t.Run(tt.line, func(t *testing.T) {
			w := &svgWriter{}
			w.runs(tt.line, tt.en)
			if have := w.String(); have != tt.want {
				t.Errorf("have %s, want %s", have, tt.want)
			}
		})
	}
}

// TestRowLabelAlike: the Chinese an English name shared by two
// departments says beside it keeps a line of its own in the drawing,
// where the cut of the second line took it and two rows read Data Zone
// Regulatory Department… alike (Beijing's data zones).
func TestRowLabelAlike(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"Data Zone Regulatory Department (专区监管部门)", []string{"Data Zone Regulatory", "Department", "(专区监管部门)"}},
		{"District Transport Bureau (区交通局)", []string{"District Transport Bureau", "(区交通局)"}},
		{"Relevant Departments (Beijing)", []string{"Relevant Departments (Beijing)"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if have := rowLabel(tt.name, true); !slices.Equal(have, tt.want) {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}
