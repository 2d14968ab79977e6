package site

import (
	"context"
	"html/template"
	"sync/atomic"
)

// Layouts identifies the templates each kind of page is printed with in a
// loaded project. A load keeps a kind's parsed templates when their files
// (base.html, the partials, the kind's own) and the interface strings are
// byte for byte those of the load before (loadTemplates), so a kind whose
// templates did not change has the same Layouts entry from one load to the
// next. The zero value matches no kind.
type Layouts struct{ kinds map[string]*template.Template }

// Layouts returns the identity of p's templates, kind by kind; it holds the
// parsed templates, not the plans.
func (p *Project) Layouts() Layouts {
	kinds := make(map[string]*template.Template, len(p.b.tmpl.kinds))
	for k, t := range p.b.tmpl.kinds {
		kinds[k] = t
	}
	return Layouts{kinds}
}

// RenderLayouts renders into sink, as RenderTo does, only the pages whose
// kind's templates are not those of since, and no other file; it returns
// how many pages it rendered. It is the check of a save that changed
// templates alone, after since's project was rendered whole without a
// failure: every other page is printed by the same templates from the
// same plans and files as then, and the data files are made without
// templates.
func (p *Project) RenderLayouts(ctx context.Context, lim Limits, sink Sink, since Layouts) (int, error) {
	var n atomic.Int64
	err := p.b.renderTo(ctx, lim, sink, func(pg *Page) bool {
		t, ok := since.kinds[pg.Kind]
		if ok && t == p.b.tmpl.kinds[pg.Kind] {
			return false
		}
		n.Add(1)
		return true
	})
	return int(n.Load()), err
}
