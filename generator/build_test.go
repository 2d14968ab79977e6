package main

import (
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
