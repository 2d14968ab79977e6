package serve

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// soak makes n saves of each kind an editor makes most (a seed, a
// translation, a page template), each followed by the plan page rendered
// as a browser asks for it, and returns the live heap after a collection
// at a tenth of the saves and at the end, in MB, by kind. Every save
// starts the background check, which the next cancels, as in the preview.
func soak(tb testing.TB, n int) map[string][2]float64 {
	dir := project(tb)
	const page = "zh/zichuan-education-2022/index.html"
	out := map[string][2]float64{}
	for _, e := range edits[:3] {
		var cur *served
		rb := newRebuilder(os.DirFS(dir), io.Discard, &idle{}, func(s *served) { cur = s }, func(*Status) {})
		rb.lim = testLimits()
		path := filepath.Join(dir, filepath.FromSlash(e.file))
		orig, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		var heap [2]float64
		for i := 1; i <= n; i++ {
			toggle(tb, path, orig, e.from, e.to, i)
			if st := rb.build(nil); st.Error != nil {
				tb.Fatalf("%s save %d: %s", e.name, i, st.Error.Msg)
			}
			if _, found, err := cur.file(context.Background(), page); !found || err != nil {
				tb.Fatalf("%s save %d: %s: %v", e.name, i, page, err)
			}
			if i == n/10 || i == n {
				rb.stop()
				heap[min(i/n, 1)] = liveHeapMB()
			}
		}
		rb.stop()
		os.WriteFile(path, orig, 0o644)
		out[e.name] = heap
	}
	return out
}

// liveHeapMB is the heap in use after a full collection.
func liveHeapMB() float64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// TestSoak: the preview's live heap stays flat, within 20%, over saves:
// nothing keeps the projects of earlier saves alive.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("makes hundreds of saves")
	}
	for kind, h := range soak(t, 50) {
		t.Logf("%s: live heap %.1f MB after 5 saves, %.1f MB after 50", kind, h[0], h[1])
		if h[1] > h[0]*1.2 {
			t.Errorf("%s: live heap grew from %.1f MB after 5 saves to %.1f MB after 50, want within 20%%", kind, h[0], h[1])
		}
	}
}

// BenchmarkSoak reports the live heap after 100 and after 1,000 saves of
// each kind (seed, translation, template), and fails if it grew by more
// than 20%.
func BenchmarkSoak(b *testing.B) {
	for b.Loop() {
		for kind, h := range soak(b, 1000) {
			b.ReportMetric(h[0], kind+"-heap-MB-at-100")
			b.ReportMetric(h[1], kind+"-heap-MB-at-1000")
			if h[1] > h[0]*1.2 {
				b.Errorf("%s: live heap grew from %.1f MB to %.1f MB, want within 20%%", kind, h[0], h[1])
			}
		}
	}
}
