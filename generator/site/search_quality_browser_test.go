package site

import (
	"encoding/json"
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/search"
	"plansite/generator/view"
)

// TestSearchQualityInBrowser runs the quality set (search/testdata/
// quality.json: every example query of the one-box issue and the hidden
// queries) through the real client in headless Chromium, on the site
// built from the frozen project as a reader gets it — its scripts and its
// index files served under a sub-path — and judges each answer: the top
// results, the passage a number goes to, synonyms, partial matches and
// suggestions.
func TestSearchQualityInBrowser(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	bld, docs := builtForSearch(t)
	base := serveUnder(t, bld.files, searchSub)
	b := cdp.Start(t, 1000, 800)
	cases := loadQualityCases(t)
	passages := map[string]map[string]*search.Passage{}
	eids := map[string][]string{} // by language: passage number → eId
	for _, lang := range view.Langs() {
		passages[lang] = map[string]*search.Passage{}
		for _, d := range docs[lang] {
			for i := range d.Passages {
				p := &d.Passages[i]
				passages[lang][p.EID] = p
				eids[lang] = append(eids[lang], p.EID)
			}
		}
	}
	mustDo(t, b.Navigate(base+SearchDir("zh")))
	mustDo(t, b.WaitFor(`window.PlansiteSearch !== undefined || document.readyState === 'complete'`))
	type answer struct {
		Passages []int
		Goto     []string
		Partial  bool
		Also     []string
		Suggest  []string
	}
	for _, lang := range view.Langs() {
		var qs []string
		var mine []search.QualityCase
		for _, c := range cases {
			if c.Lang == lang {
				qs = append(qs, c.Q)
				mine = append(mine, c)
			}
		}
		data, _ := json.Marshal(qs)
		// The page's own client: search.js loads its companions from
		// assets/ when asked to search, as when a box is focused.
		var answers []answer
		evalInto(t, b, `(async function(){
			document.getElementById('search-q').focus();
			var wait = function () { return new Promise(function (ok) { setTimeout(ok, 20); }); };
			for (var i = 0; i < 500 && !window.PlansiteSearchIndex; i++) await wait();
			var load = function (u) { return fetch(u).then(function (r) { return r.json(); }); };
			var ix = await PlansiteSearchIndex.open(new URL('../../`+lang+`/search/', location.href).href, load);
			var qs = `+string(data)+`, out = [];
			for (var i = 0; i < qs.length; i++) {
				var a = await ix.query(qs[i]);
				out.push({Passages: a.results.map(function (r) { return r.passage; }), Goto: a.goto.map(function (r) { return r.p.eid; }),
					Partial: a.partial, Also: a.also, Suggest: a.suggest});
			}
			return JSON.stringify(out);
		})()`, &answers)
		if len(answers) != len(mine) {
			t.Fatalf("%s: %d answers for %d queries", lang, len(answers), len(mine))
		}
		for i, c := range mine {
			a := answers[i]
			var got []string
			for _, p := range a.Passages {
				got = append(got, eids[lang][p])
			}
			var errs []string
			if c.Goto == "" {
				errs = c.Check(got, passages)
			}
			if !c.None || len(a.Goto) > 0 {
				errs = append(errs, c.CheckAnswer(a.Goto, a.Partial, a.Also, a.Suggest)...)
			}
			for _, e := range errs {
				t.Errorf("%v in Chromium: %s", c, e)
			}
		}
		t.Logf("%s: %d quality queries judged in Chromium on the built site", lang, len(mine))
	}
}
