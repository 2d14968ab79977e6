package site

import (
	"bytes"
	"runtime"
	"sync"
)

// Pages render on every core while the producers go on describing pages.
//
// A page's templates link through the document views they are handed
// (Doc.Rel, Node.HeadingLevel read Doc.page), so a view belongs to one page
// at a time: a page binds the views of its language (Page.Docs), its own
// document and any views it names in Page.binds, and a worker starts a page
// only when none of them is bound to a page rendering elsewhere. Pages in
// different languages, or of different plans, thus render side by side.
//
// The output does not depend on the schedule: each page renders into its
// own slot, the slots go into the site in the order the producers described
// the pages, and the error reported is the one a build rendering page after
// page would have stopped at (see renderPool.finish).

// pageJob is one page to render.
type pageJob struct {
	name   string // file the page is written to
	page   *Page
	views  []*Doc // views bound while it renders
	out    []byte
	err    error
	key    digest // the page's key, in a preview build (reuse.go)
	reused bool   // out is the last build's
}

// renderPool renders pages with one worker per core.
type renderPool struct {
	b       *builder
	mu      sync.Mutex
	wake    *sync.Cond // a job was added, a view was freed, or the pool closed
	jobs    []*pageJob // every job, in the order the producers added them
	pending []*pageJob // jobs no worker has started, in order
	bound   map[*Doc]bool
	closed  bool
	wg      sync.WaitGroup
}

func newRenderPool(b *builder) *renderPool {
	rp := &renderPool{b: b, bound: map[*Doc]bool{}}
	rp.wake = sync.NewCond(&rp.mu)
	for range runtime.GOMAXPROCS(0) {
		rp.wg.Add(1)
		go rp.work()
	}
	return rp
}

// add queues p to be rendered into the file name, unless the last build's
// page there has the same key (reuse.go).
func (rp *renderPool) add(name string, p *Page) {
	j := &pageJob{name: name, page: p, views: pageViews(p)}
	if rp.b.keyed {
		j.key = p.pageKey()
		if out, ok := rp.b.reuse(name, j.key); ok {
			j.out, j.reused = out, true
			rp.mu.Lock()
			rp.jobs = append(rp.jobs, j)
			rp.mu.Unlock()
			return
		}
	}
	rp.mu.Lock()
	rp.jobs = append(rp.jobs, j)
	rp.pending = append(rp.pending, j)
	rp.mu.Unlock()
	rp.wake.Signal()
}

// ownViews are views of every plan in every language: the build's, and
// those of a page that shows several languages, which would otherwise bind
// every view another page needs.
func (b *builder) ownViews() map[string][]*Doc {
	views := map[string][]*Doc{}
	for _, lang := range Langs {
		for _, d := range b.docs {
			v := newDoc(d, lang, b.tr)
			v.b = b
			views[lang] = append(views[lang], v)
		}
	}
	return views
}

// pageViews are the views p's templates may link through.
func pageViews(p *Page) []*Doc {
	vs := append([]*Doc(nil), p.Docs...)
	if p.Doc != nil {
		vs = append(vs, p.Doc)
	}
	return append(vs, p.binds...)
}

// work renders jobs until the pool is closed and drained.
func (rp *renderPool) work() {
	defer rp.wg.Done()
	var buf bytes.Buffer
	for {
		j := rp.take()
		if j == nil {
			return
		}
		for _, d := range j.views {
			d.page = j.page
		}
		j.out, j.err = rp.b.tmpl.render(j.page, &buf)
		rp.mu.Lock()
		for _, d := range j.views {
			delete(rp.bound, d)
		}
		rp.mu.Unlock()
		rp.wake.Broadcast()
	}
}

// take waits for a pending job whose views are all free (see next) and
// binds them; it returns nil once the pool is closed and nothing is
// pending.
func (rp *renderPool) take() *pageJob {
	rp.mu.Lock()
	defer rp.mu.Unlock()
	for {
		if i := rp.next(); i >= 0 {
			j := rp.pending[i]
			rp.pending = append(rp.pending[:i], rp.pending[i+1:]...)
			for _, d := range j.views {
				rp.bound[d] = true
			}
			return j
		}
		if rp.closed && len(rp.pending) == 0 {
			return nil
		}
		rp.wake.Wait()
	}
}

// next is the index of the first pending job whose views are free, or -1.
func (rp *renderPool) next() int {
	for i, j := range rp.pending {
		if rp.free(j) {
			return i
		}
	}
	return -1
}

func (rp *renderPool) free(j *pageJob) bool {
	for _, d := range j.views {
		if rp.bound[d] {
			return false
		}
	}
	return true
}

// finish waits for every page and puts them into the site. failed is the
// producers' error, if one stopped them; it happened after every page added
// before it, so a page that failed earlier is the error reported, as in a
// build that renders each page the moment it is described.
func (rp *renderPool) finish(failed error) error {
	rp.mu.Lock()
	rp.closed = true
	rp.mu.Unlock()
	rp.wake.Broadcast()
	rp.wg.Wait()
	for _, j := range rp.jobs {
		if j.err != nil {
			return j.err
		}
		rp.b.files[j.name] = j.out
	}
	return failed
}

// count returns how many pages the pool has and how many it rendered
// rather than reused.
func (rp *renderPool) count() (pages, rendered int) {
	rp.mu.Lock()
	defer rp.mu.Unlock()
	for _, j := range rp.jobs {
		if !j.reused {
			rendered++
		}
	}
	return len(rp.jobs), rendered
}
