package serve

import (
	"fmt"
	"os"
	"testing"
	"time"

	"plansite/generator/cdp"
)

// waitFor polls a boolean expression until it holds, through the reloads
// the server causes (an evaluation during one fails and is retried), as
// long as cdp waits for anything: on a loaded machine a reload can take
// many seconds, and the wait only ends a test that has failed.
func waitFor(t *testing.T, b *cdp.Browser, expr string) {
	t.Helper()
	deadline := time.Now().Add(cdp.Timeout)
	var last error
	for time.Now().Before(deadline) {
		var ok bool
		last = b.Eval(fmt.Sprintf("(function(){try{return !!(%s)}catch(e){return false}})()", expr), &ok)
		if last == nil && ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s (last error: %v)", expr, last)
}

// connected waits until n pages listen for events.
func connected(t *testing.T, s *Server, n int) {
	t.Helper()
	deadline := time.Now().Add(cdp.Timeout)
	for time.Now().Before(deadline) {
		s.hub.mu.Lock()
		have := len(s.hub.subs)
		s.hub.mu.Unlock()
		if have >= n {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no page connected to the event stream")
}

// overlay is the text of the preview's overlay on the page.
const overlay = `(document.querySelector("plansite-overlay")||{shadowRoot:{textContent:""}}).shadowRoot.textContent`

// TestBrowserReload checks the reload script in Chromium: a save reloads
// the page at the same scroll position, a broken template shows the
// overlay with file:line over the last good page, and mending it clears the
// overlay.
func TestBrowserReload(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	dir := project(t)
	s := start(t, dir, testQuiet)
	b := cdp.Start(t, 390, 900)
	if err := b.Navigate(s.URL() + "zh/zichuan-education-2022/"); err != nil {
		t.Fatal(err)
	}
	connected(t, s, 1)
	var y float64
	if err := b.Eval("window.scrollTo(0, 4000); window.__before = true; window.scrollY", &y); err != nil || y < 1000 {
		t.Fatalf("have scrollY %v (%v), want the page scrolled", y, err)
	}

	// The warnings' corner leaves the page's own floating buttons (目录,
	// 顶部) free to press: it covered them at phone width.
	waitFor(t, b, `document.querySelector("plansite-overlay") && document.querySelector("plansite-overlay").shadowRoot.querySelector(".warn")`)
	var apart bool
	if err := b.Eval(`(function(){const a=document.querySelector("plansite-overlay").shadowRoot.querySelector(".warn").getBoundingClientRect(), n=document.querySelector(".float-nav"); if(!n) return false; const b=n.getBoundingClientRect(); return a.right<=b.left||b.right<=a.left||a.bottom<=b.top||b.bottom<=a.top})()`, &apart); err != nil || !apart {
		t.Errorf("the warnings' corner covers the page's floating buttons (.float-nav) (%v)", err)
	}

	edit(t, dir, "seeds/zichuan-education-2022.txt", "牢固树立教育优先发展战略思维", "牢固树立预览测试战略思维")
	waitFor(t, b, `!window.__before && document.readyState === "complete" && document.body.innerText.includes("牢固树立预览测试战略思维")`)
	waitFor(t, b, fmt.Sprintf("Math.abs(window.scrollY - %v) < 2", y))
	connected(t, s, 1)

	edit(t, dir, "templates/plan.html", `{{define "main"}}`, `{{define "main"}}{{if}}`)
	waitFor(t, b, overlay+`.includes("templates/plan.html:")`)
	waitFor(t, b, `document.body.innerText.includes("牢固树立预览测试战略思维")`)
	if shots := os.Getenv("PLANSITE_SHOTS"); shots != "" {
		b.Screenshot(shots + "/overlay.png")
	}

	// Many tabs share one event stream: a browser allows six connections
	// to the host, and a stream per tab would stall the seventh.
	const frames = `Array.from({length: 8}, (_, i) => { const f = document.createElement("iframe"); f.src = "/zh/?" + i; document.body.append(f); return f; })`
	if err := b.Eval(frames+".length", nil); err != nil {
		t.Fatal(err)
	}
	waitFor(t, b, `Array.from(document.querySelectorAll("iframe")).every(f => f.contentDocument && f.contentDocument.readyState === "complete" && f.contentDocument.querySelector("plansite-overlay"))`)
	s.hub.mu.Lock()
	streams := len(s.hub.subs)
	s.hub.mu.Unlock()
	if streams != 1 {
		t.Errorf("nine pages hold %d event streams, want 1", streams)
	}

	if err := b.Eval("window.__broken = true", nil); err != nil {
		t.Fatal(err)
	}
	edit(t, dir, "templates/plan.html", `{{define "main"}}{{if}}`, `{{define "main"}}`)
	waitFor(t, b, `!window.__broken && document.readyState === "complete" && !`+overlay+`.includes("Build failed")`)
}
