package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// project makes a project directory under a temporary directory, with the
// editors' directories in it, and returns its path.
func project(t *testing.T) string {
	t.Helper()
	root := filepath.Join(t.TempDir(), "proj")
	for _, d := range []string{"seeds", "content", "templates", ".git"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(root, "seeds", "a.txt"), []byte("规划"), 0o644); err != nil {
		t.Fatal(err)
	}
	return root
}

func TestCheckOutputRefuses(t *testing.T) {
	root := project(t)
	parent := filepath.Dir(root)
	other := filepath.Join(parent, "other")
	os.MkdirAll(filepath.Join(other, "seeds"), 0o755)
	repo := filepath.Join(parent, "repo")
	os.MkdirAll(filepath.Join(repo, ".git"), 0o755)
	full := filepath.Join(parent, "full")
	os.MkdirAll(full, 0o755)
	os.WriteFile(filepath.Join(full, "notes.txt"), []byte("mine"), 0o644)
	file := filepath.Join(parent, "file")
	os.WriteFile(file, []byte("mine"), 0o644)
	link := filepath.Join(parent, "link")
	if err := os.Symlink(root, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, out, want string }{
		{"project directory", root, "is the project directory"},
		{"project directory spelt with a dot", filepath.Join(root, "seeds", ".."), "is the project directory"},
		{"symbolic link to the project", link, "is the project directory"},
		{"parent of the project", parent, "holds the project directory"},
		{"file-system root", "/", "holds the project directory"},
		{"inside seeds", filepath.Join(root, "seeds", "out"), "inside the project's seeds/"},
		{"seeds itself", filepath.Join(root, "seeds"), "inside the project's seeds/"},
		{"inside content", filepath.Join(root, "content", "public"), "inside the project's content/"},
		{"inside templates", filepath.Join(root, "templates", "x", "y"), "inside the project's templates/"},
		{"inside generator", filepath.Join(root, "generator", "public"), "inside the project's generator/"},
		{"inside .git", filepath.Join(root, ".git", "public"), "inside the project's .git/"},
		{"another project", other, "holds seeds"},
		{"a repository", repo, "holds .git"},
		{"directory with someone's files", full, "holds files Plansite did not write"},
		{"a file", file, "is a file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckOutput(root, tt.out)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("CheckOutput(%s): have %v, want an error saying %q", tt.out, err, tt.want)
			}
		})
	}
}

func TestCheckOutputAccepts(t *testing.T) {
	root := project(t)
	empty := filepath.Join(root, "empty")
	os.Mkdir(empty, 0o755)
	marked := filepath.Join(root, "marked")
	os.Mkdir(marked, 0o755)
	os.WriteFile(filepath.Join(marked, OutputMarker), nil, 0o644)
	os.WriteFile(filepath.Join(marked, "index.html"), nil, 0o644)
	for _, out := range []string{filepath.Join(root, "public"), filepath.Join(root, "a", "b"), empty, marked, filepath.Join(filepath.Dir(root), "site")} {
		if err := CheckOutput(root, out); err != nil {
			t.Errorf("CheckOutput(%s): have %v, want nil", out, err)
		}
	}
}

// TestWriteRefusesWhatItDidNotWrite checks that Write, called without
// CheckOutput, still leaves a project, / and a stranger's directory alone.
func TestWriteRefusesWhatItDidNotWrite(t *testing.T) {
	root := project(t)
	full := filepath.Join(t.TempDir(), "full")
	os.Mkdir(full, 0o755)
	os.WriteFile(filepath.Join(full, "notes.txt"), []byte("mine"), 0o644)
	s := &Site{Files: map[string][]byte{"index.html": []byte("new")}}
	for _, dir := range []string{root, filepath.Dir(root), full, "/"} {
		if err := s.Write(dir); err == nil {
			t.Errorf("Write(%s): have nil, want a refusal", dir)
		}
	}
	for _, p := range []string{filepath.Join(root, "seeds", "a.txt"), filepath.Join(full, "notes.txt")} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("after refused writes: %v", err)
		}
	}
}

func TestWriteReplacesItsOwnOutput(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	for i, body := range []string{"one", "two", "three"} {
		files := map[string][]byte{"index.html": []byte(body)}
		if i == 1 {
			files["zh/old/index.html"] = []byte("gone next time")
		}
		if err := (&Site{Files: files}).Write(dir); err != nil {
			t.Fatalf("write %d: %v", i+1, err)
		}
		got, err := os.ReadFile(filepath.Join(dir, "index.html"))
		if err != nil || string(got) != body {
			t.Fatalf("write %d: index.html: have %q, %v, want %q", i+1, got, err, body)
		}
		if _, err := os.Stat(filepath.Join(dir, OutputMarker)); err != nil {
			t.Fatalf("write %d: no marker: %v", i+1, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "zh", "old")); err == nil {
		t.Error("a file of the previous output survived the rebuild")
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".public*"))
	if len(left) > 0 {
		t.Errorf("temporary directories left behind: %v", left)
	}
}

