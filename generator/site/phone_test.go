package site_test

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/internal/library"
)

// mediaQuery finds a media query's conditions, and breakpoint the widths
// in them: @media (max-width: 40rem) {.
var (
	mediaQuery = regexp.MustCompile(`@media([^{]*)\{`)
	breakpoint = regexp.MustCompile(`(?:min|max)-width:\s*([\d.]+)(px|rem|em)`)
)

// TestPhoneWidth opens every kind of page, in both languages, on a phone
// screen 320 px wide and checks that none is wider than the screen: a page
// that scrolls sideways is hard to read on a phone. (The style sheets have
// no breakpoint between 320 and 390 px, which the test checks, so the
// narrower screen is the stricter test of the same layout.) At 390 px the
// plan page must open on its text: the title and the first line of the
// plan within the first screen, the metadata and contents folded.
func TestPhoneWidth(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	s := buildFrozen(t)
	for name, css := range s.Files {
		if strings.HasPrefix(name, "assets/") && strings.HasSuffix(name, ".css") {
			var conditions string
			for _, q := range mediaQuery.FindAllStringSubmatch(string(css), -1) {
				conditions += q[1] + "\n"
			}
			for _, m := range breakpoint.FindAllStringSubmatch(conditions, -1) {
				px, _ := strconv.ParseFloat(m[1], 64)
				if m[2] != "px" {
					px *= 16
				}
				if px > 320 && px <= 390 {
					t.Fatalf("%s: a breakpoint at %s%s lies between 320 and 390 px: check every page at both widths", name, m[1], m[2])
				}
			}
		}
	}
	srv := serve(t, s)
	b := cdp.Start(t, 390, 844)
	pages := []string{
		"/", "/%s/", "/%s/zichuan-education-2022/", "/%s/zichuan-education-2022/part_2__sec_1__item_4/",
		"/%s/zichuan-education-2022/proj_12/", "/%s/zichuan-education-2022/part_2__sec_5/",
		"/%s/departments/", "/%s/zichuan-education-2022/targets/", "/%s/zichuan-education-2022/matrix/",
		"/%s/zichuan-education-2022/parallel/", "/%s/zichuan-education-2022/data/", "/%s/search/?q=近视",
		"/%s/glossary/", "/%s/zichuan-education-2022/goto/", "/%s/departments/education-sports-bureau/", "/%s/no-such-page/",
	}
	for _, width := range []int{390, 320} {
		// A real phone: the layout viewport is the screen, not a desktop window.
		if err := b.Call("Emulation.setDeviceMetricsOverride", map[string]any{
			"width": width, "height": 844, "deviceScaleFactor": 2, "mobile": true,
		}, nil); err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"zh", "en"} {
			for _, p := range pages {
				if strings.Contains(p, "%s") {
					p = strings.Replace(p, "%s", lang, 1)
				} else if lang == "en" {
					continue
				}
				if width == 390 && !strings.HasSuffix(p, "/zichuan-education-2022/") {
					continue
				}
				t.Run(fmt.Sprint(width)+p, func(t *testing.T) {
					if err := b.Navigate(srv.URL + p); err != nil {
						t.Fatal(err)
					}
					noSideways(t, b)
					if strings.HasSuffix(p, "/glossary/") {
						// The glossary reflows into a block a term instead
						// of scrolling inside its box: the rendering stands
						// under the term, and the box is no wider than the
						// screen.
						var g struct{ Scroll, Client, Term, Rendering int }
						if err := b.Eval(`(function () {
						var w = document.querySelector('.glossary').closest('.table-wrap'), r = document.querySelector('.glossary tbody tr');
						return {Scroll: w.scrollWidth, Client: w.clientWidth, Term: Math.round(r.querySelector('th').getBoundingClientRect().bottom),
							Rendering: Math.round(r.querySelector('td').getBoundingClientRect().top)};
					})()`, &g); err != nil {
							t.Fatal(err)
						}
						if g.Scroll > g.Client || g.Rendering < g.Term {
							t.Errorf("glossary: table %dpx wide in a %dpx box, first rendering at %d, term ends at %d: want it reflowed, not scrolling", g.Scroll, g.Client, g.Rendering, g.Term)
						}
					}
					if width != 390 || !strings.HasSuffix(p, "/zichuan-education-2022/") {
						return
					}
					firstScreen(t, b)
				})
			}
		}
	}
}

