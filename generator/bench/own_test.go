package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFreshRemovesOnlyItsOwn: a measurement makes way for its directory
// under -dir only where bench made it; a directory of the user's of that
// name (library-10 of their own) is refused and kept, where it was
// removed.
func TestFreshRemovesOnlyItsOwn(t *testing.T) {
	dir := t.TempDir()
	if err := fresh(filepath.Join(dir, "library-10")); err != nil {
		t.Errorf("absent: have %v, want nil", err)
	}
	mine := filepath.Join(dir, "library-1")
	os.MkdirAll(filepath.Join(mine, "seeds"), 0o755)
	if err := own(mine); err != nil {
		t.Fatal(err)
	}
	if err := fresh(mine); err != nil {
		t.Errorf("bench's: have %v, want nil", err)
	}
	if _, err := os.Stat(mine); !os.IsNotExist(err) {
		t.Errorf("bench's: still there (%v)", err)
	}
	theirs := filepath.Join(dir, "hugo-10")
	os.MkdirAll(theirs, 0o755)
	os.WriteFile(filepath.Join(theirs, "notes.txt"), []byte("mine"), 0o644)
	err := fresh(theirs)
	if err == nil || !strings.Contains(err.Error(), "bench did not make it") {
		t.Errorf("the user's: have %v, want a refusal", err)
	}
	if _, err := os.Stat(filepath.Join(theirs, "notes.txt")); err != nil {
		t.Errorf("the user's file: %v", err)
	}
}

// TestClaim: -dir is taken when it is new, empty or bench's from an
// earlier run, and a directory holding anything else is refused, naming
// it, with nothing written in it; it was filled with libraries.
func TestClaim(t *testing.T) {
	base := t.TempDir()
	made := func(t *testing.T, files ...string) string {
		dir, err := os.MkdirTemp(base, "dir-")
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			name := filepath.Join(dir, filepath.FromSlash(f))
			os.MkdirAll(filepath.Dir(name), 0o755)
			if err := os.WriteFile(name, []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	tests := []struct {
		name string
		dir  func(t *testing.T) string
		want string // the error's end, "" for none
	}{
		{"new", func(t *testing.T) string { return filepath.Join(base, "new", "bench") }, ""},
		{"empty", func(t *testing.T) string { return made(t) }, ""},
		{"an earlier run's", func(t *testing.T) string { return made(t, ownMarker, "library-1/"+ownMarker, "library-1/seeds/a.txt") }, ""},
		{"the run's libraries only", func(t *testing.T) string { return made(t, "seed-5/"+ownMarker) }, ""},
		{"a file of the user's", func(t *testing.T) string { return made(t, "notes.txt") }, "holds notes.txt, which bench did not make: expected a new or empty directory, or one an earlier bench filled"},
		{"a directory of the user's", func(t *testing.T) string { return made(t, ownMarker, "photos/a.jpg") }, "holds photos, which bench did not make: expected a new or empty directory, or one an earlier bench filled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.dir(t)
			before, _ := os.ReadDir(dir)
			err := Claim(dir)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("have %v, want nil", err)
				}
				if _, err := os.Stat(filepath.Join(dir, ownMarker)); err != nil {
					t.Errorf("not marked: %v", err)
				}
				return
			}
			if err == nil || !strings.HasSuffix(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "-dir "+dir+" ") {
				t.Fatalf("have %v, want -dir %s …%s", err, dir, tt.want)
			}
			if after, _ := os.ReadDir(dir); len(after) != len(before) {
				t.Errorf("have %d entries after the refusal, want the %d before", len(after), len(before))
			}
		})
	}
}
