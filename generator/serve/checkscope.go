package serve

import (
	"path"
	"slices"
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

// checkScope is what the next check must render: the pages not recorded
// as rendered with their templates since the last save of anything but
// templates (site.Checked), so that after saves of templates alone only
// the pages of the kinds whose templates changed are rendered, and a check
// a save cut short is taken up where it was, not begun again.
type checkScope struct {
	checked *site.Checked // nil: every page
}

// saw notes the files a save changed; nil means unknown (the first load).
// A file that is not a template may change any page: what was checked is
// forgotten.
func (cs *checkScope) saw(changed []string) {
	if changed == nil || cs.checked == nil || slices.ContainsFunc(changed, func(f string) bool { return !layoutFile(f) }) {
		cs.checked = &site.Checked{}
	}
}

// next is the record the check of the current project renders against.
func (cs *checkScope) next() *site.Checked {
	if cs.checked == nil {
		cs.checked = &site.Checked{}
	}
	return cs.checked
}
