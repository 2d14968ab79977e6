package site

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"testing"
	"testing/fstest"

	"plansite/generator/cdp"
	"plansite/generator/search"
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
	for _, name := range searchClient {
		if name != "search.css" {
			scripts += search.GzipSize(bld.files["assets/"+name])
		}
	}
	for _, lang := range Langs {
		_, st, err := search.Build(docs[lang], lang, search.Options{Glossary: glossary})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("index %v", st)
	}
	ixs := map[string]*search.Index{}
	for _, lang := range Langs {
		ixs[lang] = siteIndex(t, bld.files, lang)
	}
	worst, worstQ := 0, ""
	for _, c := range loadQualityCases(t) {
		ix := ixs[c.Lang]
		ix.Reset()
		if _, err := ix.Search(c.Q); err != nil {
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
		for _, lang := range Langs {
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

// searchEdited returns copies of docs (the Docs of each language) in which
// the text of one passage with text, near the middle of the first plan,
// ends in more; the other passages are shared.
func searchEdited(docs map[string][]search.Doc, more map[string]string) [][]search.Doc {
	out := make([][]search.Doc, len(Langs))
	for i, lang := range Langs {
		ds := slices.Clone(docs[lang])
		ps := slices.Clone(ds[0].Passages)
		j := len(ps) / 2
		for j < len(ps)-1 && ps[j].Text == "" {
			j++
		}
		ps[j].Text += more[lang]
		ds[0].Passages = ps
		out[i] = ds
	}
	return out
}

// BenchmarkSearchIndexEdit measures what the preview server spends on
// search after a save that changed one passage in both languages: cold
// builds both indexes from scratch (as every rebuild did before
// search.Builder), edit through the searchCache that built them before the
// edit. Each iteration alternates between two versions of the passage.
func BenchmarkSearchIndexEdit(b *testing.B) {
	bld, docs := builtForSearch(b)
	glossary, err := searchGlossary(bld)
	if err != nil {
		b.Fatal(err)
	}
	versions := [][][]search.Doc{
		searchEdited(docs, map[string]string{"zh": "新增一句：近视率每年下降0.5个百分点。", "en": " One more sentence: myopia down 0.5% a year."}),
		searchEdited(docs, map[string]string{"zh": "另增一句：体质健康优良率达到55%。", "en": " Another: 55% of students in good health."}),
	}
	b.Run("cold", func(b *testing.B) {
		n := 0
		for b.Loop() {
			var c searchCache
			if _, err := c.get(versions[n%2], glossary, nil); err != nil {
				b.Fatal(err)
			}
			n++
		}
	})
	b.Run("edit", func(b *testing.B) {
		var c searchCache
		if _, err := c.get(versions[1], glossary, nil); err != nil {
			b.Fatal(err)
		}
		n := 0
		for b.Loop() {
			if _, err := c.get(versions[n%2], glossary, nil); err != nil {
				b.Fatal(err)
			}
			n++
		}
	})
}

// seedOverlay is the repository with one file's content replaced.
type seedOverlay struct {
	fs.FS
	name string
	data []byte
}

func (o seedOverlay) Open(name string) (fs.File, error) {
	if name == o.name {
		return fstest.MapFS{name: {Data: o.data, Mode: 0o644}}.Open(name)
	}
	return o.FS.Open(name)
}

// searchDocsWithTask returns the Docs of each language, in Langs order, of
// the repository's site with a task added to the Zichuan plan at the end
// of 二（一), as an editor adds one: the task is parsed, numbered and linked
// like the others, and has no translation.
func searchDocsWithTask(tb testing.TB) [][]search.Doc {
	const seed, before = "seeds/zichuan-education-2022.txt", "（二）构建高质量教育发展体系"
	root := os.DirFS("../..")
	orig, err := fs.ReadFile(root, seed)
	if err != nil {
		tb.Fatal(err)
	}
	if !bytes.Contains(orig, []byte(before)) {
		tb.Fatalf("%s has no %q", seed, before)
	}
	data := bytes.Replace(orig, []byte(before), []byte("9．新增一项任务。加强近视防控测试工作。（区教体局负责）\n"+before), 1)
	root = seedOverlay{root, seed, data}
	docs, err := LoadDocs(root)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := newBuilder(root, docs)
	if err != nil {
		tb.Fatal(err)
	}
	if err := b.build(); err != nil {
		tb.Fatal(err)
	}
	out := make([][]search.Doc, len(Langs))
	for i, lang := range Langs {
		out[i] = b.searchDocs(lang)
	}
	return out
}

// BenchmarkSearchIndexInsert measures what the preview server spends on
// search after a save that added a task to the plan (and the next save,
// which removed it again): every later passage is renumbered. Iterations
// alternate between the plan with and without the task.
func BenchmarkSearchIndexInsert(b *testing.B) {
	bld, docs := builtForSearch(b)
	glossary, err := searchGlossary(bld)
	if err != nil {
		b.Fatal(err)
	}
	var orig [][]search.Doc
	for _, lang := range Langs {
		orig = append(orig, docs[lang])
	}
	versions := [][][]search.Doc{orig, searchDocsWithTask(b)}
	var c searchCache
	if _, err := c.get(versions[0], glossary, nil); err != nil {
		b.Fatal(err)
	}
	n := 1
	for b.Loop() {
		if _, err := c.get(versions[n%2], glossary, nil); err != nil {
			b.Fatal(err)
		}
		n++
	}
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
