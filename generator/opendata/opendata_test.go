package opendata

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"plansite/generator/export"
	"plansite/generator/internal/testproject"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

const zichuan = "seeds/zichuan-education-2022.txt"

// exports builds the JSON export model of the Zichuan plan in both
// languages, with the Chinese texts (the texts do not matter here).
func exports(t *testing.T) []*export.Doc {
	t.Helper()
	d, err := parse.File(testproject.FS(), zichuan)
	if err != nil {
		t.Fatal(err)
	}
	var xs []*export.Doc
	for _, lang := range []string{"zh", "en"} {
		xs = append(xs, export.New(d, lang, func(n *plan.Node) (string, string, string) {
			return n.Heading, n.Text, "/" + lang + "/" + d.Slug + "/#" + n.EID
		}))
	}
	return xs
}

// eIds lists every eId of the export: its tree and its project list.
func eIds(x *export.Doc) []string {
	var ids []string
	walk(x.Nodes, func(n *export.Node) { ids = append(ids, n.EID) })
	for _, p := range x.Projects {
		ids = append(ids, p.EID)
	}
	return ids
}

func TestAKNNamesEveryEID(t *testing.T) {
	d, _ := parse.File(testproject.FS(), zichuan)
	w := Work{Country: "cn-sd", Actor: "zichuan", Subtype: "plan"}
	for _, x := range exports(t) {
		t.Run(x.Lang, func(t *testing.T) {
			original := ""
			if x.Lang != "zh" {
				original = w.Identify(d, "zh").Expression
			}
			f := w.Identify(d, x.Lang)
			var buf bytes.Buffer
			if err := AKN(&buf, x, f, original, "2026-11-29", nil); err != nil {
				t.Fatal(err)
			}
			data := buf.Bytes()
			ids, roles, refs := scanAKN(t, data)
			for _, id := range eIds(x) {
				if !ids[id] {
					t.Errorf("no element with eId %s", id)
				}
			}
			if len(eIds(x)) < 100 {
				t.Errorf("the export has %d eIds: want the whole plan", len(eIds(x)))
			}
			// 区教体局 leads 58 of the 69 responsibility lists.
			if have := roles["#lead|区教体局"]; have != 58 {
				t.Errorf("区教体局 as lead: have %d, want 58", have)
			}
			for ref := range refs {
				if !ids[strings.TrimPrefix(ref, "#")] {
					t.Errorf("refersTo %s names no TLCOrganization", ref)
				}
			}
			for _, want := range []string{f.Work, f.Expression, f.Manifestation, `language="` + f.Language + `"`} {
				if !bytes.Contains(data, []byte(want)) {
					t.Errorf("identification lacks %s", want)
				}
			}
			if x.Lang == "en" && !bytes.Contains(data, []byte(`authoritative="false"`)) {
				t.Errorf("the English expression is not marked as a non-authoritative translation")
			}
		})
	}
	if have, want := w.Identify(d, "zh").Expression, "/akn/cn-sd/doc/plan/zichuan/2022-12-28/10/zho"; have != want {
		t.Errorf("expression URI: have %s, want %s", have, want)
	}
}

// scanAKN parses data with encoding/xml (failing on any well-formedness
// error) and returns its eIds, the count of organizations by role|name,
// and every refersTo.
func scanAKN(t *testing.T, data []byte) (map[string]bool, map[string]int, map[string]bool) {
	t.Helper()
	ids, roles, refs := map[string]bool{}, map[string]int{}, map[string]bool{}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var inOrg, role string
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
			if tok.Name.Space != AKNNamespace {
				t.Errorf("element %s outside the Akoma Ntoso namespace", tok.Name.Local)
			}
			for _, a := range tok.Attr {
				switch a.Name.Local {
				case "eId":
					if ids[a.Value] {
						t.Errorf("eId %s given twice", a.Value)
					}
					ids[a.Value] = true
				case "refersTo":
					refs[a.Value] = true
				case "as":
					role = a.Value
				}
			}
			if tok.Name.Local == "organization" {
				inOrg = role
			}
		case xml.CharData:
			if inOrg != "" {
				roles[inOrg+"|"+string(tok)]++
				inOrg = ""
			}
		}
	}
	return ids, roles, refs
}

