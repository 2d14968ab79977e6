package opendata_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"plansite/generator/export"
	"plansite/generator/opendata"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// duty is what the exports must say of one task: its departments by role
// (every list of the node, in order), its deadline and its score.
type duty struct {
	lead, support []string
	deadline      string // as printed
	date          string // YYYY-MM-DD or ""
	points        string
}

// TestDutyForms reads each responsibility form that issue 11 names and no
// corpus document prints (testdata/duties/, one small document a form,
// made after the real texts) end to end: parsed, then written as the JSON,
// CSV and Akoma Ntoso exports, each of which must give every task's lead
// and support departments, its deadline (with the document's year where
// the text has none) and its score.
func TestDutyForms(t *testing.T) {
	tests := []struct {
		file string
		want map[string]duty // by eId; every other node has no duty
	}{
		{"half-width-labels.txt", map[string]duty{
			"part_1__item_1": {lead: []string{"示范区发展改革和统计局(商务局)"}, support: []string{"示范区财政金融局"}},
			"part_1__item_2": {lead: []string{"示范区政务服务中心"}, support: []string{"示范区财政金融局", "示范区市场监管局"},
				deadline: "2022年6月底前", date: "2022-06-30"},
			"part_1__item_3": {lead: []string{"示范区财政金融局（地方金融监管局）"}, support: []string{"示范区发展改革和统计局"}},
		}},
		{"by-division.txt", map[string]duty{
			"part_1__sec_1": {support: []string{"合肥海关", "省商务厅", "省交通运输厅"}},
			"part_1__sec_2": {support: []string{"省商务厅", "省委网信办", "省数据资源局"}},
			"part_2__sec_3": {support: []string{"省商务厅", "省发展改革委"}},
		}},
		{"lead-and-support.txt", map[string]duty{
			"part_1__item_1": {lead: []string{"省商务厅"}, support: []string{"合肥海关", "省贸促会"}},
			"part_1__item_2": {lead: []string{"省商务厅"}, support: []string{"合肥海关", "省邮政管理局"}},
			"part_1__item_3": {lead: []string{"省商务厅"}, support: []string{"省财政厅", "省税务局"}},
		}},
		{"points-deadlines.txt", map[string]duty{
			"part_1__item_1": {lead: []string{"市民政局"}, deadline: "10月底完成", date: "2022-10-31", points: "0.5"},
			"part_1__item_2": {lead: []string{"市卫生健康委"}, deadline: "6月底前完成", date: "2022-06-30", points: "1"},
			"part_2__item_3": {lead: []string{"市教育局"}, support: []string{"市财政局"}, deadline: "2022年底前完成", date: "2022-12-31", points: "1.5"},
			"part_2__item_4": {lead: []string{"市教育局"}, deadline: "持续推进", points: "0.5"},
		}},
		{"broken-unit.txt", map[string]duty{
			"part_1__para_1": {support: []string{"县财政局", "县税务局", "县住建局"}},
			"part_2__para_1": {support: []string{"县住房公积金中心", "县住建局"}},
			"part_3__para_1": {support: []string{"县住建局"}},
		}},
		{"role-duties.txt", map[string]duty{
			"art_2":         {lead: []string{"县级以上人民政府教育行政部门"}},
			"art_2__para_2": {lead: []string{"公安机关"}, support: []string{"交通运输主管部门"}},
			"art_2__para_3": {support: []string{"市场监督管理部门", "卫生健康主管部门"}},
		}},
		{"duty-division.txt", map[string]duty{
			"att_1__para_1": {lead: []string{"省教育厅"}},
			"att_1__para_2": {support: []string{"省发展改革委", "省财政厅"}},
			"att_1__para_3": {lead: []string{"省住房城乡建设厅"}, support: []string{"省自然资源厅"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/duties/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			d, err := parse.Parse(tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Warnings) > 0 {
				t.Errorf("warnings: %v", d.Warnings)
			}
			x := export.New(d, "zh", func(n *plan.Node) (string, string, string) {
				return n.Heading, n.Text, "/zh/x/#" + n.EID
			})
			var jsBuf bytes.Buffer
			if err := x.WriteJSON(&jsBuf); err != nil {
				t.Fatal(err)
			}
			js := jsBuf.Bytes()
			var csBuf bytes.Buffer
			if err := opendata.CSV(&csBuf, x, "", nil); err != nil {
				t.Fatal(err)
			}
			f := opendata.Work{Country: "cn", Subtype: "plan", Actor: "x"}.Identify(d, "zh")
			var aknBuf bytes.Buffer
			if err := opendata.AKN(&aknBuf, x, f, "", "2026-12-04", nil); err != nil {
				t.Fatal(err)
			}
			akn := aknBuf.Bytes()
			for _, c := range []struct {
				format string
				have   map[string]duty
			}{{"JSON", jsonDuties(t, js)}, {"CSV", csvDuties(t, csBuf.Bytes())}, {"AKN", aknDuties(t, akn)}} {
				want := tt.want
				if c.format == "CSV" {
					// The CSV has a row per department; a deadline or score
					// is on its task's rows.
					want = map[string]duty{}
					for id, w := range tt.want {
						if len(w.lead)+len(w.support) > 0 {
							want[id] = w
						}
					}
				}
				for id, w := range want {
					if h := c.have[id]; !reflect.DeepEqual(h, w) {
						t.Errorf("%s %s:\nhave %+v\nwant %+v", c.format, id, h, w)
					}
				}
				for id, h := range c.have {
					if _, ok := want[id]; !ok {
						t.Errorf("%s %s: a duty the text does not give: %+v", c.format, id, h)
					}
				}
			}
		})
	}
}

// jsonDuties reads the duties of every node of a JSON export.
func jsonDuties(t *testing.T, data []byte) map[string]duty {
	t.Helper()
	var doc struct{ Nodes []*jsonNode }
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]duty{}
	var walk func([]*jsonNode)
	walk = func(ns []*jsonNode) {
		for _, n := range ns {
			var d duty
			for _, r := range append(n.InlineResponsibilities, n.Responsibility) {
				if r != nil {
					d.lead = append(d.lead, r.Lead...)
					d.support = append(d.support, r.Support...)
				}
			}
			if n.Deadline != nil {
				d.deadline, d.date = n.Deadline.Text, n.Deadline.Date
			}
			d.points = n.Points
			if !reflect.DeepEqual(d, duty{}) {
				out[n.EID] = d
			}
			walk(n.Children)
		}
	}
	walk(doc.Nodes)
	return out
}

type jsonNode struct {
	EID                    string `json:"eId"`
	Responsibility         *jsonResp
	InlineResponsibilities []*jsonResp
	Deadline               *struct{ Text, Date string }
	Points                 string
	Children               []*jsonNode
}

type jsonResp struct{ Lead, Support []string }

// csvDuties reads the rows of a responsibility CSV.
func csvDuties(t *testing.T, data []byte) map[string]duty {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	out := map[string]duty{}
	for _, r := range rows[1:] {
		id := r[col["eId"]]
		d := out[id]
		switch r[col["职责"]] {
		case "lead":
			d.lead = append(d.lead, r[col["部门"]])
		case "support":
			d.support = append(d.support, r[col["部门"]])
		default:
			t.Errorf("CSV %s: role %q", id, r[col["职责"]])
		}
		d.deadline, d.date, d.points = r[col["完成时限"]], r[col["完成日期"]], r[col["分值"]]
		out[id] = d
	}
	return out
}

// aknDuties reads the duties of every element with an eId of an Akoma
// Ntoso export: the organizations marked as lead or support, the deadline's
// text and date, the score.
func aknDuties(t *testing.T, data []byte) map[string]duty {
	t.Helper()
	out := map[string]duty{}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var ids []string // the eIds of the open elements, "" for those without
	var class, as, date string
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("AKN not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			id := ""
			if tok.Name.Local == "p" {
				class, date = "", ""
			}
			for _, a := range tok.Attr {
				switch a.Name.Local {
				case "eId":
					id = a.Value
				case "class":
					if tok.Name.Local == "p" {
						class = a.Value
					}
				case "as":
					as = a.Value
				case "date":
					if tok.Name.Local == "date" {
						date = a.Value
					}
				}
			}
			if tok.Name.Local == "organization" || tok.Name.Local == "p" {
				text.Reset()
			}
			ids = append(ids, id)
		case xml.CharData:
			text.Write(tok)
		case xml.EndElement:
			ids = ids[:len(ids)-1]
			owner := ""
			for _, id := range slices.Backward(ids) {
				if id != "" {
					owner = id
					break
				}
			}
			if owner == "" {
				continue
			}
			d := out[owner]
			switch {
			case tok.Name.Local == "organization" && as == "#lead":
				d.lead = append(d.lead, text.String())
			case tok.Name.Local == "organization" && as == "#support":
				d.support = append(d.support, text.String())
			case tok.Name.Local == "p" && class == "deadline":
				d.deadline, d.date = text.String(), date
			case tok.Name.Local == "p" && class == "points":
				d.points = text.String()
			default:
				continue
			}
			if tok.Name.Local == "organization" {
				as = ""
			}
			out[owner] = d
		}
	}
	return out
}
