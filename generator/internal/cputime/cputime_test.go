package cputime

import (
	"runtime"
	"testing"
)

// TestUsedGrows checks that spinning uses CPU time, where it is measured.
func TestUsedGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("not measured here")
	}
	start := Used()
	x := 0
	for i := 0; Used()-start <= 0; i++ {
		x += i
		if i > 1e10 {
			t.Fatal("no CPU time after ten billion steps")
		}
	}
	_ = x
}
