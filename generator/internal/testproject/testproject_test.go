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

// TestVocabularyFrozen: content/i18n's vocabulary is the frozen copy's, so
// that an editor's wording of a subject changes no expected title, and its
// interface strings the repository's, which the templates name; a copy of
// the project (Files) has both.
func TestVocabularyFrozen(t *testing.T) {
	p := FS().(project)
	for name, frozen := range map[string]bool{
		"content/i18n/subjects.yaml": true, "content/i18n/kinds.yaml": true, "content/i18n/targets.yaml": true,
		"content/i18n/zh.yaml": false, "content/i18n/en.yaml": false,
	} {
		if have := p.isFrozen(name); have != frozen {
			t.Errorf("%s: frozen %v, want %v", name, have, frozen)
		}
	}
	m, err := Files("content")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"content/i18n/subjects.yaml", "content/i18n/zh.yaml", "content/departments.yaml"} {
		want, err := fs.ReadFile(p, name)
		if err != nil {
			t.Fatal(err)
		}
		if f := m[name]; f == nil || string(f.Data) != string(want) {
			t.Errorf("Files: %s missing or not as FS serves it", name)
		}
	}
}
