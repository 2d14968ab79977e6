package projectfs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// project makes a project directory with the files (name → content) and
// symbolic links (name → target, "@" standing for the directory outside
// the project) given, and returns it and the outside directory.
func project(t *testing.T, files, links map[string]string) (dir, outside string) {
	t.Helper()
	dir, outside = t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "passwd"), []byte("root:x:0:0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		testproject.WriteFile(t, dir, name, []byte(data))
	}
	for name, target := range links {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		switch target {
		case "@":
			target = outside
		case "@passwd":
			target = filepath.Join(outside, "passwd")
		case "#":
			target = filepath.Join(dir, "content", "real.yaml")
		}
		if err := os.Symlink(target, p); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	return dir, outside
}

// TestCheck follows names through links inside and out of a project: a
// read that os.Root refuses, or finds nothing behind a link for, is named
// with the link and its target; others are nil.
func TestCheck(t *testing.T) {
	files := map[string]string{
		"content/real.yaml": "a: 1\n",
		"x.txt":             "x\n",
		"a/b/c/keep":        "",
	}
	links := map[string]string{
		"content/inside.yaml":  "real.yaml",
		"content/out.yaml":     "@passwd",
		"content/climb.yaml":   "../../passwd",
		"content/via.yaml":     "out.yaml",
		"content/gone.yaml":    "nothing.yaml",
		"content/abs.yaml":     "#",
		"content/loop1.yaml":   "loop2.yaml",
		"content/loop2.yaml":   "loop1.yaml",
		"dirout":               "@",
		"dirgone":              "nowhere",
		"dirin":                "content",
		"deep":                 "a/b/c",
		"a/b/c/up.txt":         "../../../x.txt",
		"templates/assets/app": "../../content",
	}
	tests := []struct{ name, want, at string }{
		{"content/real.yaml", "", "content/real.yaml"},
		{"content/missing.yaml", "", ""},
		{"content/inside.yaml", "", "content/real.yaml"},
		{"dirin/inside.yaml", "", "content/real.yaml"},
		{"dirin/missing.yaml", "", ""},
		{"templates/assets/app/real.yaml", "", "content/real.yaml"},
		// The kernel resolves ".." from where the link leads, not from
		// where it is: deep/up.txt is a/b/c/../../../x.txt, that is x.txt.
		{"deep/up.txt", "", "x.txt"},
		{"content/out.yaml", "content/out.yaml: a symbolic link to @passwd, outside the project", ""},
		{"content/climb.yaml", "content/climb.yaml: a symbolic link to ../../passwd, outside the project", ""},
		{"content/via.yaml", "content/via.yaml: content/out.yaml is a symbolic link to @passwd, outside the project", ""},
		{"dirout/passwd", "dirout/passwd: dirout is a symbolic link to @, outside the project", ""},
		{"dirout", "dirout: a symbolic link to @, outside the project", ""},
		{"content/gone.yaml", "content/gone.yaml: a symbolic link to nothing.yaml, which does not exist", ""},
		{"dirgone/x.yaml", "dirgone/x.yaml: dirgone is a symbolic link to nowhere, which does not exist", ""},
		{"content/abs.yaml", "content/abs.yaml: a symbolic link to #, an absolute path: make it relative to stay inside the project", ""},
		{"content/loop1.yaml", "content/loop1.yaml: symbolic links in a loop", ""},
	}
	dir, outside := project(t, files, links)
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	fsys := FS(root)
	// Targets as the links were made: in the project's, outside's or
	// the real file's absolute path.
	expand := strings.NewReplacer("@passwd", filepath.Join(outside, "passwd"), "@", outside, "#", filepath.Join(dir, "content", "real.yaml")).Replace
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := expand(tt.want)
			have := ""
			if err := Check(fsys, tt.name); err != nil {
				have = err.Error()
			}
			if have != want {
				t.Errorf("Check: have %q, want %q", have, want)
			}
			if at, err := Resolve(fsys, tt.name); at != tt.at || (tt.at != "") != (err == nil) {
				t.Errorf("Resolve: have %q, %v, want %q", at, err, tt.at)
			}
			// Every read of the file fails with that error, or none does
			// for a link inside (a missing file fails with os.Root's).
			_, rerr := fs.ReadFile(fsys, tt.name)
			_, serr := fs.Stat(fsys, tt.name)
			for _, err := range []error{rerr, serr} {
				var pe *pos.Error
				switch {
				case want != "" && (!errors.As(err, &pe) || err.Error() != want):
					t.Errorf("read: have %v, want %q", err, want)
				case want == "" && errors.As(err, &pe):
					t.Errorf("read: have %v, want no link's error", err)
				}
			}
		})
	}
}

// TestDanglingIsNotMissing: an optional content file that is a link to
// nothing is an error, not a file the project does without.
func TestDanglingIsNotMissing(t *testing.T) {
	dir, _ := project(t, nil, map[string]string{"content/glossary.yaml": "glossary.old.yaml"})
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	fsys := FS(root)
	want := "content/glossary.yaml: a symbolic link to glossary.old.yaml, which does not exist"
	if _, err := textfile.Read(fsys, "content/glossary.yaml"); err == nil || err.Error() != want {
		t.Errorf("have %v, want %q", err, want)
	}
	if data, err := textfile.Read(fsys, "content/synonyms.yaml"); data != nil || err != nil {
		t.Errorf("a missing file: have %q, %v, want nil, nil", data, err)
	}
}