func TestCSVRowsMatchResponsibilities(t *testing.T) {
	for _, x := range exports(t) {
		t.Run(x.Lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := CSV(&buf, x, "https://example.gov.cn", nil); err != nil {
				t.Fatal(err)
			}
			data := buf.Bytes()
			if !bytes.HasPrefix(data, []byte("\ufeff")) {
				t.Errorf("no byte-order mark: Excel would misread the Chinese")
			}
			rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			want, lists := 0, 0
			walk(x.Nodes, func(n *export.Node) {
				if n.Responsibility != nil {
					lists++
					want += len(n.Responsibility.Lead) + len(n.Responsibility.Support)
				}
			})
			if have := len(rows) - 1; have != want {
				t.Errorf("rows: have %d, want %d (one per department of %d responsibility lists)", have, want, lists)
			}
			leads := 0
			for _, r := range rows[1:] {
				if r[5] == "lead" && r[4] == "区教体局" {
					leads++
				}
				if !strings.HasPrefix(r[6], "https://example.gov.cn/") {
					t.Errorf("url %q is not absolute", r[6])
				}
			}
			if leads != 58 {
				t.Errorf("区教体局 lead rows: have %d, want 58", leads)
			}
		})
	}
}

func TestSchemaValidatesExport(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("https://plansite.example/data/plan.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("https://plansite.example/data/plan.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range exports(t) {
		t.Run(x.Lang, func(t *testing.T) {
			x.Extra = map[string]any{"departments": []string{"区教体局"}}
			var dataBuf bytes.Buffer
			if err := x.WriteJSON(&dataBuf); err != nil {
				t.Fatal(err)
			}
			data := dataBuf.Bytes()
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(v); err != nil {
				t.Errorf("export does not match the schema: %v", err)
			}
		})
	}
	t.Run("rejects", func(t *testing.T) {
		bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"slug":"x","lang":"fr","meta":{"title":"t"},"nodes":[{"eId":"Part 2","kind":"part","url":"/"}],"projects":[],"warnings":[]}`))
		if err := sch.Validate(bad); err == nil {
			t.Errorf("a bad language and eId passed the schema")
		}
	})
}

func TestSamples(t *testing.T) {
	x := exports(t)[0]
	js, err := SampleJSON(x)
	if err != nil || !strings.Contains(js, `"eId"`) || !strings.Contains(js, `"responsibility"`) {
		t.Errorf("JSON sample: have %q, %v", js, err)
	}
	var buf bytes.Buffer
	CSV(&buf, x, "", nil)
	data := buf.Bytes()
	if have := strings.Count(SampleCSV(data, 3), "\n"); have != 4 {
		t.Errorf("CSV sample: have %d lines, want header and 3 rows", have)
	}
	d, _ := parse.File(testproject.FS(), zichuan)
	var akn bytes.Buffer
	AKN(&akn, x, Work{Country: "cn", Actor: "z", Subtype: "plan"}.Identify(d, "zh"), "", "2026-11-29", nil)
	sample := &AKNSample{}
	sample.Write(akn.Bytes())
	s := sample.String()
	for _, want := range []string{"<FRBRExpression>", "</FRBRExpression>", `name="item"`, "</hcontainer>"} {
		if !strings.Contains(s, want) {
			t.Errorf("AKN sample lacks %s:\n%s", want, s)
		}
	}
	// Written a few bytes at a time, as a file passes through it.
	bySmall := &AKNSample{}
	for data := akn.Bytes(); len(data) > 0; data = data[min(7, len(data)):] {
		bySmall.Write(data[:min(7, len(data))])
	}
	if have := bySmall.String(); have != s {
		t.Errorf("AKN sample written 7 bytes at a time:\n%s\nwant, as written at once:\n%s", have, s)
	}
}
