package link

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// zichuanEdits are one-paragraph edits of the Zichuan plan, as an editor
// saving in the preview server makes them.
var zichuanEdits = []struct{ name, old, new string }{
	{"task text", "着力构建价值统一、导向一致", "着力构建目标统一、导向一致"},
	{"task heading", "办好特色多样高中教育", "办好特色多样普通高中教育"},
	{"new target", "规范家委会建设，", "到2025年，家委会覆盖率达到95%以上。规范家委会建设，"},
	{"project content", "计划支持8所幼儿园新建、改扩建", "计划支持10所幼儿园新建、改造、改扩建"},
	{"project name", "幼儿园建设与提升工程", "幼儿园建设与品质提升工程"},
	{"sentence deleted", "认真学习贯彻《家庭教育促进法》，", ""},
}

// TestAnalyzerReuse: an analysis reusing the last one's work is the
// analysis Analyze gives, edit after edit, and for another document.
func TestAnalyzerReuse(t *testing.T) {
	reg, edits := registry(t), mustEdits(t)
	src := string(mustRead(t, zichuan))
	z := NewAnalyzer()
	check := func(t *testing.T, file, text string) {
		t.Helper()
		doc := mustParse(t, file, text)
		a, err := z.Analyze(doc, reg, edits)
		if err != nil {
			t.Fatal(err)
		}
		cold, err := Analyze(mustParse(t, file, text), reg, edits)
		if err != nil {
			t.Fatal(err)
		}
		if have, want := fingerprint(t, a), fingerprint(t, cold); have != want {
			t.Errorf("have an analysis unlike Analyze's:\n%s", firstDiff(have, want))
		}
		// The task bigrams and the vocabulary are brought up to date only
		// for a document whose key projects have tasks to score (all
		// Zichuan's versions; not Shandong's, which has no projects).
		if len(doc.Projects) > 0 && len(a.Tasks) > 0 {
			checkVocabulary(t, z.vocab, doc)
			checkTasks(t, &z.tasks, a.Tasks)
		}
	}
	t.Run("first", func(t *testing.T) { check(t, zichuan, src) })
	t.Run("parsed again", func(t *testing.T) { check(t, zichuan, src) })
	for _, ed := range zichuanEdits {
		t.Run(ed.name, func(t *testing.T) {
			if strings.Count(src, ed.old) != 1 {
				t.Fatalf("%q is not once in the plan", ed.old)
			}
			src = strings.Replace(src, ed.old, ed.new, 1) // edits pile up, as in an editing session
			check(t, zichuan, src)
		})
	}
	t.Run("edits undone", func(t *testing.T) { check(t, zichuan, string(mustRead(t, zichuan))) })
	t.Run("another plan", func(t *testing.T) { check(t, sdEdu, string(mustRead(t, sdEdu))) })
	t.Run("back again", func(t *testing.T) { check(t, zichuan, string(mustRead(t, zichuan))) })
}

// TestScoreDeterministic: a link's score is the same to the last bit in
// every analysis, as sums of weights follow the text, not map order.
func TestScoreDeterministic(t *testing.T) {
	first := analyze(t, zichuan)
	for range 3 {
		a := analyze(t, zichuan)
		for i, l := range a.Links.All {
			if have, want := l.Score, first.Links.All[i].Score; have != want {
				t.Fatalf("%s ↔ %s: have score %v, want %v", l.Project.EID, l.Task.EID, have, want)
			}
		}
	}
}

