package site

import (
	"net/url"
	"strings"
	"testing"

	"plansite/generator/cdp"
)

// TestSearchFirstPlanWithout: a plan page's box searches that plan first;
// when the plan has none of the results, the results page says so, naming
// it, rather than leaving its reader to take the other plans' results for
// its own. A plan that has results gets no such note.
func TestSearchFirstPlanWithout(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test on a library of 14 plans")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	s := LibrarySite(t, libraryPlans)
	base := serveUnder(t, s.Files, searchSub)
	b := cdp.Start(t, 1280, 900)
	done := `document.getElementById('search-results').dataset.searchState === 'done'`
	note := `(document.querySelector('#search-results .search-first-none') || {}).textContent || ''`
	for _, c := range []struct{ lang, q, first, want string }{
		{"zh", "近视", "beijing-railway-safety-2023", "《北京市铁路沿线安全管理规定》中没有找到“近视”"},
		{"en", "myopia", "beijing-railway-safety-2023", "”; these results are from other plans."},
		{"zh", "近视", "zichuan-education-2022", ""},
	} {
		mustDo(t, b.Navigate(base+c.lang+"/search/?q="+url.QueryEscape(c.q)+"&first="+c.first))
		mustDo(t, b.WaitFor(done))
		var have string
		mustDo(t, b.Eval(note, &have))
		if c.want == "" && have != "" || c.want != "" && !strings.Contains(have, c.want) {
			t.Errorf("%s ?q=%s&first=%s: note %q, want %q", c.lang, c.q, c.first, have, c.want)
		}
	}
}
