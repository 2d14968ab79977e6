package site

import (
	"strings"

	"plansite/generator/alias"
	"plansite/generator/view"
)

// publishedCheck warns of every address the project's ledger of
// published addresses (alias.PublishedFile) lists that nothing answers
// now: no plan, no alias, no department's page. It runs once the
// departments' pages are described.
func (b *builder) publishedCheck() error {
	published, err := alias.ReadPublished(b.root)
	if err != nil {
		return err
	}
	b.warnings = append(b.warnings, alias.Lost(published, b.docs, b.citing.aliases, b.deptAnswers(), maxMissingWarnings)...)
	b.citing.listed = map[string]bool{}
	for _, a := range published {
		b.citing.listed[a.Slug] = true
	}
	return nil
}

// deptAnswers are the slugs the site has a page at under
// /<lang>/departments/: every department's own, and the former slugs of
// the registry's, which redirect (formerSlugs). They are read from the
// pages described, so that what the ledger counts as answering is what
// the site publishes.
func (b *builder) deptAnswers() map[string]bool {
	prefix := view.SourceLang + "/departments/"
	out := map[string]bool{}
	for name := range b.byName {
		rest, ok := strings.CutPrefix(name, prefix)
		slug, page := strings.CutSuffix(rest, "/index.html")
		if ok && page && slug != "" && !strings.Contains(slug, "/") {
			out[slug] = true
		}
	}
	return out
}

// Departments are the slugs of the departments' pages, in the index's
// order, and every slug the site answers for a department (Departments'
// and the registry's former slugs), for the ledger of published
// addresses.
func (p *Project) Departments() (pages []string, answers map[string]bool) {
	for _, d := range p.b.linking.index {
		pages = append(pages, d.Slug)
	}
	return pages, p.b.deptAnswers()
}
