package site_test

import (
	"testing"

	"plansite/generator/cdp"
)

// TestTargetCardsWithoutEmptyRows: on a phone, where the targets table is
// a card per target, a card shows only the rows it has something for: no
// "Deadline —" and "Lead department —" under a figure that has neither,
// which doubled the cards of plans whose targets name no one (Baotou's
// formula weights). The table on a wide screen keeps its dashes, which
// hold its columns.
func TestTargetCardsWithoutEmptyRows(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	srv := serve(t, built(t))
	b := cdp.Start(t, 390, 844)
	dashes := `[...document.querySelectorAll('.targets td')].filter(function (td) {
		return td.offsetParent !== null && td.textContent.trim() === '—';
	}).length`
	for _, width := range []int{390, 1280} {
		phone(t, b, width)
		for _, lang := range []string{"zh", "en"} {
			if err := b.Navigate(srv.URL + "/" + lang + "/zichuan-education-2022/targets/"); err != nil {
				t.Fatal(err)
			}
			var n int
			if err := b.Eval(dashes, &n); err != nil {
				t.Fatal(err)
			}
			switch {
			case width < 600 && n > 0:
				t.Errorf("%s at %d px: %d rows of cards say only —", lang, width, n)
			case width >= 600 && n == 0:
				t.Errorf("%s at %d px: the table shows no — in its empty cells", lang, width)
			}
		}
	}
}
