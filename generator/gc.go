package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// gcFloor is the heap the build lets grow before it collects, whatever
// little of it is live.
//
// A build allocates about forty times its live heap (every page is made
// and dropped), so with the default GOGC=100 a library of 48 plans, some
// 40 MB live, collects 85 times, and the collector, its assists and the
// preemptions it asks for take a fifth of the build's CPU. Letting the
// heap reach gcFloor before a collection cuts that several times; past
// gcFloor/2 of live heap the collector paces as GOGC=100 does, so the
// peak grows with the live heap as before. Measured: 48 plans collect 17
// times instead of 85 (CPU -15 to -20%, peak RSS 130 → 210 MB); 100
// plans (90 MB live at most) 40 times instead of 99, peak RSS 209 → 222
// MB, under the 300 MB the issue allows (a floor of 192 MB gave 253 MB,
// 256 MB gave 318).
const gcFloor = 160 << 20

// paceGC makes the collector of the build run when the heap reaches
// floor or twice the live heap, whichever is more (GOGC=100 when the live
// heap is large): it sets GOGC after each collection from the live heap
// that collection found, until stop. A GOGC or GOMEMLIMIT in the
// environment is the user's choice and is left alone.
func paceGC(floor uint64) (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	var stopped atomic.Bool
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var pace func()
	pace = func() {
		if stopped.Load() {
			return
		}
		metrics.Read(sample)
		live := uint64(4 << 20) // before the first collection, the heap's least goal
		if sample[0].Value.Kind() == metrics.KindUint64 {
			live = max(live, sample[0].Value.Uint64())
		}
		percent := 100
		if floor > 2*live {
			percent = int((floor - live) * 100 / live)
		}
		debug.SetGCPercent(percent)
		afterGC(pace)
	}
	pace()
	return func() { stopped.Store(true) }
}

// gcSentinel is allocated only to be collected: its finalizer runs once
// after each collection. It holds a pointer, so that it is never packed
// with other small objects into one block that outlives it.
type gcSentinel struct{ _ *byte }

// afterGC calls f once, after the next collection.
func afterGC(f func()) {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) { f() })
}
