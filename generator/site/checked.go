package site

import (
	"context"
	"html/template"
	"sync"
)

// Checked records the pages that rendered without a failure, each with
// the templates it was printed with, while nothing but templates changes:
// the check of a later save renders only the pages it has not recorded
// with their kind's templates of that save. A load keeps a kind's parsed
// templates while their files (base.html, the partials, the kind's own)
// and the interface strings are byte for byte those of the load before
// (loadTemplates), so the same templates mean the same page from the same
// plans. A save that changes anything else needs a new Checked. It is
// safe for concurrent use.
type Checked struct {
	mu    sync.Mutex
	pages map[string]*template.Template // page path → the templates it passed with
	data  bool                          // the data files were made without a failure
}

// pageScope is the part of the site a rendering makes (renderTo): the
// pages keep keeps, each told to rendered once made; the data files if
// data is set.
type pageScope struct {
	keep     func(*Page) bool
	rendered func(*Page)
	data     bool
}

// RenderUnchecked renders into sink, as RenderTo does, the pages c has
// not recorded as rendered with their kind's templates of p, recording
// each as it renders, and the data files, which templates do not make,
// unless c records them made; it returns how many pages it rendered. It
// is the preview's check: after saves of templates alone only the pages
// of the kinds whose templates changed are rendered again, and after a
// check cut short, only those it had not reached.
func (p *Project) RenderUnchecked(ctx context.Context, lim Limits, sink Sink, c *Checked) (int, error) {
	c.mu.Lock()
	if c.pages == nil {
		c.pages = map[string]*template.Template{}
	}
	data := !c.data
	c.mu.Unlock()
	kinds := p.b.tmpl.kinds
	n := 0 // counted by renderTo's one producer
	err := p.b.renderTo(ctx, lim, sink, &pageScope{
		keep: func(pg *Page) bool {
			c.mu.Lock()
			defer c.mu.Unlock()
			t, ok := c.pages[pg.Path]
			if ok && t == kinds[pg.Kind] && t != nil {
				return false
			}
			n++
			return true
		},
		rendered: func(pg *Page) {
			c.mu.Lock()
			defer c.mu.Unlock()
			c.pages[pg.Path] = kinds[pg.Kind]
		},
		data: data,
	})
	if err == nil {
		c.mu.Lock()
		c.data = true
		c.mu.Unlock()
	}
	return n, err
}

// Pages is how many pages c records as rendered.
func (c *Checked) Pages() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.pages)
}
