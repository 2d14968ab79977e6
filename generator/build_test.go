package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
)

// TestBuildKeepsTheProject runs the build command with an -out that would
// replace the project (or hold it) and checks it refuses before touching
// anything: the seed is still there.
func TestBuildKeepsTheProject(t *testing.T) {
	root := writeProject(t, "# Overall Requirements {#part_1}\n")
	tests := []struct{ name, out, want string }{
		{"project directory", root, "is the project directory"},
		{"its parent", filepath.Dir(root), "holds the project directory"},
		{"inside seeds", filepath.Join(root, "seeds"), "inside the project's seeds/"},
		{"inside content", filepath.Join(root, "content", "out"), "inside the project's content/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := build([]string{"-root", root, "-out", tt.out})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("build -out %s: have %v, want an error saying %q", tt.out, err, tt.want)
			}
			if _, err := os.Stat(filepath.Join(root, "seeds", "p.txt")); err != nil {
				t.Fatalf("the seed is gone: %v", err)
			}
		})
	}
}

// linkKinds are the project's files a symbolic link may stand for, one of
// each kind of reader: a content file, a translation, a template, an asset
// copied to the site, an interface strings file, a seed, and a plan's
// translation directory.
var linkKinds = []struct{ kind, file string }{
	{"content file", "content/glossary.yaml"},
	{"translation", "content/en/zichuan-education-2022/part-1.md"},
	{"template", "templates/node.html"},
	{"partial", "templates/partials/node.html"},
	{"asset", "templates/assets/cite.js"},
	{"i18n file", "content/i18n/zh.yaml"},
	{"seed", "seeds/zichuan-education-2022.txt"},
	{"translation directory", "content/en/zichuan-education-2022"},
}

// TestBuildRefusesLinksOut replaces each kind of project file by a
// symbolic link out of the project, or by one to nothing, and wants the
// build refused with the file and the link's target named, before it
// writes public/.
func TestBuildRefusesLinksOut(t *testing.T) {
	for _, k := range linkKinds {
		for _, how := range []string{"outside", "dangling"} {
			t.Run(k.kind+" "+how, func(t *testing.T) {
				root := t.TempDir()
				testproject.Copy(t, root)
				want := replaceByLink(t, root, k.file, how)
				err := build([]string{"-root", root, "-out", filepath.Join(root, "public")})
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("have %v, want an error saying %q", err, want)
				}
				if _, err := os.Stat(filepath.Join(root, "public")); err == nil {
					t.Error("the build wrote public/")
				}
			})
		}
	}
}

// TestBuildFollowsLinksInside replaces every kind of project file by a
// relative symbolic link to a copy elsewhere in the project, and wants the
// same site as without links.
func TestBuildFollowsLinksInside(t *testing.T) {
	if testing.Short() {
		t.Skip("two builds of the frozen project")
	}
	plain, linked := t.TempDir(), t.TempDir()
	testproject.Copy(t, plain)
	testproject.Copy(t, linked)
	for _, k := range linkKinds {
		if k.file == "content/en/zichuan-education-2022/part-1.md" {
			continue // inside the directory the last kind links
		}
		replaceByLink(t, linked, k.file, "inside")
	}
	for _, root := range []string{plain, linked} {
		if err := build([]string{"-root", root, "-out", filepath.Join(root, "public")}); err != nil {
			t.Fatalf("%s: %v", root, err)
		}
	}
	a, b := readTree(t, filepath.Join(plain, "public")), readTree(t, filepath.Join(linked, "public"))
	if len(a) != len(b) {
		t.Errorf("have %d files with links, want %d", len(b), len(a))
	}
	for name, data := range a {
		if b[name] != data {
			t.Errorf("%s differs with links", name)
		}
	}
}

