package testproject

import (
	"io/fs"
	"testing"
)

func TestFS(t *testing.T) {
	fsys := FS()
	for _, name := range []string{"seeds/zichuan-education-2022.txt", "content/departments.yaml", "templates/base.html"} {
		if _, err := fs.Stat(fsys, name); err != nil {
			t.Errorf("have %v, want %s", err, name)
		}
	}
	if p, ok := fsys.(project); !ok || !p.isFrozen("seeds/x.txt") || p.isFrozen("templates/base.html") {
		t.Error("seeds are frozen, templates are not")
	}
}
