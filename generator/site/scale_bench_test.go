package site_test

import (
	"fmt"
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
// time mostly measures the neighbours. The 16k builds take a minute or more
// of CPU and several GB of memory, since the whole site is held in memory;
// -bench 'Scale/.*/(1000|4000)$' leaves them out.
//
//	go test -timeout 0 -run X -bench Scale -benchtime 1x ./generator/site
func BenchmarkScale(b *testing.B) {
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
				perItem(b, n, cputime.Used()-cpu)
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
				perItem(b, n, cputime.Used()-cpu)
			})
		}
	}
}

// perItem reports wall and CPU time per item: on a shared machine the CPU
// time is the one to compare.
func perItem(b *testing.B, n int, cpu time.Duration) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/item")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*n), "cpu-ns/item")
}
