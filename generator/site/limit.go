package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"sync"
	"sync/atomic"
	"time"

	tparse "text/template/parse"

	"plansite/generator/plan"
	"plansite/generator/pos"
)

// Limits bound the rendering of one page, the preview's guard against a
// template that loops or prints without end ({{range add 30000000 0}}x{{end}}):
// such a page stops with an error naming the template's file and line
// instead of taking the server's time and memory. The zero value sets no
// bound, as for `build`.
type Limits struct {
	Time  time.Duration // wall time per page
	Bytes int           // output per page
}

// PreviewLimits are the preview's: a real page renders in milliseconds
// and is well under a megabyte.
func PreviewLimits() Limits { return Limits{Time: 2 * time.Second, Bytes: 50 << 20} }

// Per megabyte of the largest plan's text, For widens the limits by
// these: a page shows a plan's text a few times over (the plan page
// prints every passage with its label, anchors, citation controls and
// English), so a page's size grows with the plan's, and its time with it.
// The Zichuan plan's 60 KB of text make a 350 KB page; a generated plan of
// 5 MB (bench -seed 5) a 111 MB Chinese and a 122 MB English page, which
// render in 16 and 21 s in the preview on the loaded two-core machine,
// and its library card in over 2 s the first time (the plan's progress is
// worked out then). The largest plan, not all of them: a library's pages
// are no larger for its number of plans than 2 s and 50 MB allow, and a
// template looping on one is stopped as soon.
const (
	bytesPerTextMB = 40 << 20
	timePerTextMB  = 8 * time.Second
)

// For is lim widened for the pages of p, whose largest plan's text is
// larger than a real plan's: the limits are there to stop a template that
// loops, and a plan ten times larger makes pages ten times larger, which
// must not read as one. A zero Limits (no bound) stays zero.
func (lim Limits) For(p *Project) Limits {
	mb := float64(p.b.largestText()) / (1 << 20)
	if lim.Time > 0 {
		lim.Time += time.Duration(mb * float64(timePerTextMB))
	}
	if lim.Bytes > 0 {
		lim.Bytes += int(mb * bytesPerTextMB)
	}
	return lim
}

// largestText is the size of the largest plan's text: every heading, text
// and table cell.
func (b *builder) largestText() int {
	largest := 0
	for _, d := range b.docs {
		n := 0
		d.Walk(func(x *plan.Node) bool {
			n += len(x.Heading) + len(x.Text)
			for _, r := range x.Rows {
				for _, c := range r {
					n += len(c)
				}
			}
			return true
		})
		largest = max(largest, n)
	}
	return largest
}

// execute runs t's "base.html" on p into out. Without limits it writes
// into out as it goes. Within limits it runs the template on a goroutine
// of its own into a buffer, copied to out once complete, and stops waiting
// for it when the time is up or ctx ends; every write after that fails,
// which ends the template at its next output. A loop printing nothing
// cannot be stopped: its goroutine runs on, but the page has failed and
// nothing waits on it.
func (ts templates) execute(ctx context.Context, t *template.Template, p *Page, lim Limits, out io.Writer) error {
	if lim == (Limits{}) {
		// Every write fails once ctx ends, which stops even a loop that
		// prints nothing at its next iteration (guard.go).
		w := &haltWriter{w: out}
		stop := context.AfterFunc(ctx, func() { w.halted.Store(true) })
		defer stop()
		err := safeExecute(t, w, p)
		if w.halted.Load() && ctx.Err() != nil {
			return ctx.Err()
		}
		return err
	}
	w := &limitWriter{max: lim.Bytes, discard: discards(out)}
	done := make(chan error, 1)
	go func() { done <- safeExecute(t, w, p) }()
	var timeout <-chan time.Time
	if lim.Time > 0 {
		timer := time.NewTimer(lim.Time)
		defer timer.Stop()
		timeout = timer.C
	}
	select {
	case err := <-done:
		if errors.Is(err, errTooBig) {
			return ts.limitError(t, w, fmt.Sprintf("the page is over %d MB, the preview's limit: does a template loop without end?", lim.Bytes>>20))
		}
		if err != nil {
			return err
		}
		_, err = out.Write(w.buf.Bytes())
		return err
	case <-timeout:
		w.halt(errTooLong)
		return ts.limitError(t, w, fmt.Sprintf("the page took over %v to render, the preview's limit: does a template loop without end?", lim.Time))
	case <-ctx.Done():
		w.halt(ctx.Err())
		return ctx.Err()
	}
}

