package site_test

import (
	"encoding/json"
	"strings"
	"testing"

	"plansite/generator/cdp"
)

// TestGotoFromEveryPage types each form of passage number the one box
// takes — Chinese and English labels, the outline's digits, the citation
// label, a key project by its number or its table, an eId — into the
// search box of every kind of page, in both languages, and submits: the
// reader must land on the passage in the page's language.
//
// Each page is loaded once and every form is submitted from it: the
// navigation search.js starts is recorded and cancelled (the Navigation
// API's navigate event), so the page stays for the next form, and the plan
// page is not loaded some eighty times. One submission a language goes
// through, to check that the reader lands on the passage itself.
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
	pages := []string{"/%s/", "/%s/" + slug + "/part_3/", "/%s/search/?q=x", "/%s/" + slug + "/targets/", "/%s/departments/",
		"/%s/departments/education-sports-bureau/", "/%s/glossary/", "/%s/" + slug + "/data/", "/%s/" + slug + "/matrix/", "/%s/" + slug + "/parallel/"}
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
	// The box is search.js's once it is a combobox: a form submitted
	// before that is the browser's, to the results page, as for a reader
	// without script.
	const box = `(document.querySelector('form.site-search')||document.querySelector('form.search-form'))`
	submit := func(q string) {
		j, _ := json.Marshal(q)
		must(t, b.Eval(`(function(){var f=`+box+`;f.q.value=`+string(j)+`;f.requestSubmit();})()`, nil))
	}
	for _, lang := range []string{"zh", "en"} {
		// at tells whether a URL is the passage eid of lang's plan page, or
		// its permalink page.
		at := func(url, eid string) string {
			return `(function(u){return u.pathname.startsWith('/` + lang + `/` + slug + `/') && (u.hash === '#` + eid + `' || u.pathname.endsWith('/` + eid + `/'))})(new URL(` + url + `))`
		}
		for _, p := range pages {
			url := strings.Replace(p, "%s", lang, 1)
			must(t, b.Navigate(srv.URL+url))
			must(t, b.WaitFor(box+`.q.getAttribute('role') === 'combobox'`))
			must(t, b.Eval(`window.gotoTo = []; navigation.addEventListener('navigate', function (e) { gotoTo.push(e.destination.url); e.preventDefault(); })`, nil))
			for _, c := range queries {
				t.Run(url+" "+c.q, func(t *testing.T) {
					must(t, b.Eval(`gotoTo.length = 0`, nil))
					submit(c.q)
					must(t, b.WaitFor(`gotoTo.length > 0`))
					var ok bool
					var where string
					must(t, b.Eval(at(`gotoTo[0]`, c.eid), &ok))
					if !ok {
						b.Eval(`gotoTo.join(', ')`, &where)
						t.Errorf("%q from %s: to %s, want %s's passage %s", c.q, url, where, lang, c.eid)
					}
				})
			}
		}
		c := queries[0]
		t.Run("/"+lang+"/ "+c.q+" followed", func(t *testing.T) {
			must(t, b.Navigate(srv.URL+"/"+lang+"/"))
			must(t, b.WaitFor(box+`.q.getAttribute('role') === 'combobox'`))
			submit(c.q)
			if err := b.WaitFor(at(`location.href`, c.eid) + ` && document.getElementById('` + c.eid + `')`); err != nil {
				var where string
				b.Eval(`location.pathname + location.search + location.hash`, &where)
				t.Errorf("%q from /%s/: at %s, want %s's passage %s", c.q, lang, where, lang, c.eid)
			}
		})
	}
}
