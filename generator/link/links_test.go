package link

import (
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/parse"
)

func TestZichuanLinks(t *testing.T) {
	a := analyze(t, zichuan)
	if len(a.Links.Warnings) != 0 {
		t.Errorf("link warnings: %v", a.Links.Warnings)
	}
	// examples from the issue, and every project linked
	tests := []struct {
		project string
		want    []string
	}{
		{"proj_1", []string{"part_2__sec_2__item_1"}},
		{"proj_12", []string{"part_2__sec_2__item_6"}},
		{"proj_16", []string{"part_2__sec_5__item_1", "part_2__sec_5__item_2", "part_2__sec_5__item_3",
			"part_2__sec_5__item_4", "part_2__sec_5__item_5", "part_2__sec_5__item_6"}},
		{"proj_14", []string{"part_2__sec_3__item_1", "part_2__sec_3__item_2", "part_2__sec_3__item_3",
			"part_2__sec_3__item_4", "part_2__sec_3__item_5", "part_2__sec_3__item_6"}},
		{"proj_2", []string{"part_2__sec_2__item_2", "part_2__sec_6__item_3"}},
		{"proj_18", []string{"part_2__sec_2__item_1"}},
		{"proj_20", []string{"part_2__sec_8__item_6"}},
	}
	for _, tt := range tests {
		t.Run(tt.project, func(t *testing.T) {
			var have []string
			for _, l := range a.Links.OfProject(tt.project) {
				have = append(have, l.Task.EID)
			}
			if strings.Join(have, " ") != strings.Join(tt.want, " ") {
				t.Errorf("have %v, want %v", have, tt.want)
			}
		})
	}
	for _, p := range a.Doc.Projects {
		ls := a.Links.OfProject(p.EID)
		if len(ls) == 0 {
			t.Errorf("%s %s links no task", p.EID, p.Heading)
		}
		for _, l := range ls {
			if l.Status == StatusSuggested || l.Reason == "" || l.ReasonEN == "" {
				t.Errorf("%s ↔ %s: status %s, reason %q / %q", p.EID, l.Task.EID, l.Status, l.Reason, l.ReasonEN)
			}
		}
	}
	if len(a.Links.All) != 49 {
		t.Errorf("%d links, want the 49 reviewed", len(a.Links.All))
	}
	// both ways
	var back []string
	for _, l := range a.Links.OfTask("part_2__sec_2__item_1") {
		back = append(back, l.Project.EID)
	}
	if strings.Join(back, " ") != "proj_1 proj_18" {
		t.Errorf("二（二）1 is carried out by %v, want proj_1 proj_18", back)
	}
}

// TestStatus: a link the editors confirmed is confirmed, one they added
// is added, each with their reasons (package view words them).
func TestStatus(t *testing.T) {
	a := analyze(t, zichuan)
	tests := []struct {
		project string
		i       int
		want    Status
		reason  string
	}{
		{"proj_12", 0, StatusConfirmed, "二（二）6"},
		{"proj_2", 1, StatusAdded, ""}, // 二（六）3
	}
	for _, tt := range tests {
		t.Run(tt.project, func(t *testing.T) {
			l := a.Links.OfProject(tt.project)[tt.i]
			if l.Status != tt.want || !strings.Contains(l.Reason, tt.reason) || l.ReasonEN == "" {
				t.Errorf("have %s ↔ %s %s (%q / %q), want %s", l.Project.EID, l.Task.EID, l.Status, l.Reason, l.ReasonEN, tt.want)
			}
		})
	}
}

