package site

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"testing/fstest"
	"time"

	"plansite/generator/cdp"
	"plansite/generator/internal/cputime"
	"plansite/generator/search"
	"plansite/generator/view"
)

// firstQueryBudget is the aim for what a first query downloads on
// the Zichuan site, gzipped: the client scripts and the index files.
const firstQueryBudget = 60_000

// TestSearchIndexSize logs the size of the site's indexes and checks that
// every query of the quality set, run first on a fresh page, downloads no
// more than the budget: the three scripts, the manifest, the token shards
// it needs and the passage chunks of the results shown.
func TestSearchIndexSize(t *testing.T) {
	bld, docs := builtForSearch(t)
	glossary, err := searchGlossary(bld)
	if err != nil {
		t.Fatal(err)
	}
	scripts := 0
	for _, name := range []string{"search.js", "search-core.js", "search-index.js"} {
		scripts += search.GzipSize(bld.files["assets/"+name])
	}
	for _, lang := range view.Langs() {
		_, st, err := search.Build(docs[lang], lang, search.Options{Glossary: glossary})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("index %v", st)
	}
	ixs := map[string]*search.Index{}
	for _, lang := range view.Langs() {
		ixs[lang] = siteIndex(t, bld.files, lang)
	}
	worst, worstQ := 0, ""
	for _, c := range loadQualityCases(t) {
		ix := ixs[c.Lang]
		ix.Reset()
		if _, err := ix.Query(c.Q); err != nil {
			t.Fatal(err)
		}
		files, gz := ix.Fetched()
		total := scripts + gz
		if c.Q == "近视" || c.Q == "myopia" {
			t.Logf("first query %q: %d index files, %.1f KB + %.1f KB scripts = %.1f KB gzip",
				c.Q, len(files), float64(gz)/1000, float64(scripts)/1000, float64(total)/1000)
		}
		if total > worst {
			worst, worstQ = total, c.Lang+" "+c.Q
		}
		if total > firstQueryBudget {
			t.Errorf("first query %s %q downloads %d B gzip, budget %d", c.Lang, c.Q, total, firstQueryBudget)
		}
	}
	t.Logf("largest first query of the quality set: %s, %.1f KB gzip with scripts", worstQ, float64(worst)/1000)
}

// BenchmarkSearchIndex measures what a build spends on search: the Docs of
// both languages from the page views and the link analysis, and both
// indexes, without the gzip sizes a build does not compute.
func BenchmarkSearchIndex(b *testing.B) {
	bld, _ := builtForSearch(b)
	glossary, err := searchGlossary(bld)
	if err != nil {
		b.Fatal(err)
	}
	bytes := 0
	for b.Loop() {
		bytes = 0
		for _, lang := range view.Langs() {
			files, _, err := search.Build(bld.searchDocs(lang), lang, search.Options{Glossary: glossary, SkipGzip: true})
			if err != nil {
				b.Fatal(err)
			}
			for _, data := range files {
				bytes += len(data)
			}
		}
	}
	b.ReportMetric(float64(bytes), "index-bytes")
}

// BenchmarkLibrarySearchIndex measures what a library build spends on
// search: putSearchIndex of both languages over the frozen library of 14
// plans (the Zichuan plan and the corpus), the Docs made from the page
// views as the build makes them, the files discarded. cpu-ms/op is the
// process's CPU time, garbage collection included.
func BenchmarkLibrarySearchIndex(b *testing.B) {
	bld := loadLibrary(b)
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		for _, lang := range view.Langs() {
			if err := bld.putSearchIndex(context.Background(), lang, discard{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkSearchChromium measures search in headless Chromium on the
// built site served under a sub-path with no caching. first: opening
// /zh/search/?q=近视 until its results are drawn, as the page measures it
// (data-search-ms: scripts, manifest, shards and chunks fetched, query run,
// results drawn). warm: every quality query of both languages in the
// page's client once its files are loaded; query-ms is the in-page time
// per query.
func BenchmarkSearchChromium(b *testing.B) {
	if cdp.Binary() == "" {
		b.Skip("no Chromium installed")
	}
	bld, _ := builtForSearch(b)
	srv := httptest.NewServer(http.StripPrefix("/sub", noStore(bld.files)))
	b.Cleanup(srv.Close)
	base := srv.URL + searchSub
	br := cdp.Start(b, 1000, 800)
	b.Run("first", func(b *testing.B) {
		total := 0.0
		for b.Loop() {
			if err := br.Navigate(base + "zh/search/?q=" + url.QueryEscape("近视")); err != nil {
				b.Fatal(err)
			}
			if err := br.WaitFor(`document.getElementById('search-results').dataset.searchState === 'done'`); err != nil {
				b.Fatal(err)
			}
			var ms float64
			if err := br.Eval(`+document.getElementById('search-results').dataset.searchMs`, &ms); err != nil {
				b.Fatal(err)
			}
			total += ms
		}
		b.ReportMetric(total/float64(b.N), "page-ms")
	})
	b.Run("warm", func(b *testing.B) {
		byLang := map[string][]string{}
		for _, c := range loadQualityCases(b) {
			byLang[c.Lang] = append(byLang[c.Lang], c.Q)
		}
		qs, _ := json.Marshal(byLang)
		run := `(async function(){
			var load = function (u) { return fetch(u).then(function (r) { return r.json(); }); }, qs = ` + string(qs) + `;
			window.benchIx = window.benchIx || {};
			var ms = 0, n = 0;
			for (var lang in qs) {
				var ix = window.benchIx[lang] || (window.benchIx[lang] = await PlansiteSearchIndex.open(new URL('../../' + lang + '/search/', location.href).href, load));
				for (var i = 0; i < qs[lang].length; i++) { var t0 = performance.now(); await ix.search(qs[lang][i]); ms += performance.now() - t0; n++; }
			}
			return ms / n;
		})()`
		if err := br.Navigate(base + "en/search/?q=myopia"); err != nil {
			b.Fatal(err)
		}
		if err := br.WaitFor(`document.getElementById('search-results').dataset.searchState === 'done'`); err != nil {
			b.Fatal(err)
		}
		var ms float64
		if err := br.Eval(run, &ms); err != nil { // load every shard the queries need
			b.Fatal(err)
		}
		total := 0.0
		for b.Loop() {
			if err := br.Eval(run, &ms); err != nil {
				b.Fatal(err)
			}
			total += ms
		}
		b.ReportMetric(total/float64(b.N), "query-ms")
	})
}

// TestFirstQueryBytes checks the measure the benchmarks report on the
// built frozen site: every first query loads the scripts and some index
// files, and stays within the budget.
func TestFirstQueryBytes(t *testing.T) {
	bld, _ := builtForSearch(t)
	site := fstest.MapFS{}
	for name, data := range bld.files {
		site[name] = &fstest.MapFile{Data: data}
	}
	qs, err := MeasureFirstQueries(site)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != len(FirstQueries["zh"])+len(FirstQueries["en"]) {
		t.Fatalf("have %d measures, want one per query", len(qs))
	}
	for _, q := range qs {
		t.Log(q)
		if q.Files < 2 || q.Scripts == 0 {
			t.Errorf("%v: expected the manifest, a shard or the go-to table, and the scripts", q)
		}
		if q.Bytes() > firstQueryBudget {
			t.Errorf("%v: above the budget %d", q, firstQueryBudget)
		}
	}
	worst, err := FirstQueryBytes(site)
	if err != nil || worst <= 0 {
		t.Errorf("FirstQueryBytes = %d, %v", worst, err)
	}
}
