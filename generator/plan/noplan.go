package plan

import (
	"fmt"
	"strings"
)

// NoSuchPlan is what the editors' files keyed by plan (content/works.yaml,
// content/aliases.yaml) say of a key naming none of docs: the plans there
// are, the first few, and the likely cause, a seed renamed without its
// entries.
func NoSuchPlan(slug string, docs []*Document) string {
	const shown = 5
	var names []string
	for _, d := range docs[:min(len(docs), shown)] {
		names = append(names, d.Slug)
	}
	list := strings.Join(names, ", ")
	if len(docs) > shown {
		list += fmt.Sprintf(" and %d more", len(docs)-shown)
	}
	return fmt.Sprintf("no plan %q in seeds/ (its plans: %s): was its seed renamed? Name the entry as the seed, without its extension", slug, list)
}
