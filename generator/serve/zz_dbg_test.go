package serve

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestDbgSeed(t *testing.T) {
	dir := project(t)
	rb := newRebuilder(os.DirFS(dir), io.Discard, func(*served) {}, func(*Status) {})
	rb.build(nil)
	for _, e := range edits[:1] {
		path := filepath.Join(dir, e.file)
		orig, _ := os.ReadFile(path)
		for i := 1; i < 30; i++ {
			toggle(t, path, orig, e.from, e.to, i)
			rb.build(nil)
		}
	}
}
