package link

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"plansite/generator/internal/cputime"
	"plansite/generator/internal/testproject"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

func TestExport(t *testing.T) {
	a := analyze(t, zichuan)
	data, err := json.Marshal(a.Export())
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Departments []map[string]any `json:"departments"`
		Links       []map[string]any `json:"links"`
		Targets     []map[string]any `json:"targets"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Departments) != 37 || len(got.Links) != 49 || len(got.Targets) != len(a.Targets) {
		t.Fatalf("have %d departments, %d links, %d targets", len(got.Departments), len(got.Links), len(got.Targets))
	}
	edu := got.Departments[0]
	tests := []struct{ key, want string }{
		{"slug", "education-sports-bureau"},
		{"name", "区教体局"},
		{"nameEn", "District Education and Sports Bureau"},
		{"kind", "government"},
		{"url", "/zh/departments/education-sports-bureau/"},
		{"urlEn", "/en/departments/education-sports-bureau/"},
	}
	for _, tt := range tests {
		if have := edu[tt.key]; have != tt.want {
			t.Errorf("departments[0].%s = %v, want %s", tt.key, have, tt.want)
		}
	}
	if lead := edu["lead"].([]any); len(lead) != 58 {
		t.Errorf("区教体局 leads %d eIds in the export, want 58", len(lead))
	}
	l := got.Links[0]
	if l["project"] != "proj_1" || l["task"] != "part_2__sec_2__item_1" || l["status"] != "confirmed" ||
		l["reason"] != "zh:confirmed" || l["reasonEn"] != "en:confirmed" {
		t.Errorf("links[0] = %v", l)
	}
	var found bool
	for _, x := range got.Targets {
		if x["printed"] == "超过90％" {
			found = true
			if x["comparator"] != ">" || x["value"] != "90" || x["unit"] != "%" || x["lead"] != "education-sports-bureau" ||
				x["eId"] != "part_2__sec_2__item_1" || x["low"] != 90.0 {
				t.Errorf("target %v", x)
			}
		}
	}
	if !found {
		t.Error("no target 超过90％ in the export")
	}
}

func TestExportEmpty(t *testing.T) {
	a := analyze(t, sdScience)
	data, err := json.Marshal(a.Export())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"departments":[]`) || !strings.Contains(string(data), `"links":[]`) {
		t.Errorf("empty lists should encode as []: %s", data[:min(len(data), 200)])
	}
}

// BenchmarkAnalyzeZichuan measures what a rebuild of the Zichuan plan
// spends here (the preview server's budget is 50 ms for the whole rebuild).
func BenchmarkAnalyzeZichuan(b *testing.B) {
	reg, edits := registry(b), mustEdits(b)
	doc, err := parse.Parse(zichuan, mustRead(b, zichuan))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Analyze(doc, reg, edits); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzeCorpus measures what a library build spends here per
// plan: a fresh analysis of each corpus plan (text copies) and of Zichuan,
// most of them without key projects.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	reg, edits := registry(b), mustEdits(b)
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus plans (%v)", err)
	}
	var docs []*plan.Document
	for _, f := range append(files, zichuan) {
		docs = append(docs, testproject.ParseFile(b, f))
	}
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		for _, doc := range docs {
			if _, err := Analyze(doc, reg, edits); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

func mustEdits(t testing.TB) *Edits {
	t.Helper()
	edits, err := LoadEdits(testproject.FS(), "content/links.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return edits
}
