package serve

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"plansite/generator/internal/cputime"
	"plansite/generator/internal/library"
)

// edits are the kinds of save an editor makes, each to a file of the
// Zichuan plan: a figure corrected in a task (二（一）4, which has a
// responsibility list, a target and key project links), the same figure in
// its translation, markup in the plan page's template; then edits that
// reach more pages: a section heading, a task added at the end of a
// section, a department's English name, the responsibility-list partial
// (every passage) and the base template (every page).
var edits = []struct{ name, file, from, to string }{
	{"seed", "seeds/zichuan-education-2022.txt", "不少于1个百分点", "不少于2个百分点"},
	{"translation", "content/en/zichuan-education-2022/part-2.md", "by no less than 1 percentage point", "by no less than 2 percentage points"},
	{"template", "templates/plan.html", `<article class="plan"`, `<article class="plan edited"`},
	{"heading", "seeds/zichuan-education-2022.txt", "（二）构建高质量教育发展体系", "（二）构建高品质教育发展体系"},
	{"new-task", "seeds/zichuan-education-2022.txt", "（二）构建高质量教育发展体系", "9．新增一项任务。加强测试工作。（区教体局负责）\n（二）构建高质量教育发展体系"},
	{"registry", "content/departments.yaml", "  en: District Health Bureau", "  en: District Health Commission"},
	{"partial", "templates/partials/resp.html", `<span class="resp">`, `<span class="resp edited">`},
	{"base", "templates/base.html", `<footer class="site-footer">`, `<footer class="site-footer edited">`},
}

// toggle writes the file as it was (even i) or with the edit made (odd
// i): a change every time, and never a broken file. It saves as many
// editors do, writing a hidden file beside it and renaming that over it,
// so that a build never reads the file half-written, which a busy
// machine would otherwise let it do between the truncation and the
// write.
func toggle(tb testing.TB, path string, orig []byte, from, to string, i int) {
	if !bytes.Contains(orig, []byte(from)) {
		tb.Fatalf("%s has no %q to edit", path, from)
	}
	data := orig
	if i%2 == 1 {
		data = bytes.Replace(orig, []byte(from), []byte(to), 1)
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".saving")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
}

// think is an editor's pause between reading the reloaded page and the
// next save: long enough for the background check to be running when the
// save comes, as it is when editing a library, whose check takes minutes.
var think = flag.Duration("think", 250*time.Millisecond, "pause between saves in the edit-to-reload benchmarks")

// BenchmarkEditToReload measures, for each kind of edit, what an editor
// with the plan page open waits for after writing the file:
//
//   - reload-ms: until the page receives the reload event, which is sent
//     once the models of the save are in place: the file system event,
//     batching (DefaultQuiet), the load and the notification; build-ms is
//     the load's part of it;
//   - page-ms: until the page's new HTML has arrived.
//
// Each is the median over the saves, which come -think apart (250 ms);
// run 40 of them:
//
//	go test -run X -bench EditToReload -benchtime 40x ./generator/serve
//
// The targets for the Zichuan plan are reload-ms ≤ 50 for a seed
// edit, ≤ 40 for a translation, ≤ 30 for the page template and ≤ 80 for a
// partial or base.html.
func BenchmarkEditToReload(b *testing.B) {
	const page = "/zh/zichuan-education-2022/"
	for _, e := range edits {
		b.Run(e.name, func(b *testing.B) {
			dir := project(b)
			saves(b, dir, page, e.file, e.from, e.to)
		})
	}
}

// BenchmarkLibraryEditToReload is BenchmarkEditToReload on a library of 34
// plans (internal/library): a one-word edit to one plan, the Zichuan
// plan's first copy, with its page open. The target is reload-ms ≤ 100.
func BenchmarkLibraryEditToReload(b *testing.B) {
	const plans = 34
	dir := b.TempDir()
	if err := library.Write(dir, plans); err != nil {
		b.Fatal(err)
	}
	b.Run(fmt.Sprintf("plans-%d", plans), func(b *testing.B) {
		saves(b, dir, "/zh/zichuan-education-2022-2/", "seeds/zichuan-education-2022-2.txt", "不少于1个百分点", "不少于2个百分点")
	})
}

