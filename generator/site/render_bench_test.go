package site_test

import (
	"os"
	"testing"

	"plansite/generator/site"
)

// BenchmarkRender measures a rebuild after a template or translation edit:
// the plans are parsed once, everything else is rendered each time.
func BenchmarkRender(b *testing.B) {
	root := os.DirFS("../..")
	docs, err := site.LoadDocs(root)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := site.Render(root, docs); err != nil {
			b.Fatal(err)
		}
	}
}
