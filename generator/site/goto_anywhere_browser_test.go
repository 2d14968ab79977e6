package site_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"plansite/generator/cdp"
)

// TestGotoFromEveryPage types each form of passage number the one box
// takes — Chinese and English labels, the outline's digits, the citation
// label, a key project by its number or its table, an eId — into the
// search box of every kind of page, in both languages, and submits: the
// reader must land on the passage in the page's language.
func TestGotoFromEveryPage(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	srv := serve(t, buildFrozen(t))
	b := cdp.Start(t, 1280, 900)
	// Every form from the home page, a permalink page and the results
	// page; two from the other kinds of page.
	every := []string{"/%s/", "/%s/" + slug + "/part_3/", "/%s/search/?q=x"}
	pages := append(every, "/%s/"+slug+"/targets/", "/%s/departments/", "/%s/departments/education-sports-bureau/",
		"/%s/glossary/", "/%s/"+slug+"/data/", "/%s/"+slug+"/matrix/", "/%s/"+slug+"/parallel/")
	queries := []struct{ q, eid string }{
		{"二（一）3", "part_2__sec_1__item_3"},
		{"2.1.3", "part_2__sec_1__item_3"},
		{"II (1) 3", "part_2__sec_1__item_3"},
		{"第二部分（一）3", "part_2__sec_1__item_3"},
		{"Part II (1) 3", "part_2__sec_1__item_3"},
		{"重点项目7", "proj_7"},
		{"Table 2 item 7", "proj_7"},
		{"表2第7项", "proj_7"},
		{"part_2__sec_1__item_3", "part_2__sec_1__item_3"},
	}
	for _, lang := range []string{"zh", "en"} {
		for _, p := range pages {
			url := strings.Replace(p, "%s", lang, 1)
			for i, c := range queries {
				if i > 1 && !slices.Contains(every, p) {
					break
				}
				t.Run(url+" "+c.q, func(t *testing.T) {
					must(t, b.Navigate(srv.URL+url))
					// The box is search.js's once it is a combobox: a form
					// submitted before that is the browser's, to the results
					// page, as for a reader without script.
					must(t, b.WaitFor(`(document.querySelector('form.site-search')||document.querySelector('form.search-form')).q.getAttribute('role') === 'combobox'`))
					q, _ := json.Marshal(c.q)
					must(t, b.Eval(`(function(){var f=document.querySelector('form.site-search')||document.querySelector('form.search-form');f.q.value=`+string(q)+`;f.requestSubmit();})()`, nil))
					at := `location.pathname.startsWith('/` + lang + `/` + slug + `/') && (location.hash === '#` + c.eid + `' || location.pathname.endsWith('/` + c.eid + `/'))`
					if err := b.WaitFor(at); err != nil {
						var where string
						b.Eval(`location.pathname + location.search + location.hash`, &where)
						t.Errorf("%q from %s: at %s, want %s's passage %s", c.q, url, where, lang, c.eid)
					}
				})
			}
		}
	}
}
