package serve

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// edits are the kinds of save an editor makes, each to a file of the
// Zichuan plan.
var edits = []struct{ name, file string }{
	{"seed", "seeds/zichuan-education-2022.txt"},
	{"translation", "content/en/zichuan-education-2022/part-1.md"},
	{"template", "templates/plan.html"},
}

// toggle writes file alternately with and without a trailing newline: a
// change every time, and never a broken file.
func toggle(tb testing.TB, path string, orig []byte, i int) {
	data := orig
	if i%2 == 1 {
		data = append(slices.Clip(orig), '\n')
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkEditToReload measures, for each kind of edit, the time from
// writing the file to the reload event an open page receives: the file
// system event, batching (DefaultQuiet), the build, the swap and the
// notification. build-ms is the build alone.
func BenchmarkEditToReload(b *testing.B) {
	for _, e := range edits {
		b.Run(e.name, func(b *testing.B) {
			dir := project(b)
			s := start(b, dir, DefaultQuiet)
			st := connect(b, s)
			st.next(b) // hello
			path := filepath.Join(dir, filepath.FromSlash(e.file))
			orig, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			var n int
			var build float64
			cpu := cpuTime()
			for b.Loop() {
				n++
				toggle(b, path, orig, n)
				ev := st.next(b)
				if ev.event != "reload" {
					b.Fatalf("have %s %+v, want reload", ev.event, ev.status)
				}
				build += ev.status.Millis
			}
			b.ReportMetric(build/float64(n), "build-ms/op")
			reportCPU(b, cpu, n)
		})
	}
}

// BenchmarkRebuild measures the build after each kind of edit without the
// watcher, and a build that parses every seed again ("cold"), to show what
// the parse cache saves.
func BenchmarkRebuild(b *testing.B) {
	dir := project(b)
	for _, e := range edits {
		b.Run(e.name, func(b *testing.B) {
			rb := newRebuilder(os.DirFS(dir), io.Discard, func(*served) {}, func(*Status) {})
			rb.build(nil)
			path := filepath.Join(dir, filepath.FromSlash(e.file))
			orig, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			defer os.WriteFile(path, orig, 0o644)
			var n int
			cpu := cpuTime()
			for b.Loop() {
				n++
				toggle(b, path, orig, n)
				if st := rb.build(nil); st.Error != nil {
					b.Fatal(st.Error.Message)
				}
			}
			reportCPU(b, cpu, n)
		})
	}
	b.Run("cold", func(b *testing.B) {
		var n int
		cpu := cpuTime()
		for b.Loop() {
			n++
			rb := newRebuilder(os.DirFS(dir), io.Discard, func(*served) {}, func(*Status) {})
			if st := rb.build(nil); st.Error != nil {
				b.Fatal(st.Error.Message)
			}
		}
		reportCPU(b, cpu, n)
	})
}

// reportCPU reports the process's CPU time per operation since start.
func reportCPU(b *testing.B, start time.Duration, n int) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(n), "cpu-ms/op")
}
