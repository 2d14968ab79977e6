package translate

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseFile parses and renders the shipped English of the
// Zichuan plan, five files and 105 units, as a first build does.
func BenchmarkParseFile(b *testing.B) {
	names, _ := filepath.Glob("../../content/en/zichuan-education-2022/*.md")
	var srcs [][]byte
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	for b.Loop() {
		for i, src := range srcs {
			if _, err := ParseFile(names[i], src); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLoad reloads the translation when no file changed, as a preview
// rebuild after an edit elsewhere does.
func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS("../..")
	for b.Loop() {
		if _, err := Load(fsys, "en"); err != nil {
			b.Fatal(err)
		}
	}
}
