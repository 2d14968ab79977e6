package serve

import (
	"context"
	"os"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"plansite/generator/site"
)

// TestLimitsGrowWithPlans: the preview's limits per page grow with the
// plans' text, so that a page as large as its plan makes it (the plan page
// of a 5 MB seed is over 100 MB) is served, not failed as a template
// looping without end. Here the limit is below the Zichuan plan page's
// 350 KB, as 50 MB is below that 100 MB page.
func TestLimitsGrowWithPlans(t *testing.T) {
	s := startWith(t, Options{Root: project(t), Quiet: testQuiet, Limits: site.Limits{Time: time.Minute, Bytes: 200 << 10}})
	code, body := get(t, s, "/zh/zichuan-education-2022/")
	if code != 200 || len(body) < 200<<10 || !strings.Contains(body, "</html>") {
		t.Errorf("have %d, %d bytes; want the whole plan page, over 200 KB", code, len(body))
	}
}

// TestPreviewMemoryLimit: the preview holds the runtime's memory to
// previewMemory, where GOGC=300 alone let a large plan's preview grow to
// four times its live heap (1.9 GB for a 5 MB seed).
func TestPreviewMemoryLimit(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT is set: the user's choice is kept")
	}
	prev := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })
	startWith(t, Options{Root: project(t), Quiet: testQuiet, Limits: testLimits()})
	if have := debug.SetMemoryLimit(-1); have != previewMemory {
		t.Errorf("have a memory limit of %d, want %d", have, previewMemory)
	}
}

// TestBadAddressOneLine: an address the preview cannot listen on is one
// line, the error, where a warning that the address was reachable from
// other machines came before it.
func TestBadAddressOneLine(t *testing.T) {
	var log strings.Builder
	err := Run(context.Background(), Options{Root: project(t), Addr: "nonsense", Log: &log})
	if err == nil || !strings.Contains(err.Error(), "nonsense") {
		t.Errorf("have %v, want an error naming the address", err)
	}
	if log.Len() > 0 {
		t.Errorf("printed %q besides the error", log.String())
	}
}
