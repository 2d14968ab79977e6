//go:build unix

package projectfs

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestSpecialFilesRefused: a named pipe in the project is refused before
// it is opened, where opening it waited for a writer, and the build for
// ever.
func TestSpecialFilesRefused(t *testing.T) {
	dir, _ := project(t, map[string]string{"content/site.yaml": "baseURL: x\n"}, nil)
	if err := syscall.Mkfifo(filepath.Join(dir, "content", "glossary.yaml"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	fsys := FS(root)
	want := "content/glossary.yaml: a named pipe, not a file: expected a file an editor saved"
	for _, read := range []struct {
		name string
		fn   func() error
	}{
		{"ReadFile", func() error { _, err := fs.ReadFile(fsys, "content/glossary.yaml"); return err }},
		{"Open", func() error { _, err := fsys.Open("content/glossary.yaml"); return err }},
	} {
		t.Run(read.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { done <- read.fn() }()
			select {
			case err := <-done:
				if err == nil || err.Error() != want {
					t.Errorf("have %v, want %s", err, want)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("still waiting for the pipe after 5 s")
			}
		})
	}
	if _, err := fs.ReadFile(fsys, "content/site.yaml"); err != nil {
		t.Errorf("a file: %v", err)
	}
}
