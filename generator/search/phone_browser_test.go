package search

import (
	"testing"

	"plansite/generator/cdp"
)

// TestClientPhoneSeeAll: on a phone (390 × 560 px, as the screen is with
// the keyboard up), the box's dropdown of live results keeps "See all
// results" in sight, inside the dropdown and the viewport, without
// scrolling the page or the dropdown.
func TestClientPhoneSeeAll(t *testing.T) {
	b := cdp.Start(t, 500, 560)
	// A real phone: the layout viewport is the screen, not a desktop
	// window (headless Chromium's is at least 500 px wide).
	must(t, b.Call("Emulation.setDeviceMetricsOverride", map[string]any{
		"width": 390, "height": 560, "deviceScaleFactor": 2, "mobile": true,
	}, nil))
	dir := writeSite(t)
	base := serveSite(t, dir).srv.URL + subPath
	const box = `document.querySelector('input[type=search][name=q]')`
	for _, c := range []struct{ lang, q string }{{"zh", "教育"}, {"en", "education"}} {
		t.Run(c.lang, func(t *testing.T) {
			must(t, b.Navigate(base+c.lang+"/search/"))
			must(t, b.WaitFor(box))
			must(t, b.Eval(box+`.focus()`, nil))
			must(t, b.Call("Input.insertText", map[string]any{"text": c.q}, nil))
			must(t, b.WaitFor(`document.querySelector('.search-live:not([hidden]) .search-all')`))
			var got struct {
				Options                    int
				AllTop, AllBottom          float64
				PopTop, PopBottom, Height  float64
				Scrolled, DropdownScrolled float64
				Width                      float64
			}
			evalJSON(t, b, `(function () {
			  var pop = document.querySelector('.search-live'), all = pop.querySelector('.search-all');
			  var a = all.getBoundingClientRect(), p = pop.getBoundingClientRect();
			  return JSON.stringify({options: pop.querySelectorAll('[role=option]').length, allTop: a.top, allBottom: a.bottom,
			    popTop: p.top, popBottom: p.bottom, height: window.innerHeight, width: window.innerWidth, scrolled: window.scrollY, dropdownScrolled: pop.scrollTop});
			})()`, &got)
			if got.Width != 390 {
				t.Fatalf("the page is %.0f px wide, want 390", got.Width)
			}
			if got.Options < 5 {
				t.Fatalf("%q: %d options, want a dropdown longer than the screen", c.q, got.Options)
			}
			if got.AllBottom > got.Height || got.AllBottom > got.PopBottom+1 || got.AllTop < got.PopTop {
				t.Errorf("%q: See all results at %.0f–%.0f px, the dropdown %.0f–%.0f, the screen 0–%.0f: want it in both", c.q, got.AllTop, got.AllBottom, got.PopTop, got.PopBottom, got.Height)
			}
			if got.Scrolled != 0 || got.DropdownScrolled != 0 {
				t.Errorf("%q: page scrolled %.0f, dropdown %.0f, want neither", c.q, got.Scrolled, got.DropdownScrolled)
			}
			shot(t, b, "phone-see-all-"+c.lang+".png")
		})
	}
}
