package search

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/cdp"
)

// key presses one key in the page: name as KeyboardEvent.key, code, the
// Windows key code, the text it types, and modifiers (2 = Ctrl).
func key(t *testing.T, b *cdp.Browser, name, code string, vk int, text string, modifiers int) {
	t.Helper()
	down := map[string]any{"type": "keyDown", "key": name, "code": code, "windowsVirtualKeyCode": vk, "modifiers": modifiers}
	if text != "" {
		down["text"] = text
	}
	if err := b.Call("Input.dispatchKeyEvent", down, nil); err != nil {
		t.Fatal(err)
	}
	up := map[string]any{"type": "keyUp", "key": name, "code": code, "windowsVirtualKeyCode": vk, "modifiers": modifiers}
	if err := b.Call("Input.dispatchKeyEvent", up, nil); err != nil {
		t.Fatal(err)
	}
}

// shot saves a screenshot when PLANSITE_SHOTS names a folder.
func shot(t *testing.T, b *cdp.Browser, name string) {
	if dir := os.Getenv("PLANSITE_SHOTS"); dir != "" {
		must(t, b.Screenshot(filepath.Join(dir, name)))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestClientKeys drives the search box as a reader does: "/" and Ctrl+K
// focus it, typing shows live results, arrow keys choose one and Enter
// opens it, with the passage and the terms highlighted on arrival.
func TestClientKeys(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	b := cdp.Start(t, 1000, 800)
	zichuanIndex(t)
	base := serveSite(t, writeSite(t)).srv.URL + subPath
	const box = `document.querySelector('input[type=search][name=q]')`

	must(t, b.Navigate(base+"zh/search/"))
	must(t, b.WaitFor(box))
	key(t, b, "/", "Slash", 191, "/", 0)
	must(t, b.WaitFor(`document.activeElement === `+box+` && `+box+`.value === ''`))
	must(t, b.Eval(box+`.blur()`, nil))
	key(t, b, "k", "KeyK", 75, "", 2)
	must(t, b.WaitFor(`document.activeElement === `+box))

	must(t, b.Call("Input.insertText", map[string]any{"text": "近视"}, nil))
	must(t, b.WaitFor(`document.querySelector('.search-live:not([hidden]) [role=option] .search-label')`))
	var first string
	must(t, b.Eval(`document.querySelector('.search-live [role=option]').textContent`, &first))
	if !strings.HasPrefix(first, "二（一）4") || !strings.Contains(first, "近视") {
		t.Errorf("first live result %q, want 二（一）4 with its snippet", first)
	}
	shot(t, b, "live-zh.png")
	key(t, b, "ArrowDown", "ArrowDown", 40, "", 0)
	must(t, b.WaitFor(box+`.getAttribute('aria-activedescendant') === 'search-live-1-0' && `+
		`document.getElementById('search-live-1-0').getAttribute('aria-selected') === 'true'`))
	key(t, b, "Enter", "Enter", 13, "\r", 0)
	must(t, b.WaitFor(`location.pathname.endsWith('/zh/`+zichuan+`/') && location.hash === '#part_2__sec_1__item_4' && `+
		`document.querySelector('#part_2__sec_1__item_4.search-target mark.search-hit')`))
	shot(t, b, "arrival-zh.png")

	// Enter with nothing chosen submits the form to the results page.
	must(t, b.Navigate(base+"en/search/"))
	must(t, b.WaitFor(box))
	must(t, b.Eval(box+`.focus()`, nil))
	must(t, b.Call("Input.insertText", map[string]any{"text": "myop"}, nil))
	must(t, b.WaitFor(`document.querySelector('.search-live:not([hidden]) .search-label')`))
	must(t, b.Eval(`document.querySelector('.search-live .search-label').textContent`, &first))
	if first != "II (1) 4" {
		t.Errorf("first live result for myop: %q, want II (1) 4", first)
	}
	key(t, b, "Enter", "Enter", 13, "\r", 0)
	must(t, b.WaitFor(`location.search === '?q=myop' && document.getElementById('search-results').dataset.searchState === 'done'`))
	shot(t, b, "results-en.png")
	var label string
	must(t, b.Eval(`document.querySelector('#search-results .search-result .search-label').textContent`, &label))
	if label != "II (1) 4" {
		t.Errorf("results page for myop: first %q, want II (1) 4", label)
	}
}

// TestClientOneBox: the search box takes passage numbers and goes
// straight to the passage, tells what else it searched, and labels
// partial matches.
func TestClientOneBox(t *testing.T) {
	b := cdp.Start(t, 1000, 800)
	zichuanIndex(t)
	base := serveSite(t, writeSite(t)).srv.URL + subPath
	const box = `document.querySelector('input[type=search][name=q]')`
	typeIn := func(page, q string) {
		t.Helper()
		must(t, b.Navigate(base+page))
		must(t, b.WaitFor(box))
		must(t, b.Eval(box+`.focus()`, nil))
		must(t, b.Call("Input.insertText", map[string]any{"text": q}, nil))
		must(t, b.WaitFor(`document.querySelector('.search-live:not([hidden]) [role=option]')`))
	}
	for _, c := range []struct{ page, q, eid string }{
		{"zh/search/", "二（一）3", "part_2__sec_1__item_3"},
		{"zh/search/", "第二部分（一）3", "part_2__sec_1__item_3"},
		{"en/search/", "2.1.3", "part_2__sec_1__item_3"},
		{"en/search/", "II (1) 3", "part_2__sec_1__item_3"},
		{"zh/search/", "重点项目7", "proj_7"},
		{"en/search/", "Table 2 item 7", "proj_7"},
		{"zh/search/", "part_2__sec_1__item_3", "part_2__sec_1__item_3"},
	} {
		typeIn(c.page, c.q)
		var first string
		must(t, b.Eval(`document.querySelector('.search-live [role=option]').className`, &first))
		if first != "search-goto" {
			t.Errorf("%q: first option %q, want the passage it names", c.q, first)
		}
		key(t, b, "Enter", "Enter", 13, "\r", 0)
		must(t, b.WaitFor(`location.pathname.endsWith('/`+zichuan+`/') && location.hash === '#`+c.eid+`'`))
	}

	typeIn("zh/search/", "眼睛")
	var note, mark string
	must(t, b.Eval(`document.querySelector('.search-live .search-also').textContent`, &note))
	must(t, b.Eval(`document.querySelector('.search-live [role=option] mark').textContent`, &mark))
	if note != "也搜索了：近视" || mark != "近视" {
		t.Errorf("眼睛: note %q, first mark %q; want 也搜索了：近视 and 近视 marked", note, mark)
	}
	shot(t, b, "synonym-zh.png")

	must(t, b.Navigate(base+"zh/search/?q="+"学前教育普及率"))
	must(t, b.WaitFor(`document.getElementById('search-results').dataset.searchState === 'done'`))
	var partial, suggest string
	must(t, b.Eval(`document.querySelector('.search-partial-note').textContent`, &partial))
	must(t, b.Eval(`document.querySelector('.search-suggest a').textContent`, &suggest))
	if partial == "" || suggest != "学前教育" {
		t.Errorf("学前教育普及率: partial note %q, suggestion %q", partial, suggest)
	}
	shot(t, b, "partial-zh.png")

	// Every snippet on the page shows a matched word.
	must(t, b.Navigate(base+"en/search/?q=after-school"))
	must(t, b.WaitFor(`document.getElementById('search-results').dataset.searchState === 'done'`))
	var unmarked int
	must(t, b.Eval(`Array.from(document.querySelectorAll('#search-results .search-result')).filter(function (li) { return !li.querySelector('mark'); }).length`, &unmarked))
	if unmarked > 0 {
		t.Errorf("after-school: %d results show no matched word", unmarked)
	}
}