// safeExecute executes t, turning a panic in a method the template calls
// into an error.
func safeExecute(t *template.Template, w io.Writer, p *Page) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("template panicked: %v", r)
		}
	}()
	return t.ExecuteTemplate(w, "base.html", p)
}

// haltWriter writes to w until halted, then fails every write.
type haltWriter struct {
	w      io.Writer
	halted atomic.Bool
}

func (h *haltWriter) Write(b []byte) (int, error) {
	if h.halted.Load() {
		return 0, context.Canceled
	}
	return h.w.Write(b)
}

var (
	errTooBig  = errors.New("output limit reached")
	errTooLong = errors.New("time limit reached")
)

// limitWriter is a page's output within limits. It remembers the last
// writes, which are mostly template text, to tell where the template was.
type limitWriter struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	size    int // bytes written
	max     int
	discard bool // the page is thrown away (a check): count it, keep none of it
	err     error
	recent  [8][]byte
	n       int
}

// Discarder is a writer that throws away what it is given, as the
// preview's check of every page does: a page rendered into it within
// limits is counted, not held whole (a generated plan's page is over
// 100 MB).
type Discarder interface {
	io.Writer
	Discards() bool
}

// discards reports whether out throws away what it is given.
func discards(out io.Writer) bool {
	d, ok := out.(Discarder)
	return out == io.Discard || ok && d.Discards()
}

func (w *limitWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return 0, w.err
	}
	if w.max > 0 && w.size+len(b) > w.max {
		w.err = errTooBig
		return 0, w.err
	}
	if len(b) == 0 {
		return 0, nil // a loop's tick (guard.go)
	}
	w.recent[w.n%len(w.recent)] = b
	w.n++
	w.size += len(b)
	if w.discard {
		return len(b), nil
	}
	return w.buf.Write(b)
}

// halt makes every later write fail with err.
func (w *limitWriter) halt(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
}

// limitError is msg at the place in t's templates where the page was when
// it stopped: the end of the last template text written, which inside a
// loop that prints is the loop's own text, and before a loop that does not
// is just before it.
func (ts templates) limitError(t *template.Template, w *limitWriter, msg string) error {
	w.mu.Lock()
	var recent [][]byte
	for i := 1; i <= len(w.recent) && i <= w.n; i++ {
		recent = append(recent, w.recent[(w.n-i)%len(w.recent)])
	}
	w.mu.Unlock()
	for _, b := range recent {
		if len(b) == 0 {
			continue
		}
		for _, u := range t.Templates() {
			if u.Tree == nil {
				continue
			}
			if n := textNodeOf(u.Tree.Root, b); n != nil {
				return ts.textError(t, u.Tree, n, msg)
			}
		}
	}
	return &pos.Error{File: "templates/", Msg: msg}
}

// textError is msg at the end of the text node n of tree.
func (ts templates) textError(t *template.Template, tree *tparse.Tree, n *tparse.TextNode, msg string) error {
	end := &tparse.TextNode{NodeType: tparse.NodeText, Pos: n.Pos + tparse.Pos(len(n.Text))}
	if bytes.HasSuffix(n.Text, []byte("\n")) {
		end.Pos-- // the line the text ends on, not the next
	}
	e := placeOf(tree, ts.fileOf(t, tree), end)
	e.Msg = msg
	return e
}

// fileOf is the project file tree was parsed from. Escaping copies a
// template called in several contexts; a copy is named by its parse name,
// the page kind's own file first.
func (ts templates) fileOf(t *template.Template, tree *tparse.Tree) string {
	if f, ok := ts.files[tree]; ok {
		return f
	}
	for kind, k := range ts.kinds {
		if k == t && tree.ParseName == kind+".html" {
			return "templates/" + tree.ParseName
		}
	}
	return baseFile(tree.ParseName)
}

// textNodeOf finds the text node under n whose text is written, the same
// bytes and not a copy.
func textNodeOf(n tparse.Node, written []byte) *tparse.TextNode {
	for x := range nodes(n) {
		if t, ok := x.(*tparse.TextNode); ok && len(t.Text) > 0 && &t.Text[0] == &written[0] {
			return t
		}
	}
	return nil
}
