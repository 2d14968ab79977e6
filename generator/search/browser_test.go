package search

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// The browser tests serve a small site under a sub-path (/plansite/) on
// localhost — the client scripts in assets/, both Zichuan indexes, a results
// page per language and the plan page with every passage's id — and drive
// headless Chromium. Pages report back by POSTing JSON to …/report.

const subPath = "/plansite/"

func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed (.ci/run installs it)")
	return ""
}

// reporter is a site server whose pages POST a report.
type reporter struct {
	srv     *httptest.Server
	reports chan []byte
}

func serveSite(t *testing.T, dir string) *reporter {
	r := &reporter{reports: make(chan []byte, 4)}
	files := http.StripPrefix(strings.TrimSuffix(subPath, "/"), http.FileServer(http.Dir(dir)))
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method == http.MethodPost && strings.HasSuffix(req.URL.Path, "/report") {
			body, _ := io.ReadAll(req.Body)
			r.reports <- body
			return
		}
		files.ServeHTTP(w, req)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

// visit opens a page in headless Chromium and waits for its report.
func (r *reporter) visit(t *testing.T, browser, page string, v any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), r.srv.URL+subPath+page)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	select {
	case body := <-r.reports:
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("%s: report %s: %v", page, body, err)
		}
	case <-ctx.Done():
		t.Fatalf("%s: no report from Chromium within 60 s", page)
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// reportScript POSTs what a page shows once search.js has done its work.
const reportScript = `<script>
function report(extra) {
  var box = document.getElementById('search-results'), links = [];
  if (box) box.querySelectorAll('.search-result').forEach(function (li) {
    var a = li.querySelector('a'), s = li.querySelector('.search-snippet');
    links.push({href: a.href, label: (li.querySelector('.search-label') || {}).textContent || '',
      heading: li.querySelector('.search-heading').textContent,
      marks: Array.from(li.querySelectorAll('mark'), function (m) { return m.textContent; }), snippet: s ? s.textContent : ''});
  });
  fetch('report', {method: 'POST', body: JSON.stringify(Object.assign({links: links,
    ms: box ? +box.dataset.searchMs : 0, state: box ? box.dataset.searchState : ''}, extra || {}))});
}
document.addEventListener('plansite:search', function () { report(); });
</script>`

// writeSite lays out the test site and returns its folder.
func writeSite(t *testing.T) string {
	dir := t.TempDir()
	writeIndexes(t, dir)
	for _, name := range []string{"search.js", "search-core.js", "search-index.js", "search.css"} {
		data, err := os.ReadFile(filepath.Join(templates, name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "assets", name), data)
	}
	harness, err := os.ReadFile("testdata/harness.html")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "harness.html"), harness)
	for _, lang := range []string{ModeZh, ModeEn} {
		page := `<!doctype html><html lang="` + lang + `"><meta charset="utf-8"><title>search</title>
<link rel="stylesheet" href="../../assets/search.css">
<form action="./" method="get"><input type="search" name="q"></form>
<div id="search-results"><noscript>Search needs JavaScript.</noscript></div>` + reportScript +
			`<script src="../../assets/search.js" data-root="../../" defer></script></html>`
		writeFile(t, filepath.Join(dir, lang, "search", "index.html"), []byte(page))
		doc := fixture.zh
		if lang == ModeEn {
			doc = fixture.en
		}
		var b strings.Builder
		fmt.Fprintf(&b, `<!doctype html><html lang="%s"><meta charset="utf-8"><title>plan</title>`+
			`<link rel="stylesheet" href="../../assets/search.css"><main>`, lang)
		for _, p := range doc.Passages {
			fmt.Fprintf(&b, "<section id=\"%s\"><h3>%s</h3><p>%s</p></section>\n", p.EID, html.EscapeString(p.Heading), html.EscapeString(p.Text))
		}
		b.WriteString(`</main>` + `<script>
var tries = 0, timer = setInterval(function () {
  var t = document.querySelector('.search-target');
  if (!t || !t.querySelector('mark.search-hit') && ++tries < 50) return;
  clearInterval(timer);
  fetch('report', {method: 'POST', body: JSON.stringify({target: t ? t.id : '',
    hits: Array.from(document.querySelectorAll('mark.search-hit'), function (m) { return m.textContent; })})});
}, 100);
</script><script src="../../assets/search.js" data-root="../../" defer></script></html>`)
		writeFile(t, filepath.Join(dir, lang, doc.Slug, "index.html"), []byte(b.String()))
	}
	return dir
}

type pageReport struct {
	Links []struct {
		Href, Label, Heading, Snippet string
		Marks                         []string
	}
	MS     float64
	State  string
	Target string
	Hits   []string
}

// TestClientChromium runs the real client in headless Chromium: the results
// pages for 近视 and myopia, the highlighted passage a result leads to, and
// the quality and parity queries through the harness.
func TestClientChromium(t *testing.T) {
	browser := chromium(t)
	zichuanIndex(t)
	dir := writeSite(t)
	site := serveSite(t, dir)
	for _, c := range []struct{ lang, q, label, mark string }{
		{ModeZh, "近视", "二（一）4", "近视"}, {ModeEn, "myopia", "II (1) 4", "myopia"},
	} {
		var rep pageReport
		site.visit(t, browser, c.lang+"/search/?q="+c.q, &rep)
		if rep.State != "done" || len(rep.Links) == 0 {
			t.Fatalf("%s/search/?q=%s: state %q, %d results", c.lang, c.q, rep.State, len(rep.Links))
		}
		first := rep.Links[0]
		if !strings.HasSuffix(first.Href, "#part_2__sec_1__item_4") || !strings.Contains(first.Href, subPath+c.lang+"/"+zichuan+"/?highlight=") ||
			first.Label != c.label || !slices.Contains(first.Marks, c.mark) {
			t.Errorf("%s/search/?q=%s: first result %+v", c.lang, c.q, first)
		}
		t.Logf("%s/search/?q=%s: %d results, first %s %s, shown in %.0f ms (cold page)", c.lang, c.q, len(rep.Links), first.Label, first.Heading, rep.MS)

		var arrive pageReport
		site.visit(t, browser, strings.TrimPrefix(first.Href, site.srv.URL+subPath), &arrive)
		if arrive.Target != "part_2__sec_1__item_4" || !slices.Contains(arrive.Hits, c.mark) {
			t.Errorf("arriving at %s: target %q, highlighted %q", first.Href, arrive.Target, arrive.Hits)
		}
	}

	qs := parityQueries(t)
	data, _ := json.Marshal(qs)
	writeFile(t, filepath.Join(dir, "queries.json"), data)
	var res struct {
		Results [][]jsResult
		Cold    map[string]float64
		Warm    []float64
		Error   string
	}
	site.visit(t, browser, "harness.html", &res)
	if res.Error != "" {
		t.Fatal(res.Error)
	}
	compareRuns(t, qs, res.Results)
	sort.Float64s(res.Warm)
	if n := len(res.Warm); n > 0 {
		t.Logf("query latency in Chromium: first query (manifest, shards, chunks loaded) zh %.1f ms, en %.1f ms; "+
			"%d further queries: median %.1f ms, p95 %.1f ms, max %.1f ms", res.Cold[ModeZh], res.Cold[ModeEn], n,
			res.Warm[n/2], res.Warm[n*95/100], res.Warm[n-1])
	}
}