// saves serves dir with page open, toggles the edit of file once per
// iteration and reports the medians of the load, the reload event and the
// page's arrival after each save, and the CPU time per save.
func saves(b *testing.B, dir, page, file, from, to string) {
	s := start(b, dir, DefaultQuiet)
	st := connect(b, s)
	st.next(b) // hello
	get(b, s, page)
	path := filepath.Join(dir, filepath.FromSlash(file))
	orig, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	defer os.WriteFile(path, orig, 0o644)
	var build, reload, shown []time.Duration
	cpu := cputime.Used()
	last := ""
	for b.Loop() {
		b.StopTimer()
		time.Sleep(*think)
		// What came since the last reload is not this save's: a second
		// build of the last save, whose events a busy machine spread
		// over more than the quiet window, or the check's report.
		st.drain(b)
		b.StartTimer()
		start := time.Now()
		toggle(b, path, orig, from, to, len(reload)+1)
		ev := st.next(b)
		if ev.event != "reload" || ev.status.Build == last {
			msg := ""
			if ev.status.Error != nil {
				msg = ev.status.Error.Msg
			}
			b.Fatalf("have %s %s %s, want reload of a new build", ev.event, ev.status.Build, msg)
		}
		last = ev.status.Build
		reload = append(reload, time.Since(start))
		build = append(build, time.Duration(ev.status.Millis*float64(time.Millisecond)))
		if code, _ := get(b, s, page); code != 200 {
			b.Fatalf("have %d for %s after reload", code, page)
		}
		shown = append(shown, time.Since(start))
	}
	b.ReportMetric(median(build), "build-ms")
	b.ReportMetric(median(reload), "reload-ms")
	b.ReportMetric(median(shown), "page-ms")
	reportCPU(b, cpu, len(reload))
}

// median is the median of ds in milliseconds.
func median(ds []time.Duration) float64 {
	if len(ds) == 0 {
		return 0
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	m := ds[len(ds)/2]
	if len(ds)%2 == 0 {
		m = (m + ds[len(ds)/2-1]) / 2
	}
	return float64(m) / float64(time.Millisecond)
}

// BenchmarkRebuild measures the build after each kind of edit without the
// watcher, and a build that parses every seed again ("cold"), to show what
// the parse cache saves.
func BenchmarkRebuild(b *testing.B) {
	dir := project(b)
	for _, e := range edits {
		b.Run(e.name, func(b *testing.B) {
			rb := newRebuilder(os.DirFS(dir), io.Discard, &idle{}, func(*served) {}, func(*Status) {})
			rb.build(nil)
			path := filepath.Join(dir, filepath.FromSlash(e.file))
			orig, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			defer os.WriteFile(path, orig, 0o644)
			var n int
			cpu := cputime.Used()
			for b.Loop() {
				n++
				toggle(b, path, orig, e.from, e.to, n)
				if st := rb.build(nil); st.Error != nil {
					b.Fatal(st.Error.Msg)
				}
			}
			reportCPU(b, cpu, n)
		})
	}
	b.Run("cold", func(b *testing.B) {
		var n int
		cpu := cputime.Used()
		for b.Loop() {
			n++
			rb := newRebuilder(os.DirFS(dir), io.Discard, &idle{}, func(*served) {}, func(*Status) {})
			if st := rb.build(nil); st.Error != nil {
				b.Fatal(st.Error.Msg)
			}
		}
		reportCPU(b, cpu, n)
	})
}

// reportCPU reports the process's CPU time per operation since start.
func reportCPU(b *testing.B, start time.Duration, n int) {
	b.ReportMetric(float64(cputime.Used()-start)/float64(time.Millisecond)/float64(n), "cpu-ms/op")
}
