package site_test

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"plansite/generator/cdp"
)

// TestDepartmentOfTwoPlansInBrowser opens, on a phone and on a desktop,
// the page of a department with tasks in two plans of the library and
// checks that both plans' groups show with their tasks, that the contents
// list takes the reader to the second, and that the departments index
// filters by government without script. PLANSITE_SHOTS=dir keeps
// full-page screenshots.
func TestDepartmentOfTwoPlansInBrowser(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	srv := serve(t, libraryBuilt(t))
	shots := os.Getenv("PLANSITE_SHOTS")
	// One browser, its window set to each width in turn: starting
	// Chromium takes seconds on a loaded machine.
	b := cdp.Start(t, 1280, 900)
	for _, width := range []int{390, 1280} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			must(t, b.Call("Emulation.setDeviceMetricsOverride", map[string]any{
				"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": false,
			}, nil))
			for _, lang := range []string{"zh", "en"} {
				must(t, b.Navigate(srv.URL+"/"+lang+"/departments/"+twoPlans+"/"))
				must(t, b.WaitFor(`document.readyState === "complete"`))
				var groups []struct {
					ID      string `json:"id"`
					Heading string `json:"heading"`
					Tasks   int    `json:"tasks"`
					Shown   bool   `json:"shown"`
				}
				must(t, b.Eval(`[...document.querySelectorAll("section.dept-plan")].map(s => ({
					id: s.getAttribute("aria-labelledby"),
					heading: s.querySelector("h2").textContent.trim(),
					tasks: s.querySelectorAll(".dept-tasks a").length,
					shown: s.querySelector("h2").getBoundingClientRect().width > 0 && getComputedStyle(s).display !== "none",
				}))`, &groups))
				if len(groups) != 2 || groups[0].ID != "plan-"+twoPlansOne || groups[1].ID != "plan-"+twoPlansTwo {
					t.Fatalf("%s: plan groups %+v, want %s and %s", lang, groups, twoPlansOne, twoPlansTwo)
				}
				for _, g := range groups {
					if !g.Shown || g.Tasks == 0 || g.Heading == "" {
						t.Errorf("%s: group %+v: want it shown, titled, with tasks", lang, g)
					}
				}
				var overflow bool
				must(t, b.Eval(`document.documentElement.scrollWidth > window.innerWidth + 1`, &overflow))
				if overflow {
					t.Errorf("%s at %d px: the page scrolls sideways", lang, width)
				}
				if shots != "" {
					fullShot(t, b, filepath.Join(shots, fmt.Sprintf("dept-%s-%d.png", lang, width)))
				}
				// The contents list jumps to the second plan's group.
				must(t, b.Eval(`document.querySelectorAll(".dept-plans-toc a")[1].click()`, nil))
				must(t, b.WaitFor(`location.hash === "#plan-`+twoPlansTwo+`"`))
				must(t, b.WaitFor(`Math.abs(document.getElementById("plan-`+twoPlansTwo+`").getBoundingClientRect().top) < window.innerHeight / 2`))
			}
			// The index filters by government: a link, no script needed.
			must(t, b.Navigate(srv.URL+"/zh/departments/"))
			must(t, b.WaitFor(`document.readyState === "complete"`))
			if shots != "" {
				fullShot(t, b, filepath.Join(shots, fmt.Sprintf("index-zh-%d.png", width)))
			}
			var count int
			must(t, b.Eval(`parseInt([...document.querySelectorAll(".gov-filter a")].find(a => a.href.endsWith("/government/anhui/")).querySelector(".count").textContent)`, &count))
			must(t, b.Eval(`[...document.querySelectorAll(".gov-filter a")].find(a => a.href.endsWith("/government/anhui/")).click()`, nil))
			must(t, b.WaitFor(`location.pathname === "/zh/departments/government/anhui/" && document.readyState === "complete"`))
			var rows int
			must(t, b.Eval(`document.querySelectorAll(".dept-index tbody tr").length`, &rows))
			if rows != count || rows == 0 {
				t.Errorf("安徽省: %d departments listed, the filter says %d", rows, count)
			}
			if shots != "" {
				must(t, b.Navigate(srv.URL+"/en/departments/government/anhui/"))
				must(t, b.WaitFor(`document.readyState === "complete"`))
				fullShot(t, b, filepath.Join(shots, fmt.Sprintf("gov-en-%d.png", width)))
			}
		})
	}
}

// fullShot writes a PNG of the whole page, beyond the viewport.
func fullShot(t *testing.T, b *cdp.Browser, file string) {
	t.Helper()
	var size struct{ W, H float64 }
	must(t, b.Eval(`({w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight})`, &size))
	var r struct {
		Data string `json:"data"`
	}
	must(t, b.Call("Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": true,
		"clip": map[string]any{"x": 0, "y": 0, "width": size.W, "height": min(size.H, 2400), "scale": 1}}, &r))
	png, err := base64.StdEncoding.DecodeString(r.Data)
	must(t, err)
	must(t, os.WriteFile(file, png, 0o644))
}
