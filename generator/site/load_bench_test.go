package site_test

import (
	"bytes"
	"context"
	"os"
	"testing"

	"plansite/generator/internal/library"
	"plansite/generator/site"
)

// BenchmarkLoad measures what the preview does after a template or
// translation edit before the reload: load the project around parsed plans
// whose analyses the last load made.
func BenchmarkLoad(b *testing.B) {
	root := os.DirFS("../..")
	docs, prev := loadProject(b, root)
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
	_, p := loadProject(b, root)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := p.File(context.Background(), "zh/zichuan-education-2022/index.html", site.PreviewLimits()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPermalinkPage measures rendering a passage's permalink page on
// demand, in both languages: the page kind a library has most of.
func BenchmarkPermalinkPage(b *testing.B) {
	root := os.DirFS("../..")
	_, p := loadProject(b, root)
	b.ReportAllocs()
	for b.Loop() {
		for _, lang := range []string{"zh", "en"} {
			if _, _, err := p.File(context.Background(), lang+"/zichuan-education-2022/part_1__sec_2__para_3/index.html", site.PreviewLimits()); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLibraryLoad measures what the preview does after a one-word
// edit to one plan of a library of 34 plans before the reload: parse the
// edited seed, load the project around it with the other plans' analyses
// from the last load, and render the edited plan's page.
func BenchmarkLibraryLoad(b *testing.B) {
	root, err := library.Project(34)
	if err != nil {
		b.Fatal(err)
	}
	const seed = "seeds/zichuan-education-2022-2.txt"
	orig := root[seed].Data
	edited := bytes.Replace(orig, []byte("不少于1个百分点"), []byte("不少于2个百分点"), 1)
	var cache site.DocCache
	docs, err := cache.Load(root)
	if err != nil {
		b.Fatal(err)
	}
	prev, err := site.Load(root, docs, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n++
		root[seed].Data = orig
		if n%2 == 1 {
			root[seed].Data = edited
		}
		docs, err := cache.Load(root)
		if err != nil {
			b.Fatal(err)
		}
		if prev, err = site.Load(root, docs, prev); err != nil {
			b.Fatal(err)
		}
		if _, _, err := prev.File(context.Background(), "zh/zichuan-education-2022-2/index.html", site.PreviewLimits()); err != nil {
			b.Fatal(err)
		}
	}
}
