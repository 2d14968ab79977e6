package opendata

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"sort"
	"strings"
	"testing"
	"unicode"

	"plansite/generator/export"
	"plansite/generator/plan"
	"plansite/generator/source"
)

// TestExportsLossless checks that every character of every seed and corpus
// plan, of the duty forms in testdata/duties and of the tables in
// losslessTables, as the parsed document holds it (package parse checks
// that the document holds the file's), is in each of the open-data files:
// the JSON, the text CSV and the Akoma Ntoso XML; table cells and header
// rows included. The 。 that ends a run-in heading is in no field of the
// JSON and the XML, which mark such headings; it is counted back for them.
func TestExportsLossless(t *testing.T) {
	var files []string
	for _, dir := range []string{"../../seeds", "../testdata/corpus", "testdata/duties"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if source.Accepts(e.Name()) {
				files = append(files, path.Join(dir, e.Name()))
			}
		}
	}
	if len(files) < 20 {
		t.Fatalf("found %d seed, corpus and duty files, want the seed, the 13 corpus plans and the 6 duty forms", len(files))
	}
	_, noPDF := exec.LookPath("pdftotext")
	for _, file := range files {
		t.Run(path.Base(file), func(t *testing.T) {
			if strings.HasSuffix(file, ".pdf") && noPDF != nil {
				t.Skip("pdftotext is not installed")
			}
			seed, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			exportsLossless(t, path.Base(file), seed)
		})
	}
	for _, tt := range losslessTables {
		t.Run(tt.name, func(t *testing.T) {
			exportsLossless(t, "t.txt", []byte(tablePlan+tt.table))
		})
	}
}

// tablePlan is the head of a plan for the tables of losslessTables.
const tablePlan = "某区教育发展规划\n\n一、总体要求\n\n坚持教育优先发展。\n\n二、主要指标\n\n主要指标如下。\n\n"

// losslessTables are the tables whose cells the exports once lost: a key
// project table's columns beyond name, content and departments, a table
// that lists no projects, and a cell beyond a row's columns.
var losslessTables = []struct{ name, table string }{
	{"projects with more columns", "表2 重点项目\n序号\t名称\t主要内容\t建设期限\t总投资\t责任单位\n1\t幼儿园建设\t新建幼儿园3所。\t2021-2023\t5000\t区教体局\n2\t学校改造\t改造校舍。\t2022-2024\t3200\t区教体局、区财政局\n"},
	{"indicators", "表1 主要发展指标\n指标\t单位\t2020年\t2025年\t属性\n学前教育毛入园率\t%\t90\t95\t预期性\n义务教育巩固率\t%\t96\t97\t约束性\n"},
	{"a row with a cell too many", "表1 主要指标\n指标\t单位\t2020年\t2025年\t属性\n学前教育毛入园率\t%\t90\t95\t预期性\n高中阶段毛入学率\t%\t98\t99\t约束性\t备注多出的格\n义务教育巩固率\t%\t95\n"},
}

// exportsLossless parses seed, named name, and checks that the JSON, the
// text CSV and the Akoma Ntoso XML of it hold every character of it.
func exportsLossless(t *testing.T, name string, seed []byte) {
	t.Helper()
	doc, err := source.ParseBytes(name, seed)
	if err != nil {
		t.Fatal(err)
	}
	want := chars(doc.Source())
	x := export.New(doc, "zh", func(n *plan.Node) (string, string, string) {
		return n.Heading, n.Text, "/zh/" + doc.Slug + "/#" + n.EID
	})
	runIns := 0
	walk(x.Nodes, func(n *export.Node) {
		if n.RunIn {
			runIns++
		}
	})
	var jsBuf bytes.Buffer
	if err := x.WriteJSON(&jsBuf); err != nil {
		t.Fatal(err)
	}
	js := jsBuf.Bytes()
	have := jsonChars(t, js)
	have['。'] += runIns
	lacks(t, "JSON", have, want)

	var buf bytes.Buffer
	if err := TextCSV(&buf, x, "https://example.gov.cn"); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	lacks(t, "CSV", csvChars(t, data), want)

	var aknBuf bytes.Buffer
	if err := AKN(&aknBuf, x, Work{Country: "cn", Actor: "t", Subtype: "plan"}.Identify(doc, "zh"), "", "2026-12-03", nil); err != nil {
		t.Fatal(err)
	}
	akn := aknBuf.Bytes()
	have = xmlChars(t, akn)
	have['。'] += runIns
	lacks(t, "Akoma Ntoso", have, want)
}

// chars counts the characters of s that are not white space.
func chars(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			m[r]++
		}
	}
	return m
}

// lacks reports the characters want has more often than have.
func lacks(t *testing.T, format string, have, want map[rune]int) {
	t.Helper()
	var missing []string
	total := 0
	for r, n := range want {
		if have[r] < n {
			missing = append(missing, fmt.Sprintf("%q×%d", r, n-have[r]))
			total += n - have[r]
		}
	}
	if total > 0 {
		sort.Strings(missing)
		t.Errorf("%s lacks %d characters of the plan: %s", format, total, strings.Join(missing[:min(len(missing), 30)], " "))
	}
}

// jsonChars counts the characters of every string in a JSON document.
func jsonChars(t *testing.T, data []byte) map[rune]int {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var visit func(any)
	visit = func(v any) {
		switch v := v.(type) {
		case string:
			b.WriteString(v)
		case []any:
			for _, e := range v {
				visit(e)
			}
		case map[string]any:
			for k, e := range v {
				if k != "url" && k != "warnings" {
					visit(e)
				}
			}
		}
	}
	visit(v)
	return chars(b.String())
}

// csvChars counts the characters of every field of a CSV file.
func csvChars(t *testing.T, data []byte) map[rune]int {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte(bom))))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, rec := range recs[1:] {
		for i, f := range rec {
			if i != 10 { // the url
				b.WriteString(f)
			}
		}
	}
	return chars(b.String())
}

// xmlChars counts the characters of the character data of an XML
// document's body (mainBody), failing on any well-formedness error.
func xmlChars(t *testing.T, data []byte) map[rune]int {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var b strings.Builder
	inBody := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inBody = inBody || tok.Name.Local == "mainBody"
		case xml.EndElement:
			inBody = inBody && tok.Name.Local != "mainBody"
		case xml.CharData:
			if inBody {
				b.Write(tok)
			}
		}
	}
	return chars(b.String())
}
