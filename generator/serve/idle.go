package serve

import (
	"context"
	"io"
	"sync/atomic"
	"time"
)

// settle is how long the server must have answered no page request before
// the background check starts: the pages open in browsers are asked for
// right after the reload, and they render first, on every core.
const settle = 100 * time.Millisecond

// idle tells the background check when the server is answering no page
// request, so that a page a reader waits for never shares the machine
// with pages nobody has open: the check starts once requests have settled
// and pauses between pages while a request is in flight.
type idle struct {
	busy atomic.Int32
	last atomic.Int64 // when the last request ended, in Unix nanoseconds
}

// touch counts as a request that just ended: the reload was sent, and
// the requests it prompts are about to come.
func (i *idle) touch() { i.last.Store(time.Now().UnixNano()) }

// begin and end bracket a request for a page.
func (i *idle) begin() { i.busy.Add(1) }

func (i *idle) end() {
	i.last.Store(time.Now().UnixNano())
	i.busy.Add(-1)
}

// wait returns once no request is in flight and none ended within quiet,
// or false when ctx ends first.
func (i *idle) wait(ctx context.Context, quiet time.Duration) bool {
	for {
		if ctx.Err() != nil {
			return false
		}
		pause := time.Millisecond
		if i.busy.Load() == 0 {
			since := time.Since(time.Unix(0, i.last.Load()))
			if since >= quiet {
				return true
			}
			pause = quiet - since
		}
		t := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return false
		case <-t.C:
		}
	}
}

// checkSink is where the check makes what it renders: it keeps nothing,
// and holds each file, a page's before it renders, until the server is
// idle.
type checkSink struct {
	ctx  context.Context
	idle *idle
	// before, when set, is called with each file's name before the sink
	// waits to make it: tests use it to send a request at a given point of
	// the check.
	before func(name string)
}

func (s checkSink) Create(name string) (io.WriteCloser, error) {
	if s.before != nil {
		s.before(name)
	}
	s.idle.wait(s.ctx, 0)
	return discardFile{}, nil
}

// discardFile is a file of the check, thrown away.
type discardFile struct{}

func (discardFile) Write(p []byte) (int, error) { return len(p), nil }
func (discardFile) Close() error                { return nil }

// Discards tells the page's rendering to count its bytes, not keep them
// (site.Discarder).
func (discardFile) Discards() bool { return true }