// TestCandidates: without the editors' file the computation alone finds
// the obvious links, as suggestions.
func TestCandidates(t *testing.T) {
	data := mustRead(t, zichuan)
	doc, err := parse.Parse(zichuan, data)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Analyze(doc, registry(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	best := map[string]string{}
	for _, l := range a.Links.All {
		if l.Status != StatusSuggested {
			t.Errorf("%s ↔ %s is %s without an editor", l.Project.EID, l.Task.EID, l.Status)
		}
		if prev, ok := best[l.Project.EID]; !ok || l.Score > scoreOf(a, l.Project.EID, prev) {
			best[l.Project.EID] = l.Task.EID
		}
	}
	tests := map[string]string{
		"proj_1": "part_2__sec_2__item_1", "proj_3": "part_2__sec_2__item_2", "proj_5": "part_2__sec_2__item_3",
		"proj_7": "part_2__sec_1__item_4", "proj_8": "part_2__sec_1__item_7", "proj_10": "part_2__sec_2__item_4",
		"proj_11": "part_2__sec_2__item_5", "proj_12": "part_2__sec_2__item_6", "proj_13": "part_2__sec_2__item_8",
		"proj_15": "part_2__sec_4__item_3", "proj_17": "part_2__sec_2__item_2", "proj_18": "part_2__sec_2__item_1",
		"proj_20": "part_2__sec_8__item_6",
	}
	for p, want := range tests {
		if best[p] != want {
			t.Errorf("%s: best candidate %s, want %s", p, best[p], want)
		}
	}
	if len(a.Links.Warnings) != 0 {
		t.Errorf("a plan nobody reviewed should not warn per candidate: %v", a.Links.Warnings)
	}
}

func scoreOf(a *Analysis, project, task string) float64 {
	for _, l := range a.Links.OfProject(project) {
		if l.Task.EID == task {
			return l.Score
		}
	}
	return 0
}

func TestEditsApplied(t *testing.T) {
	doc, err := parse.Parse(zichuan, mustRead(t, zichuan))
	if err != nil {
		t.Fatal(err)
	}
	const file = `zichuan-education-2022:
  proj_12:
    reject:
      - task: part_2__sec_2__item_6
        reason: 测试
    add:
      - task: part_2__sec_1__item_4
        reason: 测试添加
  proj_1:
    confirm:
      - task: part_2__sec_4__item_1
        reason: 不是候选
`
	edits, err := ParseEdits("links.yaml", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Analyze(doc, registry(t), edits)
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, l := range a.Links.OfProject("proj_12") {
		have = append(have, l.Task.EID+":"+string(l.Status))
	}
	if strings.Join(have, " ") != "part_2__sec_1__item_4:added" {
		t.Errorf("proj_12 links %v, want only the added one", have)
	}
	if len(a.Links.Rejected) != 1 || a.Links.Rejected[0].Task.EID != "part_2__sec_2__item_6" {
		t.Errorf("rejected %v", a.Links.Rejected)
	}
	var warnings []string
	for _, w := range a.Links.Warnings {
		warnings = append(warnings, w.String())
	}
	all := strings.Join(warnings, "\n")
	for _, want := range []string{
		"links.yaml:11: proj_1 confirms part_2__sec_4__item_1, which is not a candidate; list it under add",
		"zichuan-education-2022.txt:108: proj_3 义务教育薄弱环节改善与能力提升行动（2021-2025）: 1 computed link(s) not reviewed; confirm or reject them in links.yaml",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings\n%s\nlack %q", all, want)
		}
	}
}

func TestEditsErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown action", "d:\n  proj_1:\n    approve:\n      - task: x\n        reason: y\n", `l.yaml:3: proj_1: unknown action "approve"`},
		{"no reason", "d:\n  proj_1:\n    add:\n      - task: part_1\n", `l.yaml:4: link to part_1 has no reason`},
		{"no task", "d:\n  proj_1:\n    add:\n      - reason: 为什么\n", `l.yaml:4: link has no task`},
		{"not a project", "d:\n  part_1:\n    add:\n      - task: part_2\n        reason: y\n", `l.yaml:2: "part_1": expected the eId of a key project`},
		{"unknown field", "d:\n  proj_1:\n    add:\n      - task: part_2\n        why: y\n", `l.yaml:5: unknown field "why"`},
		{"decided twice", "d:\n  proj_1:\n    add:\n      - task: a\n        reason: y\n    reject:\n      - task: a\n        reason: z\n", `l.yaml:7: proj_1 ↔ a already decided at line 4`},
		{"not a list", "d:\n  proj_1:\n    add: part_2\n", `l.yaml:3: proj_1 add: expected a list`},
		{"syntax", "d: [\n", `l.yaml:`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadEdits(fstest.MapFS{"l.yaml": {Data: []byte(tt.yaml)}}, "l.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("have %v, want %q", err, tt.want)
			}
		})
	}
	e, err := LoadEdits(fstest.MapFS{}, "content/links.yaml")
	if err != nil || len(e.Docs) != 0 {
		t.Errorf("a missing link file: %v, %v; want empty edits", e, err)
	}
}

// TestEditsStale: eIds the plan lacks fail the build with file:line.
func TestEditsStale(t *testing.T) {
	doc, err := parse.Parse(zichuan, mustRead(t, zichuan))
	if err != nil {
		t.Fatal(err)
	}
	edits, err := ParseEdits("links.yaml", []byte("zichuan-education-2022:\n  proj_21:\n    add:\n      - task: part_2__sec_1__item_1\n        reason: x\n  proj_1:\n    add:\n      - task: part_2__sec_9__item_1\n        reason: x\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Analyze(doc, registry(t), edits)
	if err == nil {
		t.Fatal("have no error")
	}
	for _, want := range []string{"links.yaml:4: zichuan-education-2022: no key project proj_21", "links.yaml:8: zichuan-education-2022: no task part_2__sec_9__item_1"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("have %v, want %q", err, want)
		}
	}
}
