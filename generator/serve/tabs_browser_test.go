package serve

import (
	"os"
	"path/filepath"
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/internal/testproject"
)

// TestBrowserTwoPlans: pages of two plans open side by side (a page and a
// frame, which share the event stream as two tabs do) both reload when
// either plan's seed is saved, both show the overlay naming the broken
// seed at its line, and both clear when it is mended.
func TestBrowserTwoPlans(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	dir := project(t)
	const slug = "shandong-education-2021"
	seed, err := os.ReadFile(filepath.Join(testproject.Repo(), "generator/parse/testdata", slug+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "seeds", slug+".txt")
	if err := os.WriteFile(path, seed, 0o644); err != nil {
		t.Fatal(err)
	}
	s := start(t, dir, testQuiet)
	b := cdp.Start(t, 1000, 900)
	if err := b.Navigate(s.URL() + "zh/zichuan-education-2022/"); err != nil {
		t.Fatal(err)
	}
	const frame = `document.querySelector("iframe").contentDocument`
	if err := b.Eval(`(() => { const f = document.createElement("iframe"); f.src = "/zh/`+slug+`/"; document.body.prepend(f); window.__mark = true; return 1 })()`, nil); err != nil {
		t.Fatal(err)
	}
	waitFor(t, b, frame+`.readyState === "complete" && `+frame+`.querySelector("plansite-overlay")`)
	connected(t, s, 1)

	// A save of the framed plan reloads the page of the other too.
	edit(t, dir, "seeds/"+slug+".txt", "坚持不懈用习近平", "坚持预览测试用习近平")
	waitFor(t, b, `!window.__mark && document.readyState === "complete"`)
	if err := b.Eval(`(() => { const f = document.createElement("iframe"); f.src = "/zh/`+slug+`/"; document.body.prepend(f); return 1 })()`, nil); err != nil {
		t.Fatal(err)
	}
	waitFor(t, b, frame+`.readyState === "complete" && `+frame+`.body.innerText.includes("坚持预览测试")`)
	connected(t, s, 1)

	// Broken, it is named in both; mended, both reload without it.
	if err := os.WriteFile(path, []byte("root:x:0:0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := `.includes("seeds/` + slug + `.txt:1")`
	waitFor(t, b, overlay+want)
	waitFor(t, b, `(`+frame+`.querySelector("plansite-overlay")||{shadowRoot:{textContent:""}}).shadowRoot.textContent`+want)
	if err := b.Eval("window.__broken = true", nil); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, seed, 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, b, `!window.__broken && document.readyState === "complete" && !`+overlay+`.includes("Build failed")`)
}
