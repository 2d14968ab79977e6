package site

import (
	"testing"
	"time"

	"plansite/generator/internal/cputime"
	"plansite/generator/internal/library"
	"plansite/generator/view"
)

// loadLibrary loads the frozen library of 14 plans (the Zichuan plan and
// the corpus) as a build does before it writes anything.
func loadLibrary(b *testing.B) *builder {
	b.Helper()
	root, err := library.Project(library.Sources)
	if err != nil {
		b.Fatal(err)
	}
	docs, err := LoadDocs(root)
	if err != nil {
		b.Fatal(err)
	}
	bld, err := load(root, docs, nil)
	if err != nil {
		b.Fatal(err)
	}
	return bld
}

// BenchmarkLibraryDataFiles measures what a library build spends on the
// plans' data files (JSON export, CSV, text CSV, Akoma Ntoso, and what
// the open-data page shows of them) in both languages, over the frozen
// library of 14 plans, the files discarded. cpu-ms/op is the process's
// CPU time, garbage collection included.
func BenchmarkLibraryDataFiles(b *testing.B) {
	bld := loadLibrary(b)
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		for _, lang := range view.Langs() {
			for _, d := range bld.views[lang] {
				if _, err := bld.planFiles(d, discard{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
