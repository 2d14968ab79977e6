package site

import (
	"io/fs"
	"maps"
	"slices"

	"plansite/generator/plan"
)

// Staged is a build whose files are all known while its pages may still
// be rendering: the preview serves the pages open in browsers as soon as
// they are rendered, and renders the rest meanwhile (Preview.Stage).
//
// Every file it gives is the file Render would make from the same inputs:
// a page is rendered by the same pool, from the same views, whether it
// is rendered first, on request or in the background, and its output does
// not depend on the schedule (pagepool.go).
type Staged struct {
	files    map[string][]byte   // every file; pages are nil here
	jobs     map[string]*pageJob // pages by file, until done
	pool     *renderPool
	warnings []plan.Warning
	done     chan struct{} // closed when every page is rendered
	site     *Site
	err      error
}

// Finished is a Staged for a site already complete.
func Finished(s *Site) *Staged {
	done := make(chan struct{})
	close(done)
	return &Staged{files: s.Files, warnings: s.Warnings, done: done, site: s}
}

// Stage is Render in stages: it describes every page, renders the pages
// named in first (site file names, such as zh/index.html; others are
// ignored), and returns while the other pages render. Builds are
// serialised: the next Stage or Render waits until this one is complete.
// If a first page fails, Stage waits for the whole build and returns the
// error Render would; a later failure is Wait's.
func (pv *Preview) Stage(root fs.FS, docs []*plan.Document, first []string) (*Staged, error) {
	pv.mu.Lock()
	in, err := readPreviewInputs(root, docs)
	if last := pv.last; err != nil || last != nil && last.in.sameBut(in) {
		// Only page templates changed, which is fast already, or the
		// files are wrong, which Render reports in its own words.
		defer pv.mu.Unlock()
		s, err := pv.render(root, docs)
		if err != nil {
			return nil, err
		}
		return Finished(s), nil
	}
	b, err := pv.next(root, docs, in)
	if err != nil {
		pv.mu.Unlock()
		return nil, err
	}
	st, err := b.stage(first)
	if err != nil {
		pv.mu.Unlock()
		return nil, err
	}
	go func() {
		defer pv.mu.Unlock()
		st.err = b.pool.finish(nil)
		b.last = nil
		if st.err == nil {
			st.site = b.site()
			pv.last = &previewBuild{in: in, b: b, jobs: b.pool.jobs, site: st.site}
		}
		close(st.done)
	}()
	return st, nil
}

// stage runs the producers while only the first pages render, waits for
// those, and lets the others render.
func (b *builder) stage(first []string) (*Staged, error) {
	b.pool = newRenderPool(b)
	b.pool.mu.Lock()
	b.pool.hold = true
	b.pool.first = map[string]bool{}
	for _, name := range first {
		b.pool.first[name] = true
	}
	b.pool.mu.Unlock()
	if err := b.produce(); err != nil {
		return nil, b.pool.finish(err)
	}
	st := &Staged{
		files: maps.Clone(b.files), jobs: map[string]*pageJob{}, pool: b.pool,
		warnings: b.site().Warnings, done: make(chan struct{}),
	}
	for _, j := range b.pool.jobs {
		st.jobs[j.name] = j
	}
	for _, j := range b.pool.jobs {
		if !j.first {
			continue
		}
		if <-j.done; j.err != nil {
			return nil, b.pool.finish(nil)
		}
	}
	b.pool.mu.Lock()
	b.pool.hold = false
	b.pool.mu.Unlock()
	b.pool.wake.Broadcast()
	return st, nil
}

// File returns the file at name (zh/index.html) and whether the site has
// one; a page not rendered yet is rendered next and waited for. The error
// is the page's rendering error.
func (st *Staged) File(name string) ([]byte, bool, error) {
	data, ok := st.files[name]
	if j := st.jobs[name]; ok && j != nil {
		select {
		case <-j.done:
		default:
			st.pool.promote(j)
			<-j.done
		}
		return j.out, true, j.err
	}
	return data, ok, nil
}

// Has reports whether the site has a file at name, without waiting.
func (st *Staged) Has(name string) bool {
	_, ok := st.files[name]
	return ok
}

// Paths returns the site's file paths in order, as Site.Paths.
func (st *Staged) Paths() []string {
	return slices.Sorted(maps.Keys(st.files))
}

// Warnings are the site's warnings, as Site.Warnings.
func (st *Staged) Warnings() []plan.Warning { return st.warnings }

// Wait waits until every page is rendered and returns the site Render
// would return, or its error.
func (st *Staged) Wait() (*Site, error) {
	<-st.done
	return st.site, st.err
}

// promote makes j the next page to render, if it has not started.
func (rp *renderPool) promote(j *pageJob) {
	rp.mu.Lock()
	j.first = true
	rp.mu.Unlock()
	rp.wake.Broadcast()
}
