package serve

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDbgSeed(t *testing.T) {
	dir := project(t)
	rb := newRebuilder(os.DirFS(dir), os.Stdout, func(*served) {}, func(*Status) {})
	rb.build(nil)
	for _, e := range edits[:2] {
		path := filepath.Join(dir, e.file)
		orig, _ := os.ReadFile(path)
		for i := 1; i < 3; i++ {
			toggle(t, path, orig, e.from, e.to, i)
			rb.build(nil)
		}
	}
}
