package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// gcFloor is the heap the build lets grow before it collects, whatever
// little of it is live.
//
// A build allocates about forty times its live heap (every page is made
// and dropped), so with the default GOGC=100 a library of 48 plans, some
// 40 MB live, collects 85 times, and the collector, its assists and the
// preemptions it asks for take a fifth of the build's CPU. Letting the
// heap reach gcFloor before a collection cuts that several times; past
// gcFloor/2 of live heap the collector paces as GOGC=100 does. Measured:
// 48 plans collect 17 times instead of 85 (CPU -15 to -20%, peak RSS 130
// → 210 MB); 100 plans (90 MB live at most) 40 times instead of 99.
//
// A small build's heap grows only to gcGrowth times its live heap, at
// least gcFloorLeast: the bundled plan, some 10–20 MB live, let grow to
// 160 MB, touched fresh memory where a heap a third that size stays in
// the caches. Measured (alternating runs, load 3–6): the bundled build
// 0.75 → 0.61 s CPU median of 8, peak RSS 91 → 77 MB; the 48-plan
// library's CPU the same within the noise (7.01 → 6.88 s best of 4), its
// peak RSS 203 → 181 MB.
const (
	gcFloor      = 160 << 20
	gcFloorLeast = 32 << 20
	gcGrowth     = 4
)

// gcBudget bounds all the memory the Go runtime holds for the build (heap,
// its free pages not yet returned, stacks, the collector's own), which
// GOGC=100 alone lets reach twice the live heap and more: a plan of
// 25,000 tasks, 150-220 MB live at its peaks, reached 470-520 MB of RSS.
// Under the budget the process stays under 300 MB of RSS (the binary and
// what the runtime does not count take about 30 MB more).
const gcBudget = 256 << 20

// paceGC paces the build's collector, one policy set after each
// collection from the live heap that collection found: the heap may grow
// to floor or twice the live heap, whichever is more (GOGC) — to
// gcGrowth times the live heap, at least gcFloorLeast, while that is
// less than floor — and the
// runtime's memory to budget (debug.SetMemoryLimit), whichever comes
// first. A small build thus collects rarely; a large one more often as
// its live heap nears the budget. When the live heap passes two thirds of
// budget the limit grows to one and a half times the live heap: a limit
// the live heap nearly fills would have the collector run without end
// (the runtime would then cap it at half the CPU and let the heap pass the
// limit anyway); the budget is a goal for the builds of issue 13, not a
// wall. stop ends the pacing and restores GOGC's and the limit's earlier
// values. A GOGC or GOMEMLIMIT in the environment is the user's choice and
// is left alone.
func paceGC(floor, budget uint64) (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	var mu sync.Mutex // pace, run by a finalizer, against stop
	stopped := false
	prevPercent := debug.SetGCPercent(-1)
	debug.SetGCPercent(prevPercent)
	prevLimit := debug.SetMemoryLimit(-1)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var pace func()
	pace = func() {
		mu.Lock()
		defer mu.Unlock()
		if stopped {
			return
		}
		metrics.Read(sample)
		live := uint64(4 << 20) // before the first collection, the heap's least goal
		if sample[0].Value.Kind() == metrics.KindUint64 {
			live = max(live, sample[0].Value.Uint64())
		}
		goal := min(max(gcGrowth*live, gcFloorLeast), floor)
		percent := 100
		if goal > 2*live {
			percent = int((goal - live) * 100 / live)
		}
		debug.SetMemoryLimit(int64(max(budget, live+live/2)))
		debug.SetGCPercent(percent)
		afterGC(pace)
	}
	pace()
	return func() {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
		debug.SetGCPercent(prevPercent)
		debug.SetMemoryLimit(prevLimit)
	}
}

// gcSentinel is allocated only to be collected: its finalizer runs once
// after each collection. It holds a pointer, so that it is never packed
// with other small objects into one block that outlives it.
type gcSentinel struct{ _ *byte }

// afterGC calls f once, after the next collection.
func afterGC(f func()) {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) { f() })
}