// replaceByLink moves the project file (or directory) name of root away
// and puts a symbolic link in its place: to a copy outside the project
// (absolute), to nothing, or to a copy under drafts/ in the project
// (relative). It returns the error a read of it should give.
func replaceByLink(t *testing.T, root, name, how string) (want string) {
	t.Helper()
	var target string
	file := filepath.Join(root, filepath.FromSlash(name))
	switch how {
	case "outside":
		target = filepath.Join(t.TempDir(), filepath.Base(file))
		want = name + ": a symbolic link to " + target + ", outside the project"
	case "dangling":
		target = "gone-" + filepath.Base(file)
		want = name + ": a symbolic link to " + target + ", which does not exist"
	case "inside":
		moved := filepath.Join(root, "drafts", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(moved), 0o755); err != nil {
			t.Fatal(err)
		}
		rel, err := filepath.Rel(filepath.Dir(file), moved)
		if err != nil {
			t.Fatal(err)
		}
		target = rel
	}
	moved := target // where the file goes, as the link names it
	switch how {
	case "dangling":
		moved = ""
	case "inside":
		moved = filepath.Join(filepath.Dir(file), target)
	}
	if moved != "" {
		// Both temporary directories are on one file system.
		if err := os.Rename(file, moved); err != nil {
			t.Fatal(err)
		}
	} else if err := os.RemoveAll(file); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, file); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	return want
}

// readTree reads every file under dir, by slash-separated relative name.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestCommandsRefuseLinksOut checks that check and translate, like build,
// read the project through projectfs: a translation file linked to a file
// outside the project, or to nothing, is refused with the file and the
// link's target named, not read (or taken for a missing file).
func TestCommandsRefuseLinksOut(t *testing.T) {
	tests := []struct {
		name string
		run  func(root, xlf string) error
	}{
		{"check", func(root, xlf string) error { return checkTo([]string{"-root", root}, io.Discard) }},
		{"translate export", func(root, xlf string) error {
			return exportCmd([]string{"-root", root, "-plan", "p", "-o", filepath.Join(t.TempDir(), "p.xlf")}, io.Discard, io.Discard)
		}},
		{"translate import", func(root, xlf string) error {
			return importCmd([]string{"-root", root, xlf}, io.Discard, io.Discard)
		}},
	}
	for _, tt := range tests {
		for _, how := range []string{"outside", "dangling"} {
			t.Run(tt.name+" "+how, func(t *testing.T) {
				root := writeProject(t, "# Overall Requirements {#part_1}\n")
				xlf := filepath.Join(t.TempDir(), "p.xlf")
				if err := exportCmd([]string{"-root", root, "-plan", "p", "-o", xlf}, io.Discard, io.Discard); err != nil {
					t.Fatal(err)
				}
				want := replaceByLink(t, root, "content/en/p/part.md", how)
				if err := tt.run(root, xlf); err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("have %v, want an error saying %q", err, want)
				}
			})
		}
	}
}

// TestBuildAssetDirectoryLinks links a directory into templates/assets/:
// one inside the project is copied as the directory, one out of it is
// refused, and one that holds the link itself is refused as a loop.
func TestBuildAssetDirectoryLinks(t *testing.T) {
	outside := t.TempDir()
	tests := []struct{ name, target, want string }{
		{"inside", "../../drafts/extra", ""},
		{"outside", outside, "templates/assets/extra: a symbolic link to " + outside + ", outside the project"},
		{"loop", "..", "templates/assets/extra: a symbolic link to .., which holds the link itself"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			testproject.Copy(t, root)
			extra := filepath.Join(root, "drafts", "extra")
			if err := os.MkdirAll(extra, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(extra, "x.css"), []byte("body { color: red; }\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(tt.target, filepath.Join(root, "templates", "assets", "extra")); err != nil {
				t.Skipf("no symbolic links here: %v", err)
			}
			err := build([]string{"-root", root, "-out", filepath.Join(root, "public")})
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Errorf("have %v, want an error saying %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if data, err := os.ReadFile(filepath.Join(root, "public", "assets", "extra", "x.css")); string(data) != "body{color:red}" {
				t.Errorf("have %q, %v, want the linked directory's file, minified, in public/assets/extra/", data, err)
			}
		})
	}
}
