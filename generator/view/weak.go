package view

import (
	"sync"
	"weak"
)

// weakValue holds a value worked out on first use for as long as the
// garbage collector leaves it: the views of a node are shown on several
// pages (the plan page, its ancestors' pages and its own, side by side),
// which a build renders close together, so a value made for one page is
// usually still there for the next; but a plan of 50,000 passages, or a
// library of a hundred plans, must not hold every view it has shown until
// the build ends. A value the collector took is made again: it must not
// depend on the page asking, so pages read the same either way.
type weakValue[T any] struct {
	mu sync.Mutex
	p  weak.Pointer[T]
}

// get returns the value, calling f when there is none. Two pages asking
// at once may both call f; one value is kept.
func (w *weakValue[T]) get(f func() *T) *T {
	w.mu.Lock()
	v := w.p.Value()
	w.mu.Unlock()
	if v != nil {
		return v
	}
	v = f()
	w.mu.Lock()
	defer w.mu.Unlock()
	if old := w.p.Value(); old != nil {
		return old
	}
	w.p = weak.Make(v)
	return v
}
