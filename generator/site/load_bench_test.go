package site_test

import (
	"context"
	"os"
	"testing"

	"plansite/generator/site"
)

// BenchmarkLoad measures what the preview does after a template or
// translation edit before the reload: load the project around parsed plans
// whose analyses the last load made.
func BenchmarkLoad(b *testing.B) {
	root := os.DirFS("../..")
	docs, err := site.LoadDocs(root)
	if err != nil {
		b.Fatal(err)
	}
	prev, err := site.Load(root, docs, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := site.Load(root, docs, prev); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPage measures rendering the plan page on demand.
func BenchmarkPage(b *testing.B) {
	root := os.DirFS("../..")
	docs, err := site.LoadDocs(root)
	if err != nil {
		b.Fatal(err)
	}
	p, err := site.Load(root, docs, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := p.File(context.Background(), "zh/zichuan-education-2022/index.html", site.PreviewLimits()); err != nil {
			b.Fatal(err)
		}
	}
}
