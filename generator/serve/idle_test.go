package serve

import (
	"context"
	"testing"
	"time"
)

// TestIdle checks that the check waits while a page is being served and
// for the quiet time after it, and not when the server is idle.
func TestIdle(t *testing.T) {
	ctx := context.Background()
	var i idle
	if !i.wait(ctx, time.Hour) {
		t.Fatal("an idle server that never served kept the check waiting")
	}
	i.begin()
	waited := make(chan time.Time, 1)
	go func() {
		i.wait(ctx, 0)
		waited <- time.Now()
	}()
	select {
	case <-waited:
		t.Fatal("the check went on while a page was being served")
	case <-time.After(50 * time.Millisecond):
	}
	ended := time.Now()
	i.end()
	if at := <-waited; at.Before(ended) {
		t.Errorf("the check went on %v before the page was served", ended.Sub(at))
	}
	const quiet = 30 * time.Millisecond
	i.touch()
	start := time.Now()
	if !i.wait(ctx, quiet) {
		t.Fatal("wait failed")
	}
	if d := time.Since(start); d < quiet-time.Millisecond {
		t.Errorf("the check started %v after the reload, want at least %v", d, quiet)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	i.begin()
	if i.wait(cctx, 0) {
		t.Error("wait returned true after its context ended")
	}
}
