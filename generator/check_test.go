package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/plan"
	"plansite/generator/translate"
)

// writeProject writes a one-plan project with an English translation.
func writeProject(t *testing.T, english string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"seeds/p.txt":          "关于印发某规划的通知\n\n某规划\n\n一、总体要求\n\n（一）指导思想\n\n坚持教育优先发展。\n",
		"content/en/p/part.md": english,
	}
	for name, data := range files {
		testproject.WriteFile(t, dir, name, []byte(data))
	}
	return dir
}

func TestCheckFailsOnOrphans(t *testing.T) {
	tests := []struct {
		name, english, wantErr string
	}{
		{"aligned", "# Overall Requirements {#part_1}\n", ""},
		{"orphan", "# Overall Requirements {#part_1}\n\n## Extra {#part_9}\n", "1 orphaned translation units"},
		{"unreadable", "# Overall Requirements\n", "content/en/p/part.md:1: heading \"Overall Requirements\" has no eId"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := check([]string{"-root", writeProject(t, tt.english)})
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("have %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestCheckStamp(t *testing.T) {
	dir := writeProject(t, "# Overall Requirements {#part_1}\n\nKept *as is*.\n")
	if err := check([]string{"-root", dir, "-stamp"}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "content/en/p/part.md"))
	if err != nil {
		t.Fatal(err)
	}
	fp := translate.Fingerprint(&plan.Node{Heading: "总体要求"})
	if want := "# Overall Requirements {#part_1 zh=\"" + fp + "\"}\n\nKept *as is*.\n"; string(data) != want {
		t.Errorf("have %q, want %q", data, want)
	}
}

// TestCheckStampKeepsOtherFiles: stamping writes through a temporary file
// of its own, so an editor's part.md.tmp beside the file is left as it was
// and nothing else is left behind.
func TestCheckStampKeepsOtherFiles(t *testing.T) {
	dir := writeProject(t, "# Overall Requirements {#part_1}\n")
	testproject.WriteFile(t, dir, "content/en/p/part.md.tmp", []byte("my notes"))
	if err := check([]string{"-root", dir, "-stamp"}); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(filepath.Join(dir, "content/en/p/part.md.tmp")); err != nil || string(data) != "my notes" {
		t.Errorf("content/en/p/part.md.tmp: have %q, %v; want it as it was", data, err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "content/en/p"))
	if len(entries) != 2 {
		t.Errorf("content/en/p holds %d files, want part.md and part.md.tmp", len(entries))
	}
}

// TestCheckStampThroughLink: a translation file that is a symbolic link
// inside the project (the build follows it) is stamped where the link
// leads, and the link stays a link.
func TestCheckStampThroughLink(t *testing.T) {
	dir := writeProject(t, "")
	testproject.WriteFile(t, dir, "content/drafts/part.md", []byte("# Overall Requirements {#part_1}\n\nKept.\n"))
	link := filepath.Join(dir, "content/en/p/part.md")
	if err := os.Remove(link); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../../drafts/part.md", link); err != nil {
		t.Fatal(err)
	}
	if err := check([]string{"-root", dir, "-stamp"}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("content/en/p/part.md: have %v, %v; want the link kept", fi.Mode(), err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "content/drafts/part.md"))
	fp := translate.Fingerprint(&plan.Node{Heading: "总体要求"})
	if want := "# Overall Requirements {#part_1 zh=\"" + fp + "\"}\n\nKept.\n"; err != nil || string(data) != want {
		t.Errorf("the link's target: have %q, %v; want %q", data, err, want)
	}
}

// TestCheckLiveProject: check passes on the repository itself. It is an
// invariant of the live project, like the site building with every link
// resolved: an edit to content/ or a seed breaks it only when it leaves a
// translation stale, missing or orphaned.
func TestCheckLiveProject(t *testing.T) {
	if err := checkTo([]string{"-root", ".."}, io.Discard); err != nil {
		t.Fatal(err)
	}
}
