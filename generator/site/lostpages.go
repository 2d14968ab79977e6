package site

import (
	"bufio"
	"fmt"
	"path/filepath"
	"strings"

	"plansite/generator/plan"
	"plansite/generator/view"
)

// Staff cite a passage by its page (/zh/<slug>/<eId>/) and expect the
// link to work for years. A revision of the text, or a parser that reads
// it better, may renumber passages, and a renamed seed moves a whole plan;
// the pages at the old addresses then vanish with the next build. So the
// build compares the plans' pages the previous output listed in its
// marker with those it wrote, and warns of each plan's lost pages, for
// the editor to list in content/aliases.yaml (which publishes a redirect
// at each old address) or to let go.

// lostShown is how many lost addresses a warning names.
const lostShown = 5

// publishedPages returns the pages below a plan's own page,
// zh/<slug>/…/index.html, that the previous output in dir lists in its
// marker; none when dir holds no output or its marker lists nothing. A
// plan's pages are in both languages alike, so the Chinese stand for all.
// A directory of zh/ is a plan's where it has an open-data page
// (zh/<slug>/data/), which no other section of the site has.
func publishedPages(dir string) []string {
	var pages []string
	plans := map[string]bool{}
	manifestLines(filepath.Join(dir, OutputMarker), func(rel string) {
		parts := strings.Split(rel, "/")
		if len(parts) < 4 || parts[0] != view.SourceLang || parts[len(parts)-1] != "index.html" {
			return
		}
		if len(parts) == 4 && parts[2] == "data" {
			plans[parts[1]] = true
		}
		pages = append(pages, rel)
	})
	out := pages[:0]
	for _, p := range pages {
		if plans[strings.Split(p, "/")[1]] {
			out = append(out, p)
		}
	}
	return out
}

// manifestLines calls fn with every path the marker at name lists; it
// does nothing for a marker that is missing or lists nothing.
func manifestLines(name string, fn func(rel string)) {
	f, r, _ := openManifest(name)
	if f != nil {
		defer f.Close()
	}
	if r == nil {
		return
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fn(sc.Text())
	}
}

// lostPages returns a warning for each plan of before (publishedPages)
// whose pages the output in dir, just written, no longer lists: per plan
// of docs, its file and the lost addresses; per plan gone, its slug. It
// leaves out the plans of listed, which the project's ledger of
// published addresses lists (alias.PublishedFile): the ledger's
// warnings name each lost address at its line.
func lostPages(dir string, before []string, docs []*plan.Document, listed map[string]bool) []plan.Warning {
	if len(before) == 0 {
		return nil
	}
	now := map[string]bool{}
	manifestLines(filepath.Join(dir, OutputMarker), func(rel string) { now[rel] = true })
	files := map[string]string{}
	for _, d := range docs {
		files[d.Slug] = d.Original.Name
	}
	lost := map[string][]string{} // slug → addresses
	var order []string
	for _, rel := range before {
		slug := strings.Split(rel, "/")[1]
		if now[rel] || listed[slug] {
			continue
		}
		if lost[slug] == nil {
			order = append(order, slug)
		}
		lost[slug] = append(lost[slug], "/"+strings.TrimSuffix(rel, "index.html"))
	}
	var out []plan.Warning
	for _, slug := range order {
		pages := lost[slug]
		named := pages[:min(len(pages), lostShown)]
		more := ""
		if len(pages) > len(named) {
			more = fmt.Sprintf(" and %d more", len(pages)-len(named))
		}
		if file, ok := files[slug]; ok {
			what := fmt.Sprintf("%d pages the last build published are gone, and links to them fail", len(pages))
			if len(pages) == 1 {
				what = "1 page the last build published is gone, and links to it fail"
			}
			out = append(out, plan.Warning{File: file, Msg: fmt.Sprintf("%s: %s%s; list each old eId in content/aliases.yaml with the passage it became (a redirect), unless the passage is gone for good",
				what, strings.Join(named, ", "), more)})
			continue
		}
		out = append(out, plan.Warning{File: "seeds/", Msg: fmt.Sprintf("the plan %[1]s the last build published is gone (%[2]d pages), and links to it fail; if its seed was renamed, naming it %[1]s again keeps its addresses",
			slug, len(pages))})
	}
	return out
}
