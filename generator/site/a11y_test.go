package site_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/internal/library"
)

// axePath is where .ci/run installs axe-core (npm), the accessibility
// engine browsers' own audits use; PLANSITE_AXE may point elsewhere.
func axePath() string {
	if p := os.Getenv("PLANSITE_AXE"); p != "" {
		return p
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".cache", "plansite", "axe", "node_modules", "axe-core", "axe.min.js")
}

// TestAccessibility runs axe-core's WCAG 2.2 A and AA rules (and its best
// practices) on every kind of page in both languages, as UK public bodies
// must meet WCAG 2.2 AA.
func TestAccessibility(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	axe, err := os.ReadFile(axePath())
	if err != nil {
		t.Skipf("axe-core not installed (%v); .ci/run installs it", err)
	}
	s := buildFrozen(t)
	srv := serve(t, s)
	b := cdp.Start(t, 1280, 900)
	pages := []string{"/", "/zh/", "/en/", "/zh/zichuan-education-2022/", "/en/zichuan-education-2022/",
		"/zh/zichuan-education-2022/part_2__sec_1__item_4/", "/en/zichuan-education-2022/proj_12/",
		"/en/departments/", "/zh/departments/education-sports-bureau/", "/zh/zichuan-education-2022/targets/",
		"/en/zichuan-education-2022/matrix/", "/en/zichuan-education-2022/parallel/", "/zh/zichuan-education-2022/data/",
		"/en/search/?q=myopia", "/zh/search/?q=近视", "/zh/zichuan-education-2022/goto/", "/en/glossary/", "/404.html"}
	check := func(name, p string) {
		t.Run(name, func(t *testing.T) { axeCheck(t, b, axe, srv.URL+p) })
	}
	for _, p := range pages {
		check(p, p)
	}
	// On a phone the plan page's folds, the floating navigation, the cite
	// controls and the tables are laid out differently: check there too.
	if err := b.Call("Emulation.setDeviceMetricsOverride", map[string]any{
		"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": true,
	}, nil); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/zh/zichuan-education-2022/", "/en/zichuan-education-2022/", "/zh/zichuan-education-2022/part_2__sec_1__item_4/",
		"/en/zichuan-education-2022/targets/", "/zh/search/?q=眼睛", "/en/glossary/", "/en/zichuan-education-2022/data/"} {
		check("390"+p, p)
	}
}

// axeCheck opens url and fails the test on every violation axe-core finds
// there.
func axeCheck(t *testing.T, b *cdp.Browser, axe []byte, url string) {
	t.Helper()
	if err := b.Navigate(url); err != nil {
		t.Fatal(err)
	}
	if err := b.Eval(string(axe), nil); err != nil {
		t.Fatal(err)
	}
	var violations []struct {
		ID, Impact, Help string
		Targets          [][]string
	}
	// Every rule runs; resultTypes keeps axe from gathering every node
	// that passes, which only violations need (a quarter less time on the
	// plan page).
	err := b.Eval(`axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'], resultTypes: ['violations']})
		.then(r => r.violations.map(v => ({ID: v.id, Impact: v.impact, Help: v.help, Targets: v.nodes.slice(0, 3).map(n => n.target.map(String))})))`, &violations)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range violations {
		where, _ := json.Marshal(v.Targets)
		t.Errorf("%s (%s): %s at %s", v.ID, v.Impact, v.Help, where)
	}
}

// TestAccessibilityLibrary runs the same check on a library of many plans
// (the frozen 14-plan library, library.Project): the home page and its
// filters, filter pages, a plan without a translation, at 1280 and 390 px.
func TestAccessibilityLibrary(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	axe, err := os.ReadFile(axePath())
	if err != nil {
		t.Skipf("axe-core not installed (%v); .ci/run installs it", err)
	}
	s := buildLibrary(t, library.Sources)
	srv := serve(t, s)
	b := cdp.Start(t, 1280, 900)
	// The pages a library adds or makes longer; the kinds of page are
	// checked on the bundled plan above.
	pages := []string{"/zh/", "/en/plans/year/2022/", "/en/plans/issuer/zichuan-government/by-title/", "/en/anhua-realestate-2022/"}
	for _, p := range pages {
		t.Run(p, func(t *testing.T) { axeCheck(t, b, axe, srv.URL+p) })
	}
	if err := b.Call("Emulation.setDeviceMetricsOverride", map[string]any{
		"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": true,
	}, nil); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/en/"} {
		t.Run("390"+p, func(t *testing.T) { axeCheck(t, b, axe, srv.URL+p) })
	}
}
