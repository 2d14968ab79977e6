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
