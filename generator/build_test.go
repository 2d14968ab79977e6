package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

// TestBuildRefusesLinksOut checks that a seed linked to a file outside the
// project is refused, not published.
func TestBuildRefusesLinksOut(t *testing.T) {
	root := writeProject(t, "# Overall Requirements {#part_1}\n")
	secret := filepath.Join(t.TempDir(), "passwd")
	if err := os.WriteFile(secret, []byte("root:x:0:0:root:/root:/bin/bash\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(root, "seeds", "t.txt")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	err := build([]string{"-root", root, "-out", filepath.Join(root, "public")})
	if want := "seeds/t.txt: a symbolic link to " + secret + ", outside the project"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("have %v, want an error saying %q", err, want)
	}
	if _, err := os.Stat(filepath.Join(root, "public")); err == nil {
		t.Error("the build wrote public/")
	}
}

// TestCommandsRefuseLinksOut checks that check and translate, like build,
// read the project through os.Root: a translation file linked to a file
// outside the project is refused, not read.
func TestCommandsRefuseLinksOut(t *testing.T) {
	tests := []struct {
		name string
		run  func(root string) error
	}{
		{"check", func(root string) error { return checkTo([]string{"-root", root}, io.Discard) }},
		{"translate export", func(root string) error {
			return exportCmd([]string{"-root", root, "-plan", "p", "-o", filepath.Join(t.TempDir(), "p.xlf")}, io.Discard, io.Discard)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := writeProject(t, "# Overall Requirements {#part_1}\n")
			outside := filepath.Join(t.TempDir(), "part.md")
			if err := os.WriteFile(outside, []byte("# Overall Requirements {#part_1}\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			part := filepath.Join(root, "content", "en", "p", "part.md")
			if err := os.Remove(part); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(outside, part); err != nil {
				t.Skipf("no symbolic links here: %v", err)
			}
			if err := tt.run(root); err == nil || !strings.Contains(err.Error(), "content/en/p/part.md") {
				t.Errorf("have %v, want an error naming content/en/p/part.md", err)
			}
		})
	}
}