// firstScreen fails t unless the plan page open in b shows, on its first
// screen, the plan's title and the first line of its text — the notice's
// number or title, a passage's heading or text, whichever the document
// starts with — the metadata and contents folded.
func firstScreen(t *testing.T, b *cdp.Browser) {
	t.Helper()
	var first struct {
		Title, Text, Screen int
		Folded              bool
	}
	if err := b.Eval(`(function () {
		var h = document.querySelector('.plan-head h1'), p = document.querySelector('article.plan p.w-title, article.plan p.w-number, article.plan .node p, article.plan p.node, article.plan .node > .heading');
		return {Title: Math.round(h.getBoundingClientRect().bottom), Text: Math.round(p.getBoundingClientRect().top + 30), Screen: innerHeight,
			Folded: !document.querySelector('.meta-fold').open && !document.querySelector('.toc-fold').open};
	})()`, &first); err != nil {
		t.Fatal(err)
	}
	if first.Title > first.Screen || first.Text > first.Screen || !first.Folded {
		t.Errorf("first screen (%d px): title ends at %d, text's first line at %d, metadata and contents folded %v",
			first.Screen, first.Title, first.Text, first.Folded)
	}
}

// phone makes b a phone's screen width px wide: the layout viewport is
// the screen, not a desktop window.
func phone(t *testing.T, b *cdp.Browser, width int) {
	t.Helper()
	if err := b.Call("Emulation.setDeviceMetricsOverride", map[string]any{
		"width": width, "height": 844, "deviceScaleFactor": 2, "mobile": true,
	}, nil); err != nil {
		t.Fatal(err)
	}
}

// noSideways fails t when the page open in b is wider than the screen,
// naming the elements that stick out (a table or figure scrolling inside
// its own box is no fault).
func noSideways(t *testing.T, b *cdp.Browser) {
	t.Helper()
	var have struct{ Scroll, View int }
	if err := b.Eval(`({Scroll: document.documentElement.scrollWidth, View: window.innerWidth})`, &have); err != nil {
		t.Fatal(err)
	}
	if have.Scroll > have.View {
		var wide []string
		b.Eval(`[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap, .matrix-scroll, pre, [data-scroll]')).slice(0, 5).map(e => e.tagName + '.' + e.className)`, &wide)
		t.Errorf("page is %dpx wide on a %dpx screen; too wide: %v", have.Scroll, have.View, wide)
	}
}

// TestPhoneWidthLibrary opens, at 320 px, the pages a library of plans
// adds or makes different, in both languages: every plan's page (the
// untranslated ones with their Chinese tables, the wide tables of 浙江's
// projects), the pages around a plan with the widest tables, a
// department named in two plans, the departments of a government, the
// library's filters and the search across plans. None may scroll
// sideways.
func TestPhoneWidthLibrary(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	s := buildLibrary(t, library.Sources)
	srv := serve(t, s)
	b := cdp.Start(t, 320, 844)
	var pages []string
	for name := range s.Files {
		if slug, ok := strings.CutSuffix(strings.TrimPrefix(name, "zh/"), "/data/index.html"); ok && !strings.Contains(slug, "/") {
			pages = append(pages, "/%s/"+slug+"/")
		}
	}
	sort.Strings(pages)
	plans := len(pages)
	wide := "zhejiang-urban-waterlogging-2021"
	pages = append(pages, "/%s/"+wide+"/targets/", "/%s/"+wide+"/matrix/", "/%s/"+wide+"/parallel/", "/%s/"+wide+"/data/",
		"/%s/"+wide+"/goto/", "/%s/"+wide+"/timetable/", "/%s/"+wide+"/proj_10/", "/%s/"+wide+"/part_1/",
		"/%s/departments/", "/%s/plans/issuer/zichuan-government/", "/%s/plans/year/2022/by-title/", "/%s/search/?q=%E6%88%BF%E5%9C%B0%E4%BA%A7")
	// At 390 px every plan opens on its title and text, translated or
	// not; at 320 px nothing scrolls sideways.
	phone(t, b, 390)
	for _, lang := range []string{"zh", "en"} {
		for _, p := range pages[:plans] {
			p = strings.Replace(p, "%s", lang, 1)
			t.Run("390"+p, func(t *testing.T) {
				if err := b.Navigate(srv.URL + p); err != nil {
					t.Fatal(err)
				}
				firstScreen(t, b)
			})
		}
	}
	phone(t, b, 320)
	for _, lang := range []string{"zh", "en"} {
		for _, p := range pages {
			p = strings.Replace(p, "%s", lang, 1)
			t.Run("320"+p, func(t *testing.T) {
				if err := b.Navigate(srv.URL + p); err != nil {
					t.Fatal(err)
				}
				noSideways(t, b)
			})
		}
	}
}
