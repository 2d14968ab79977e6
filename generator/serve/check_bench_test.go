package serve

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"plansite/generator/internal/cputime"
	"plansite/generator/internal/library"
	"plansite/generator/site"
)

// checkMB is the size of the generated plan BenchmarkCheck previews.
var checkMB = flag.Float64("checkmb", 5, "size in MB of the generated plan of BenchmarkCheck")

// BenchmarkCheck measures the preview's background check of one generated
// plan (bench -seed's, -checkmb MB): the load, then the check of every
// page, first after the project is opened ("first") and then after a save
// of the page template ("template"), each to its end with nothing
// cancelling it. After the template's save the check renders the pages
// whose templates changed (the plan's page, in both languages, over 100
// MB each), where it rendered all 88,844 pages again. On 5 December 2026,
// at a load average of 11–20, the first check took 268–415 s (81–97 s
// CPU); the template's took 250 s (83 s CPU) before, 78 s (19.5 s CPU)
// after. check-ms is the check's wall time, cpu-ms the process's
// CPU time over load and check.
//
//	go test -run X -bench Check -benchtime 1x -checkmb 5 ./generator/serve
func BenchmarkCheck(b *testing.B) {
	dir := b.TempDir()
	m, err := library.SinglePlan("seed", library.Plan(library.ItemsFor(int(*checkMB*1e6))))
	if err != nil {
		b.Fatal(err)
	}
	if err := library.WriteFS(dir, m); err != nil {
		b.Fatal(err)
	}
	var failed *Status
	rb := newRebuilder(os.DirFS(dir), io.Discard, &idle{}, func(*served) {}, func(st *Status) { failed = st })
	// A loaded machine takes minutes for the plan's page of over 100 MB.
	rb.lim = site.Limits{Time: 10 * time.Minute, Bytes: site.PreviewLimits().Bytes}
	tmpl := filepath.Join(dir, "templates", "plan.html")
	orig, err := os.ReadFile(tmpl)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, save := range []string{"first", "template"} {
		b.Run(save, func(b *testing.B) {
			for b.Loop() {
				var changed []string
				if save == "template" {
					n++
					toggle(b, tmpl, orig, `<article class="plan"`, `<article class="plan edited"`, n)
					changed = []string{"templates/plan.html"}
				}
				cpu := cputime.Used()
				start := time.Now()
				if st := rb.build(changed); st.Error != nil {
					b.Fatal(st.Error.Msg)
				}
				load := time.Since(start)
				rb.checks.Wait()
				if rb.cur.failed.Load() {
					b.Fatalf("the check failed: %s:%d: %s", failed.Error.File, failed.Error.Line, failed.Error.Msg)
				}
				b.ReportMetric(float64(load)/1e6, "load-ms")
				b.ReportMetric(float64(time.Since(start)-load)/1e6, "check-ms")
				b.ReportMetric(float64(cputime.Used()-cpu)/1e6, "cpu-ms")
			}
		})
	}
}