// TestWriteKeepsWhatItDidNotWrite checks that a build refuses to replace
// its previous output once someone has put a file or directory in it,
// naming it, and leaves it there; files of its own that were removed are
// no reason to refuse.
func TestWriteKeepsWhatItDidNotWrite(t *testing.T) {
	site := &Site{Files: map[string][]byte{"index.html": []byte("one"), "zh/a/index.html": []byte("a"), "zh-b/index.html": []byte("b")}}
	tests := []struct {
		name string
		add  func(dir string) error
		want string // the path the refusal names; "" for none
	}{
		{"file at the top", func(dir string) error { return os.WriteFile(filepath.Join(dir, "CNAME"), []byte("x"), 0o644) }, "CNAME"},
		{"file in a directory of the site", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "zh", "a", "notes.txt"), []byte("x"), 0o644)
		}, filepath.Join("zh", "a", "notes.txt")},
		{"empty directory", func(dir string) error { return os.Mkdir(filepath.Join(dir, "uploads"), 0o755) }, "uploads"},
		{"directory with a file", func(dir string) error {
			os.Mkdir(filepath.Join(dir, "zz"), 0o755)
			return os.WriteFile(filepath.Join(dir, "zz", "x.pdf"), []byte("x"), 0o644)
		}, "zz"},
		{"one of its files removed", func(dir string) error { return os.RemoveAll(filepath.Join(dir, "zh", "a")) }, ""},
		{"nothing added", func(string) error { return nil }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "public")
			if err := site.Write(dir); err != nil {
				t.Fatal(err)
			}
			if err := tt.add(dir); err != nil {
				t.Fatal(err)
			}
			err := site.Write(dir)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("second Write: have %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, tt.want)+", which Plansite did not write") {
				t.Fatalf("second Write: have %v, want a refusal naming %s", err, tt.want)
			}
			if _, err := os.Stat(filepath.Join(dir, tt.want)); err != nil {
				t.Errorf("after the refusal: %v", err)
			}
		})
	}
}

// TestWriteRemovesStaleTemporaries checks that a build removes the
// temporary directory a killed build left beside its output (it holds the
// marker, which nobody holds), and keeps a look-alike without a marker.
func TestWriteRemovesStaleTemporaries(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	stale := filepath.Join(parent, ".public.new-123")
	other := filepath.Join(parent, ".public.new-mine")
	for _, d := range []string{stale, other} {
		if err := os.MkdirAll(filepath.Join(d, "zh"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(stale, OutputMarker), []byte(markerText), 0o644)
	os.WriteFile(filepath.Join(stale, "zh", "index.html"), []byte("half"), 0o644)
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("mine"), 0o644)
	if err := (&Site{Files: map[string][]byte{"index.html": []byte("new")}}).Write(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Errorf("%s: a killed build's directory is still there", stale)
	}
	if _, err := os.Stat(filepath.Join(other, "notes.txt")); err != nil {
		t.Errorf("a directory without a marker was touched: %v", err)
	}
}

// TestManifestInWalkOrder checks that the marker lists every file and
// directory the build wrote, in the order a walk of the output finds them
// (foreignEntry merges the two as it reads them), though the list is made
// from the files' names: names that sort apart by '/' ("a/b" before
// "a-b"), nested directories, and names in Chinese.
func TestManifestInWalkOrder(t *testing.T) {
	files := map[string][]byte{}
	for _, name := range []string{"index.html", "a/b/index.html", "a-b/index.html", "a.b/x", "a/index.html",
		"ab/c/d/e.txt", "a/b-c/x", "a/b/c/x", "Z/x", "中/x", "a/中文/index.html", "a0/x"} {
		files[name] = []byte(name)
	}
	dir := filepath.Join(t.TempDir(), "public")
	if err := (&Site{Files: files}).Write(dir); err != nil {
		t.Fatal(err)
	}
	var want []string
	if err := walkOutput(dir, func(rel string) error { want = append(want, rel); return nil }); err != nil {
		t.Fatal(err)
	}
	f, r, err := openManifest(filepath.Join(dir, OutputMarker))
	if err != nil || r == nil {
		t.Fatalf("marker: %v, manifest %v", err, r != nil)
	}
	defer f.Close()
	var have []string
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			break
		}
		have = append(have, strings.TrimSuffix(line, "\n"))
	}
	if strings.Join(have, "\n") != strings.Join(want, "\n") {
		t.Errorf("manifest:\nhave %q\nwant %q", have, want)
	}
}
