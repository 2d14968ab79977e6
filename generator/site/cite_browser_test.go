package site_test

import (
	"encoding/json"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"strings"
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/site"
	"plansite/generator/view"
)

// serve answers HTTP requests from the built site in memory.
func serve(t *testing.T, s *site.Site) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		if name == "" || strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		data, ok := s.Files[name]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			w.Write(s.Files["404.html"])
			return
		}
		w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
		w.Write(data)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// inBrowser starts a browser test of the bundled site: it skips under
// -short and without Chromium, and serves the site to a Chromium window
// of w×h pixels.
func inBrowser(t *testing.T, w, h int) (*httptest.Server, *cdp.Browser) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	return serve(t, built(t)), cdp.Start(t, w, h)
}

// TestCopyCitationInBrowser clicks "copy citation" on a permalink page and
// reads what was copied: from the clipboard, which the test grants the page,
// and from the status line where the script also leaves it.
func TestCopyCitationInBrowser(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	srv, b := inBrowser(t, 390, 900)
	must(t, b.CallBrowser("Browser.grantPermissions", map[string]any{
		"origin": srv.URL, "permissions": []string{"clipboardReadWrite", "clipboardSanitizedWrite"},
	}, nil))
	// The reader is in China: the script dates a citation by the reader's
	// clock, the build by China's (view.AccessedDate); from 16:00 UTC a
	// reader elsewhere cites the next day's page with their own date.
	must(t, b.Call("Emulation.setTimezoneOverride", map[string]any{"timezoneId": "Asia/Shanghai"}, nil))
	must(t, b.Navigate(srv.URL+"/zh/"+slug+"/part_2__sec_1__item_3/"))

	var printed string
	must(t, b.Eval(`document.querySelectorAll('.cite-block .cite-text')[0].textContent`, &printed))
	must(t, b.Eval(`document.querySelector('.cite-block .cite-text').closest('.cite-row').querySelector('.cite-copy').click()`, nil))
	must(t, b.WaitFor(`document.querySelector('.cite-block .cite-status').getAttribute('data-copied')`))
	var copied string
	must(t, b.Eval(`document.querySelector('.cite-block .cite-status').getAttribute('data-copied')`, &copied))

	// The date of citation is the day in China (view.AccessedDate), not
	// the machine's: from 16:00 UTC they differ.
	today := view.AccessedDate()
	for _, want := range []string{"淄川区人民政府. 淄川区教育事业发展“十四五”规划 第二部分（一）3: 川政发〔2022〕10号[A/OL]. (2022-12-28)[" + today + "]. ", "/zh/" + slug + "/part_2__sec_1__item_3/."} {
		if !strings.Contains(copied, want) {
			t.Errorf("copied %q: want it to contain %q", copied, want)
		}
	}
	if copied != printed {
		t.Errorf("copied %q, but the page prints %q", copied, printed)
	}
	// The short form, for a document of one's own, copies as printed.
	must(t, b.Eval(`document.querySelector('.cite-block .cite-short').closest('.cite-row').querySelector('.cite-copy').click()`, nil))
	must(t, b.WaitFor(`document.querySelector('.cite-block .cite-status').getAttribute('data-copied').startsWith('《')`))
	var short string
	must(t, b.Eval(`document.querySelector('.cite-block .cite-status').getAttribute('data-copied')`, &short))
	if want := "《淄川区教育事业发展“十四五”规划》（川政发〔2022〕10号）第二部分（一）3"; short != want {
		t.Errorf("short form copied %q, want %q", short, want)
	}
	copied = short
	var clip string
	if err := b.Eval(`navigator.clipboard.readText()`, &clip); err != nil {
		t.Logf("clipboard not readable here (%v); checked the status line", err)
	} else if clip != copied {
		t.Errorf("clipboard holds %q, want %q", clip, copied)
	}

	// The link button copies the absolute permalink.
	must(t, b.Eval(`document.querySelectorAll('.cite-block .cite-copy')[0].click()`, nil))
	must(t, b.WaitFor(`document.querySelector('.cite-block .cite-status').getAttribute('data-copied').startsWith('https://')`))
}

