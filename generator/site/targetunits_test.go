package site_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestOrphanedTargetUnitWarned: a target unit of targets.yaml whose id is
// no target of its plan (the passage renumbered, the indicator dropped) is
// a build warning at its line, as check reports it, where the build said
// nothing and the unit was shown nowhere.
func TestOrphanedTargetUnitWarned(t *testing.T) {
	const file = "content/en/zichuan-education-2022/targets.yaml"
	warnings := func(t *testing.T, data []byte) []string {
		t.Helper()
		fsys := repoFS(t)
		if data != nil {
			f := *fsys[file]
			f.Data = data
			fsys[file] = &f
		}
		_, p := loadProject(t, fsys)
		var ws []string
		for _, w := range p.Warnings() {
			if w.File == file {
				ws = append(ws, w.Error())
			}
		}
		return ws
	}
	if ws := warnings(t, nil); len(ws) > 0 {
		t.Errorf("the frozen project: have %q, want no warning of %s", ws, file)
	}
	data := repoFS(t)[file].Data
	line := bytes.Count(data, []byte("\n")) + 1
	orphaned := append(bytes.Clone(data), "part_9__sec_9__para_1-t1:\n  zh: \"00000000\"\n  en: A target that is gone\n"...)
	ws := warnings(t, orphaned)
	want := fmt.Sprintf("%s:%d: part_9__sec_9__para_1-t1 is not a target of seeds/zichuan-education-2022.txt", file, line)
	if len(ws) != 1 || !strings.HasPrefix(ws[0], want) {
		t.Errorf("have %q, want one warning starting %q", ws, want)
	}
}

// TestLinkDecisionsOfMissingPlanWarned: content/links.yaml's decisions for
// a plan seeds/ lacks (its seed renamed) are a warning at the plan's line,
// where they were dropped without a word.
func TestLinkDecisionsOfMissingPlanWarned(t *testing.T) {
	fsys := repoFS(t)
	fsys["seeds/renamed-plan.txt"] = fsys["seeds/zichuan-education-2022.txt"]
	delete(fsys, "seeds/zichuan-education-2022.txt")
	delete(fsys, "content/works.yaml")
	data := fsys["content/links.yaml"].Data
	at := bytes.Index(data, []byte("\nzichuan-education-2022:"))
	if at < 0 {
		t.Fatal("content/links.yaml decides nothing for zichuan-education-2022")
	}
	line := bytes.Count(data[:at+1], []byte("\n")) + 1
	_, p := loadProject(t, fsys)
	want := fmt.Sprintf("content/links.yaml:%d: no plan \"zichuan-education-2022\" in seeds/: its ", line)
	var have []string
	for _, w := range p.Warnings() {
		if w.File == "content/links.yaml" {
			have = append(have, w.Error())
		}
	}
	if len(have) != 1 || !strings.HasPrefix(have[0], want) {
		t.Errorf("have %q, want one warning starting %q", have, want)
	}
}
