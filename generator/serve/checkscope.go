package serve

import (
	"context"
	"path"
	"strings"

	"plansite/generator/site"
)

// layoutFile reports whether name, a file a save changed, is a template
// that prints pages (templates/<kind>.html, base.html, a partial): a save
// of those alone changes no plan, no data file and no page of a kind whose
// templates are unchanged.
func layoutFile(name string) bool {
	dir, base := path.Split(name)
	return (dir == "templates/" || dir == "templates/partials/") && strings.HasSuffix(base, ".html") && !ignored(base)
}

// checkScope is what the next check must render: every page, unless
// every file changed since the last check that passed is a template
// (layoutFile), when only the pages of the kinds whose templates are not
// that check's (site.Project.RenderLayouts).
type checkScope struct {
	passed site.Layouts // the templates of the last check that passed
	known  bool         // passed is set and only templates changed since
}

// saw notes the files a save changed; nil means unknown (the first load).
func (cs *checkScope) saw(changed []string) {
	if changed == nil {
		cs.known = false
	}
	for _, f := range changed {
		if !layoutFile(f) {
			cs.known = false
		}
	}
}

// pass records that proj's check passed: the pages a later save's check
// may leave out are compared with its templates.
func (cs *checkScope) pass(proj *site.Project) {
	cs.passed, cs.known = proj.Layouts(), true
}

// since is what a check of the current project compares with, and
// whether it renders every page.
func (cs *checkScope) since() (site.Layouts, bool) {
	if !cs.known {
		return site.Layouts{}, true
	}
	return cs.passed, false
}

// render checks proj's pages against since, every page when all is set,
// into sink; it returns how many pages it rendered, -1 for all of them.
func render(ctx context.Context, proj *site.Project, lim site.Limits, sink site.Sink, since site.Layouts, all bool) (int, error) {
	if all {
		return -1, proj.RenderTo(ctx, lim, sink)
	}
	return proj.RenderLayouts(ctx, lim, sink, since)
}
