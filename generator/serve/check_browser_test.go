package serve

import (
	"os"
	"testing"
	"time"

	"plansite/generator/cdp"
)

// TestBrowserCheckNote: while the background check runs, the page says so
// in its corner, through the shared worker, and a page opened meanwhile is
// told too; the note goes when the check ends. It is driven by the
// check's state as the hub sends it, not by a check's timing.
func TestBrowserCheckNote(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	s := start(t, project(t), testQuiet)
	b := cdp.Start(t, 390, 900)
	if err := b.Navigate(s.URL() + "zh/zichuan-education-2022/"); err != nil {
		t.Fatal(err)
	}
	connected(t, s, 1)
	waitFor(t, b, `document.querySelector("plansite-overlay")`)
	// The first check ends before the test tells its own states.
	deadline := time.Now().Add(cdp.Timeout)
	for c := s.hub.latestCheck(); c == nil || c.Running; c = s.hub.latestCheck() {
		if time.Now().After(deadline) {
			t.Fatal("the first check did not end")
		}
		time.Sleep(20 * time.Millisecond)
	}
	waitFor(t, b, `!`+overlay+`.includes("Checking")`)
	s.hub.publishCheck(&Check{Build: "x", Running: true, All: true})
	waitFor(t, b, overlay+`.includes("Checking every page")`)
	// Above the warnings' corner, and like it clear of the page's own
	// floating buttons (目录, 顶部).
	var apart bool
	if err := b.Eval(`(function(){const r=document.querySelector("plansite-overlay").shadowRoot, c=r.querySelector(".chk").getBoundingClientRect(), off=e=>!e||(b=>c.right<=b.left||b.right<=c.left||c.bottom<=b.top||b.bottom<=c.top)(e.getBoundingClientRect()); return off(document.querySelector(".float-nav"))&&off(r.querySelector(".warn"))})()`, &apart); err != nil || !apart {
		t.Errorf("the check's note covers the page's floating buttons or the warnings (%v)", err)
	}
	if shots := os.Getenv("PLANSITE_SHOTS"); shots != "" {
		b.Screenshot(shots + "/check-note.png")
	}
	// A page opened while the check runs is told by the worker.
	if err := b.Navigate(s.URL() + "en/zichuan-education-2022/"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, b, overlay+`.includes("Checking every page")`)
	s.hub.publishCheck(&Check{Build: "x", Running: true})
	waitFor(t, b, overlay+`.includes("Checking the pages not checked yet")`)
	s.hub.publishCheck(&Check{Build: "x"})
	waitFor(t, b, `!`+overlay+`.includes("Checking")`)
}
