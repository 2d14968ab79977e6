package site_test

import (
	"strings"
	"testing"

	"plansite/generator/cdp"
)

// TestPhoneWidth opens the main kinds of page, in both languages, on a
// phone-sized screen and checks that none is wider than the screen: a page
// that scrolls sideways is hard to read on a phone.
func TestPhoneWidth(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	s := buildFrozen(t)
	srv := serve(t, s)
	b := cdp.Start(t, 390, 844)
	// A real phone: the layout viewport is the screen, not a desktop window.
	if err := b.Call("Emulation.setDeviceMetricsOverride", map[string]any{
		"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": true,
	}, nil); err != nil {
		t.Fatal(err)
	}
	pages := []string{
		"/", "/%s/", "/%s/zichuan-education-2022/", "/%s/zichuan-education-2022/part_2__sec_1__item_4/",
		"/%s/zichuan-education-2022/proj_12/", "/%s/zichuan-education-2022/part_2__sec_5/",
		"/%s/departments/", "/%s/zichuan-education-2022/targets/", "/%s/zichuan-education-2022/matrix/",
		"/%s/zichuan-education-2022/parallel/", "/%s/zichuan-education-2022/data/", "/%s/search/?q=近视",
	}
	for _, lang := range []string{"zh", "en"} {
		for _, p := range pages {
			if strings.Contains(p, "%s") {
				p = strings.Replace(p, "%s", lang, 1)
			} else if lang == "en" {
				continue
			}
			t.Run(p, func(t *testing.T) {
				if err := b.Navigate(srv.URL + p); err != nil {
					t.Fatal(err)
				}
				var have struct{ Scroll, View int }
				if err := b.Eval(`({Scroll: document.documentElement.scrollWidth, View: window.innerWidth})`, &have); err != nil {
					t.Fatal(err)
				}
				if have.Scroll > have.View {
					var wide []string
					b.Eval(`[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap, .matrix-scroll, pre, [data-scroll]')).slice(0, 5).map(e => e.tagName + '.' + e.className)`, &wide)
					t.Errorf("page is %dpx wide on a %dpx screen; too wide: %v", have.Scroll, have.View, wide)
				}
			})
		}
	}
}