// TestGotoInBrowser holds the client's reading of labels (search-core.js's
// label, which cite.js loads for the go-to page) to package cite's
// cases, then jumps by label from the plan page's search box (which took
// over the go-to box), by retired fragment and by retired path.
func TestGotoInBrowser(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	srv, b := inBrowser(t, 1280, 900)
	plan := srv.URL + "/zh/" + slug + "/"
	must(t, b.Navigate(plan))

	var cases []struct{ Query, Want string }
	for _, name := range []string{"parse.json", "roundtrip.json"} {
		data, err := os.ReadFile("../cite/testdata/" + name)
		must(t, err)
		var more []struct{ Query, Want string }
		must(t, json.Unmarshal(data, &more))
		cases = append(cases, more...)
	}
	for _, c := range cases {
		q, _ := json.Marshal(c.Query)
		var have string
		must(t, b.Eval(`window.plansiteGoto.ready().then(function () { return window.plansiteGoto.parse(`+string(q)+`); })`, &have))
		if have != c.Want {
			t.Errorf("cite.js parse(%q): have %q, want %q", c.Query, have, c.Want)
		}
	}

	tests := []struct{ query, hash string }{
		{"二（一）3", "#part_2__sec_1__item_3"},
		{"II (8) 6", "#part_2__sec_8__item_6"},
		{"第一部分（二）第1段", "#part_1__sec_2__para_1"},
		{"表2第12项", "#proj_12"},
		{"part_3", "#part_3"},
		{"part_2__sec_1__item_99", "#part_2__sec_1__item_3"},
	}
	for _, tt := range tests {
		q, _ := json.Marshal(tt.query)
		must(t, b.Navigate(plan))
		must(t, b.Eval(`(function(){var f=document.querySelector('form.site-search');f.q.value=`+string(q)+`;f.requestSubmit();})()`, nil))
		if err := b.WaitFor(`location.pathname.endsWith('/zh/` + slug + `/') && location.hash === '` + tt.hash + `'`); err != nil {
			t.Errorf("go to %s: %v", tt.query, err)
		}
	}
	// A number that names no passage is searched for.
	must(t, b.Navigate(plan))
	must(t, b.Eval(`(function(){var f=document.querySelector('form.site-search');f.q.value='九（九）9';f.requestSubmit();})()`, nil))
	must(t, b.WaitFor(`location.pathname.endsWith('/zh/search/') && new URLSearchParams(location.search).get('q') === '九（九）9'`))

	// A retired fragment on the plan page, a retired path, and the go-to
	// page reached by a form submitted before the script ran.
	for _, url := range []string{plan + "#part_2__sec_1__item_99", srv.URL + "/zh/" + slug + "/part_2__sec_1__item_99/", plan + "goto/?q=2.1.3"} {
		must(t, b.Navigate(url))
		if err := b.WaitFor(`location.hash === '#part_2__sec_1__item_3' || location.pathname.endsWith('/part_2__sec_1__item_3/')`); err != nil {
			t.Errorf("%s: %v", url, err)
		}
	}
}

