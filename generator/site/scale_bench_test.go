package site_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"plansite/generator/internal/cputime"
	"plansite/generator/internal/library"
	"plansite/generator/parse"
	"plansite/generator/site"
)

// scaleUnits are the plan sizes of BenchmarkScale, in items.
var scaleUnits = []int{1000, 4000, 16000}

// BenchmarkScale measures parsing and building plans of 1k, 4k and 16k
// items, and of as many copies of one part (three pages each); the time per
// item must stay flat within 2× across sizes, which a cost growing faster
// than the input would break. Compare cpu-ns/item: on a shared machine wall
// time mostly measures the neighbours. Scale/growth then reports, for each
// kind, the largest CPU per item over the smallest (kind-max/min), and
// fails if it is over 2. The 16k builds take a minute or more of CPU and
// several GB of memory, since the whole site is held in memory; -bench
// 'Scale/.*/(1000|4000)$' leaves them out.
//
//	go test -timeout 0 -run X -bench Scale -benchtime 1x ./generator/site
func BenchmarkScale(b *testing.B) {
	cpus := map[string][]float64{} // kind → CPU ns per item, by size
	var kinds []string
	record := func(kind string, ns float64) {
		if cpus[kind] == nil {
			kinds = append(kinds, kind)
		}
		cpus[kind] = append(cpus[kind], ns)
	}
	for _, n := range scaleUnits {
		seed := library.Plan(n)
		for _, plan := range []struct {
			name string
			seed []byte
		}{{"parse", seed}, {"parse-repeated", library.RepeatedPlan(n)}} {
			b.Run(fmt.Sprintf("%s/%d", plan.name, n), func(b *testing.B) {
				cpu := cputime.Used()
				for b.Loop() {
					if _, err := parse.Parse("seeds/scale.txt", plan.seed); err != nil {
						b.Fatal(err)
					}
				}
				record(plan.name, perItem(b, n, cputime.Used()-cpu))
			})
		}
		for _, plan := range []struct {
			name string
			seed []byte
		}{{"build", seed}, {"build-repeated", library.RepeatedPlan(n)}} {
			b.Run(fmt.Sprintf("%s/%d", plan.name, n), func(b *testing.B) {
				root, err := library.SinglePlan("scale", plan.seed)
				if err != nil {
					b.Fatal(err)
				}
				cpu := cputime.Used()
				for b.Loop() {
					if _, err := site.Build(root); err != nil {
						b.Fatal(err)
					}
				}
				record(plan.name, perItem(b, n, cputime.Used()-cpu))
			})
		}
	}
	// growth reports, for each kind, the CPU per item at the costliest
	// size over that at the cheapest.
	b.Run("growth", func(b *testing.B) {
		b.ReportMetric(0, "ns/op")
		for _, kind := range kinds {
			c := cpus[kind]
			if len(c) < 2 {
				continue // -bench left the other sizes out
			}
			growth := slices.Max(c) / slices.Min(c)
			b.ReportMetric(growth, kind+"-max/min")
			if growth > 2 {
				b.Errorf("%s: CPU per item varies ×%.2f across sizes, want within ×2", kind, growth)
			}
		}
	})
}

// perItem reports wall and CPU time per item, and returns the CPU time
// per item in nanoseconds: on a shared machine the CPU time is the one to
// compare.
func perItem(b *testing.B, n int, cpu time.Duration) float64 {
	ns := float64(cpu.Nanoseconds()) / float64(b.N*n)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/item")
	b.ReportMetric(ns, "cpu-ns/item")
	return ns
}
