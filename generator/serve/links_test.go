package serve

import (
	"os"
	"path/filepath"
	"testing"
)

// TestLinksOutReported saves, in a running preview, each kind of project
// file as a symbolic link out of the project or to nothing, and wants the
// pages told the file and the link's target (not os.Root's "path escapes
// from parent"), then the site back when the file is.
func TestLinksOutReported(t *testing.T) {
	if testing.Short() {
		t.Skip("a preview of the frozen project, rebuilt for each link")
	}
	dir := project(t)
	outside := t.TempDir()
	s := start(t, dir, testQuiet)
	st := connect(t, s)
	if ev := st.next(t); ev.event != "hello" || ev.status.Error != nil {
		t.Fatalf("have %s %+v, want hello with a good build", ev.event, ev.status)
	}
	tests := []struct{ kind, file string }{
		{"content file", "content/glossary.yaml"},
		{"translation", "content/en/zichuan-education-2022/part-1.md"},
		{"template", "templates/node.html"},
		{"asset", "templates/assets/cite.js"},
		{"i18n file", "content/i18n/zh.yaml"},
		{"seed", "seeds/zichuan-education-2022.txt"},
	}
	for _, tt := range tests {
		for _, how := range []string{"outside", "dangling"} {
			t.Run(tt.kind+" "+how, func(t *testing.T) {
				file := filepath.Join(dir, filepath.FromSlash(tt.file))
				target, msg := filepath.Join(outside, filepath.Base(file)), "outside the project"
				if how == "dangling" {
					target, msg = "gone-"+filepath.Base(file), "which does not exist"
				}
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(outside, filepath.Base(file)), data, 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.Remove(file); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink(target, file); err != nil {
					t.Skipf("no symbolic links here: %v", err)
				}
				ev := st.next(t)
				want := "a symbolic link to " + target + ", " + msg
				if p := ev.status.Error; ev.event != "problem" || p == nil || p.File != tt.file || p.Msg != want {
					t.Errorf("have %s %+v, want a problem at %s saying %q", ev.event, p, tt.file, want)
				}
				if err := os.Remove(file); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, data, 0o644); err != nil {
					t.Fatal(err)
				}
				if ev := st.next(t); ev.event != "reload" || ev.status.Error != nil {
					t.Fatalf("with the file back have %s %+v, want reload", ev.event, ev.status)
				}
			})
		}
	}
}