// TestGotoShapesInBrowser types references into the go-to page of the
// library's regulation (chapters and articles) and of the Zhejiang plan,
// whose 附表4 numbers its key projects afresh in each group: its groups and
// number name one (附表4杭州市城市排洪防涝工程第5项); a reference that names
// several passages lists them by their labels and goes to none, in the
// go-to page and in the search box.
func TestGotoShapesInBrowser(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	srv := serve(t, libraryBuilt(t))
	b := cdp.Start(t, 1280, 900)
	const reg, grouped = "aba-gov-data-2021", "zhejiang-urban-waterlogging-2021"
	for _, tt := range []struct{ plan, query, hash string }{
		{reg, "第三章第十七条第（二）项", "#art_17__item_2"},
		{reg, "Article 10, para. 3", "#art_10__para_3"},
		{reg, "第十条第三款", "#art_10__para_3"},
		{grouped, "第三部分表4", "#part_3__table_4"},
		{grouped, "附表4杭州市城市排洪防涝工程第5项", "#proj_5_2"},
		{grouped, "Schedule 4, Hangzhou, Cheng shi pai hong fang lao gong cheng, item 5", "#proj_5_2"},
		{grouped, "附表4温州市城市排洪防涝工程第1项（2）", "#proj_2_9"},
		{grouped, "附表4杭州市第30项", "#proj_30"},
	} {
		q, _ := json.Marshal(tt.query)
		must(t, b.Navigate(srv.URL+"/zh/"+tt.plan+"/goto/?q="+url.QueryEscape(tt.query)))
		if err := b.WaitFor(`location.hash === '` + tt.hash + `'`); err != nil {
			t.Errorf("go-to %s in %s: %v", q, tt.plan, err)
		}
	}
	must(t, b.Navigate(srv.URL+"/zh/"+grouped+"/goto/?q="+url.QueryEscape("附表4第5项")))
	must(t, b.WaitFor(`document.querySelectorAll('.goto-msg a').length > 1`))
	var msg string
	must(t, b.Eval(`document.querySelector('.goto-msg').textContent`, &msg))
	if !strings.Contains(msg, "附表4杭州市城市排洪防涝工程第5项 大江东片外排工程") || location(t, b) != "" {
		t.Errorf("附表4第5项: the go-to says %q at %q, want the projects listed and no jump", msg, location(t, b))
	}
	// The search box lists them and submits to the results page.
	must(t, b.Navigate(srv.URL+"/zh/"+grouped+"/"))
	must(t, b.Eval(`(function(){var f=document.querySelector('form.site-search');f.q.value='附表4第5项';f.requestSubmit();})()`, nil))
	must(t, b.WaitFor(`location.pathname.endsWith('/zh/search/')`))
	// Its name tells the project apart.
	must(t, b.Navigate(srv.URL+"/zh/"+grouped+"/goto/?q="+url.QueryEscape("附表4第5项“大江东片外排工程”")))
	if err := b.WaitFor(`location.hash === '#proj_5_2'`); err != nil {
		t.Errorf("附表4第5项“大江东片外排工程”: %v", err)
	}
}

// location is the page's fragment.
func location(t *testing.T, b *cdp.Browser) string {
	var h string
	must(t, b.Eval(`location.hash`, &h))
	return h
}

// TestGotoOnPhone opens the go-to page on a phone, in both languages: its
// hint names only what a citizen has (a passage's number, a link, a
// citation) — no "eId" — and what it names works: the citation copied
// from a permalink page, pasted into the box, goes to the passage. The
// list of passages reflows into a block a passage, its title under its
// number at the list's full width, where three columns squeezed the
// title to a word a line.
func TestGotoOnPhone(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	srv, b := inBrowser(t, 390, 844)
	phone(t, b, 390)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			must(t, b.Navigate(srv.URL+"/"+lang+"/"+slug+"/part_2__sec_1__item_3/"))
			var citation string
			must(t, b.Eval(`document.querySelector('.cite-block .cite-text').textContent`, &citation))
			must(t, b.Navigate(srv.URL+"/"+lang+"/"+slug+"/goto/"))
			var hint string
			must(t, b.Eval(`document.getElementById('goto-hint').textContent`, &hint))
			if strings.Contains(strings.ToLower(hint), "eid") {
				t.Errorf("hint %q: want plain words, not eId", hint)
			}
			var rows struct {
				Rows, Table int
				Squeezed    []string
			}
			must(t, b.Eval(`(function () {
				var table = document.querySelector('.goto-list'), w = table.getBoundingClientRect().width, bad = [], n = 0;
				table.querySelectorAll('tbody tr').forEach(function (r) {
					var label = r.cells[0].getBoundingClientRect(), title = r.cells[2].getBoundingClientRect();
					n++;
					if (r.cells[2].textContent && (title.top < label.bottom - 1 || title.width < w * 0.9)) bad.push(r.cells[1].textContent);
				});
				return {Rows: n, Table: Math.round(w), Squeezed: bad.slice(0, 5)};
			})()`, &rows))
			if rows.Rows == 0 || len(rows.Squeezed) > 0 {
				t.Errorf("%d rows in a %d px list; titles beside their numbers or narrower than the list: %q", rows.Rows, rows.Table, rows.Squeezed)
			}
			noSideways(t, b)
			q, _ := json.Marshal(citation)
			must(t, b.Eval(`(function(){var f=document.querySelector('form[data-goto]');f.q.value=`+string(q)+`;f.requestSubmit();})()`, nil))
			if err := b.WaitFor(`location.hash === '#part_2__sec_1__item_3'`); err != nil {
				t.Errorf("citation %q pasted into the go-to box: %v", citation, err)
			}
		})
	}
}
