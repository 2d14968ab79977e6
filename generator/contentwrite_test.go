package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
)

// TestImportThroughLink: translate import writes a translation file that
// a symbolic link inside the project leads to (the file or its plan's
// directory), as the build reads it, and keeps the link; a link out of
// the project is refused, as the build refuses it, and what it leads to
// stays as it was.
func TestImportThroughLink(t *testing.T) {
	const plan = "content/en/zichuan-education-2022"
	tests := []struct {
		name string
		// link replaces a file or directory of the project by a link
		// to where it moves, returning the file part_1 is then in.
		link    func(t *testing.T, dir, outside string) string
		wantErr string
	}{
		{"file inside", func(t *testing.T, dir, _ string) string {
			return moveAndLink(t, dir, plan+"/part-1.md", filepath.Join(dir, "content/drafts/part-1.md"), "../../drafts/part-1.md")
		}, ""},
		{"directory inside", func(t *testing.T, dir, _ string) string {
			moveAndLink(t, dir, plan, filepath.Join(dir, "content/drafts/z"), "../drafts/z")
			return filepath.Join(dir, "content/drafts/z/part-1.md")
		}, ""},
		{"file outside", func(t *testing.T, dir, outside string) string {
			return moveAndLink(t, dir, plan+"/part-1.md", filepath.Join(outside, "part-1.md"), filepath.Join(outside, "part-1.md"))
		}, "outside the project"},
		{"directory outside", func(t *testing.T, dir, outside string) string {
			moveAndLink(t, dir, plan, filepath.Join(outside, "z"), filepath.Join(outside, "z"))
			return filepath.Join(outside, "z/part-1.md")
		}, "outside the project"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, outside := t.TempDir(), t.TempDir()
			testproject.Copy(t, dir)
			xlf := filepath.Join(t.TempDir(), "z.xlf")
			if err := exportCmd([]string{"-root", dir, "-plan", "zichuan-education-2022", "-o", xlf}, io.Discard, io.Discard); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(xlf)
			if err != nil {
				t.Fatal(err)
			}
			worked := bytes.Replace(data, []byte("<target>Overall Requirements</target>"), []byte("<target>General Requirements</target>"), 1)
			os.WriteFile(xlf, worked, 0o644)
			target := tt.link(t, dir, outside)
			before, _ := os.ReadFile(target)

			err = importCmd([]string{"-root", dir, xlf}, io.Discard, io.Discard)
			after, _ := os.ReadFile(target)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("import: have %v, want an error saying %q", err, tt.wantErr)
				}
				if !bytes.Equal(after, before) {
					t.Errorf("the file outside the project changed")
				}
				return
			}
			if err != nil {
				t.Fatalf("import: have %v, want the file behind the link written", err)
			}
			if !bytes.Contains(after, []byte("# General Requirements {#part_1")) {
				t.Errorf("the link's target: have %.80q…, want the imported heading", after)
			}
			if err := check([]string{"-root", dir}); err != nil {
				t.Errorf("check after the import: %v", err)
			}
		})
	}
}

// moveAndLink moves the project's file or directory name to dest and puts
// a symbolic link to target in its place; it returns dest.
func moveAndLink(t *testing.T, dir, name, dest, target string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.Rename(p, dest); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, p); err != nil {
		t.Fatal(err)
	}
	return dest
}
