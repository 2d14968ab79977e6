package bench

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// Report prints the rows as two tables: Plansite's builds (with the time
// of writing the same files unrendered, Floor), then, where
// Hugo ran, the comparison with Hugo and Hugo + Pagefind (medians over the
// runs; a ratio is the median of the runs' ratios, each run's builds made
// one after the other). Wall times measure the machine's load as well as
// the build; CPU times less so. It first says which file system the
// builds wrote to: on one the same build may spend three times the CPU in
// the kernel that it spends on another (README, Benchmarks).
func Report(w io.Writer, rows []Row) {
	if len(rows) > 0 {
		fmt.Fprintln(w, "written on", fileSystemsOf(rows))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "plans\tHTML pages\tfiles\tMB written\twall s\tCPU s\tpages/s\tCPU ms/page\tpeak RSS MB\tfirst query KB gz\twriting only: wall s\tCPU s\t")
	for _, r := range rows {
		wall, cpu := medianWall(r.Plansite), medianCPU(r.Plansite)
		fmt.Fprintf(tw, "%d\t%d\t%d\t%.1f\t%.2f\t%.2f\t%.0f\t%.3f\t%d\t%.1f\t%.2f\t%.2f\t\n", r.Plans, r.Out.Pages, r.Out.Files,
			float64(r.Out.Bytes)/1e6, wall, cpu, float64(r.Out.Pages)/wall, 1000*cpu/float64(r.Out.Pages),
			maxRSS(r.Plansite)>>20, float64(r.FirstQuery)/1000, medianWall(r.Floor), medianCPU(r.Floor))
	}
	tw.Flush()
	if from, to, ok := flatRange(rows); ok {
		per := func(r Row) (float64, float64) {
			return medianWall(r.Plansite) / float64(r.Out.Pages), medianCPU(r.Plansite) / float64(r.Out.Pages)
		}
		w0, c0 := per(from)
		w1, c1 := per(to)
		fmt.Fprintf(w, "cost per page from %d to %d plans: ×%.2f CPU, ×%.2f wall (goal: within 1.3×)\n", from.Plans, to.Plans, c1/c0, w1/w0)
	}
	for _, r := range rows {
		if r.Plans >= 100 {
			fmt.Fprintf(w, "peak RSS at %d plans: %d MB, the largest of %d runs (goal: at most 300 MB at 100 plans)\n",
				r.Plans, maxRSS(r.Plansite)>>20, len(r.Plansite))
		}
	}
	if len(rows) == 0 || len(rows[0].Hugo) == 0 {
		return
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "plans\tpages Plansite\tpages Hugo\twall s Plansite\tHugo\tHugo+Pagefind\tHugo ÷ Plansite\t(H+P) ÷ Plansite\tCPU s Plansite\tHugo\tHugo+Pagefind\tHugo ÷ Plansite\t(H+P) ÷ Plansite\tpeak RSS MB Plansite\tHugo\tPagefind\t")
	for _, r := range rows {
		var both []Run // Hugo + Pagefind, in the runs that had both
		for i := range min(len(r.Hugo), len(r.Pagefind)) {
			both = append(both, r.Hugo[i].Add(r.Pagefind[i]))
		}
		hp := func(f func([]Run) float64) string {
			if len(both) == 0 {
				return "–"
			}
			return fmt.Sprintf("%.2f", f(both))
		}
		ratio := func(of []Run, d func(Run) time.Duration) string {
			if len(of) == 0 {
				return "–"
			}
			var rs []float64
			for i := range min(len(of), len(r.Plansite)) {
				rs = append(rs, float64(d(of[i]))/float64(d(r.Plansite[i])))
			}
			return fmt.Sprintf("%.2f×", median(rs))
		}
		pf := "–"
		if len(r.Pagefind) > 0 {
			pf = fmt.Sprint(maxRSS(r.Pagefind) >> 20)
		}
		fmt.Fprintf(tw, "%d\t%d\t%d\t%.2f\t%.2f\t%s\t%s\t%s\t%.2f\t%.2f\t%s\t%s\t%s\t%d\t%d\t%s\t\n", r.Plans, r.Out.Pages, r.HugoOut.Pages,
			medianWall(r.Plansite), medianWall(r.Hugo), hp(medianWall), ratio(r.Hugo, wallOf), ratio(both, wallOf),
			medianCPU(r.Plansite), medianCPU(r.Hugo), hp(medianCPU), ratio(r.Hugo, cpuOf), ratio(both, cpuOf),
			maxRSS(r.Plansite)>>20, maxRSS(r.Hugo)>>20, pf)
	}
	tw.Flush()
	for _, r := range rows {
		if len(r.Hugo) == 0 || len(r.Pagefind) == 0 || len(r.Floor) == 0 {
			continue
		}
		hp := medianWall(r.Hugo) + medianWall(r.Pagefind)
		fmt.Fprintf(w, "at %d plans the goals ask for a build within %.2f s wall (half Hugo's) and %.2f s (a fifth of Hugo + Pagefind's); writing Plansite's %.0f MB alone, unrendered, took %.2f s\n",
			r.Plans, medianWall(r.Hugo)/2, hp/5, float64(r.Out.Bytes)/1e6, medianWall(r.Floor))
	}
}

// flatRange returns the rows between which cost per page must stay flat:
// the smallest library of at least 10 plans and the largest.
func flatRange(rows []Row) (from, to Row, ok bool) {
	for _, r := range rows {
		if r.Plans >= 10 && r.Out.Pages > 0 && (!ok || r.Plans < from.Plans) {
			from, ok = r, true
		}
		if r.Out.Pages > 0 && r.Plans > to.Plans {
			to = r
		}
	}
	return from, to, ok && to.Plans > from.Plans
}

func wallOf(r Run) time.Duration { return r.Wall }

func cpuOf(r Run) time.Duration { return r.CPU }

func medianWall(rs []Run) float64 { return medianOf(rs, wallOf) }

func medianCPU(rs []Run) float64 { return medianOf(rs, cpuOf) }

// medianOf is the median of d over the runs, in seconds.
func medianOf(rs []Run, d func(Run) time.Duration) float64 {
	var xs []float64
	for _, r := range rs {
		xs = append(xs, d(r).Seconds())
	}
	return median(xs)
}

func maxRSS(rs []Run) int64 {
	var m int64
	for _, r := range rs {
		m = max(m, r.MaxRSS)
	}
	return m
}

// fileSystemsOf names the file systems the rows' builds wrote to, each
// once: "ext4", or "tmpfs (1 plans), ext4 (10 plans)" where they differ.
func fileSystemsOf(rows []Row) string {
	var names []string
	for _, r := range rows {
		if !slices.Contains(names, r.FS) {
			names = append(names, r.FS)
		}
	}
	if len(names) == 1 {
		return cmp.Or(names[0], "an unknown file system")
	}
	var parts []string
	for _, r := range rows {
		parts = append(parts, fmt.Sprintf("%s (%d plans)", cmp.Or(r.FS, "unknown"), r.Plans))
	}
	return strings.Join(parts, ", ")
}
