package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestPaceGC checks the build's collector pacing: with little live heap
// GOGC is raised so that the heap may reach the floor and the memory limit
// is the budget; once the live heap passes half the floor, the next
// collection sets GOGC back to 100, and once it passes two thirds of the
// budget, the limit to one and a half times the live heap; stop restores
// the limit, and later collections leave GOGC as it is.
func TestPaceGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	limit := func() int64 { return debug.SetMemoryLimit(-1) }
	percent := func() int {
		p := debug.SetGCPercent(100)
		debug.SetGCPercent(p)
		return p
	}
	// waitPercent collects until the pacing has set GOGC to a value ok
	// accepts: it is set after a collection, by a finalizer.
	waitPercent := func(ok func(int) bool, tries int) int {
		var p int
		for range tries {
			runtime.GC()
			time.Sleep(5 * time.Millisecond)
			if p = percent(); ok(p) {
				break
			}
		}
		return p
	}
	const floor, budget = 64 << 20, 48 << 20
	stop := paceGC(floor, budget)
	defer stop()
	if have := waitPercent(func(p int) bool { return p > 300 }, 200); have <= 300 {
		t.Fatalf("GOGC with a few MB live and a floor of 64 MB: have %d, want over 300", have)
	}
	if have := limit(); have != budget {
		t.Errorf("memory limit with a few MB live and a budget of 48 MB: have %d, want %d", have, budget)
	}
	live := make([][]byte, 40)
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	if have := waitPercent(func(p int) bool { return p == 100 }, 200); have != 100 {
		t.Fatalf("GOGC with 40 MB live and a floor of 64 MB: have %d, want 100", have)
	}
	// 40 MB live and a few more: the limit is 60 MB and a little more,
	// over the budget (set before GOGC, by the same collection).
	if have := limit(); have < 60<<20 || have > 75<<20 {
		t.Errorf("memory limit with 40 MB live and a budget of 48 MB: have %.1f MB, want 60-75", float64(have)/(1<<20))
	}
	runtime.KeepAlive(live)
	live = nil
	stop()
	if have := limit(); have != math.MaxInt64 {
		t.Errorf("memory limit after stop: have %d, want %d (as before)", have, int64(math.MaxInt64))
	}
	runtime.GC()
	debug.SetGCPercent(123)
	waitPercent(func(int) bool { return false }, 10) // collections after stop
	if have := percent(); have != 123 {
		t.Errorf("GOGC after stop: have %d, want 123 (left as set)", have)
	}
}

// TestPaceGCLeavesUsersChoice checks that GOGC set in the environment is
// not overridden.
func TestPaceGCLeavesUsersChoice(t *testing.T) {
	t.Setenv("GOGC", "50")
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	stop := paceGC(64<<20, 48<<20)
	defer stop()
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	if p := debug.SetGCPercent(77); p != 77 {
		t.Errorf("GOGC with GOGC=50 in the environment: have %d, want 77 (untouched)", p)
	}
	if have := debug.SetMemoryLimit(-1); have != math.MaxInt64 {
		t.Errorf("memory limit with GOGC=50 in the environment: have %d, want none (untouched)", have)
	}
}