// BenchmarkAnalyzeZichuanEdit measures a preview rebuild's analysis after
// a one-paragraph edit, reusing the analysis before it; compare
// BenchmarkAnalyzeZichuan, which starts cold.
func BenchmarkAnalyzeZichuanEdit(b *testing.B) {
	reg, edits := registry(b), mustEdits(b)
	src := string(mustRead(b, zichuan))
	for _, ed := range zichuanEdits[:4] {
		b.Run(strings.ReplaceAll(ed.name, " ", "-"), func(b *testing.B) {
			docs := [2]*plan.Document{mustParse(b, zichuan, src), mustParse(b, zichuan, strings.Replace(src, ed.old, ed.new, 1))}
			z := NewAnalyzer()
			if _, err := z.Analyze(docs[1], reg, edits); err != nil {
				b.Fatal(err)
			}
			i := 0
			for b.Loop() { // each analysis follows one of the other text
				if _, err := z.Analyze(docs[i%2], reg, edits); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// checkVocabulary: what v remembers after updates is what a vocabulary of
// doc alone works out, so analyses to come may rely on it too.
func checkVocabulary(t *testing.T, v *vocabulary, doc *plan.Document) {
	t.Helper()
	fresh := newVocabulary()
	fresh.update(doc)
	for x, w := range v.memo {
		if want := fresh.variety(x); w != want {
			t.Errorf("variety(%s): have %d, want %d", x, w, want)
		}
	}
	for s, seg := range v.segs {
		want := fresh.segment(s)
		if !slices.Equal(seg.words, want) {
			t.Errorf("segment(%s): have %q, want %q", s, seg.words, want)
		}
		for text, runs := range seg.shared {
			if want := runsIn(want, text); !slices.Equal(runs, want) {
				t.Errorf("shared runs of %s: have %q, want %q", s, runs, want)
			}
		}
	}
}

// checkTasks: the task bigrams after updates are those of tasks alone.
func checkTasks(t *testing.T, b *taskBigrams, tasks []*plan.Node) {
	t.Helper()
	var fresh taskBigrams
	fresh.update(tasks)
	for _, m := range []struct {
		name       string
		have, want map[string][]int32
	}{{"tasks", b.tasks, fresh.tasks}, {"heads", b.heads, fresh.heads}} {
		if len(m.have) != len(m.want) {
			t.Errorf("%s: have %d bigrams, want %d", m.name, len(m.have), len(m.want))
		}
		for bg, want := range m.want {
			if have := slices.Sorted(slices.Values(m.have[bg])); !slices.Equal(have, want) {
				t.Errorf("%s of %s: have %v, want %v", m.name, bg, have, want)
			}
		}
	}
}

func mustParse(t testing.TB, file, text string) *plan.Document {
	t.Helper()
	doc, err := parse.Parse(file, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// fingerprint is everything an analysis publishes, scores to the last bit.
func fingerprint(t *testing.T, a *Analysis) string {
	t.Helper()
	var b bytes.Buffer
	data, err := json.MarshalIndent(a.Export(), "", " ")
	if err != nil {
		t.Fatal(err)
	}
	b.Write(data)
	keys := func(key string) string { return key } // the words are not the analysis's
	b.Write(a.Matrix.SVG("zh", keys, nil))
	b.Write(a.Matrix.SVG("en", keys, nil))
	for _, w := range a.Warnings {
		fmt.Fprintln(&b, w)
	}
	for _, l := range append(append([]*Link(nil), a.Links.All...), a.Links.Rejected...) {
		fmt.Fprintf(&b, "%s %s %s %b %q %v\n", l.Project.EID, l.Task.EID, l.Status, l.Score, l.Terms, l.Departments)
	}
	for _, task := range a.Tasks {
		fmt.Fprintf(&b, "%s %v\n", task.EID, a.Responsible(task))
	}
	return b.String()
}

// firstDiff shows the first line where have and want differ.
func firstDiff(have, want string) string {
	hs, ws := strings.Split(have, "\n"), strings.Split(want, "\n")
	for i := range min(len(hs), len(ws)) {
		if hs[i] != ws[i] {
			return fmt.Sprintf("line %d:\nhave %s\nwant %s", i+1, hs[i], ws[i])
		}
	}
	return fmt.Sprintf("have %d lines, want %d", len(hs), len(ws))
}
