package site_test

import (
	"strings"
	"testing"

	"plansite/generator/cdp"
	"plansite/generator/internal/library"
)

// TestSeparatorsStayWithLinksOnPhone: on a phone, where links are boxes
// of 44 px (inline-flex) and a line may break before any box, no line of
// links ends with the "·" that belongs to the link after it: a card's
// links, a plan page's, a department's. The no-break space after the dot
// (TestSeparatorsStayWithLinks) kept them together in text, not before a
// box: readers9 saw "目标指标 ·" end a card's line at 390 px.
func TestSeparatorsStayWithLinksOnPhone(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	if testing.Short() {
		t.Skip("browser test")
	}
	s := buildLibrary(t, library.Sources)
	srv := serve(t, s)
	b := cdp.Start(t, 390, 844)
	for _, width := range []int{390, 320} {
		phone(t, b, width)
		for _, p := range []string{"/zh/", "/en/", "/zh/zichuan-education-2022/", "/en/zichuan-education-2022/", "/zh/departments/ah-commerce-department/"} {
			if err := b.Navigate(srv.URL + p); err != nil {
				t.Fatal(err)
			}
			var stranded []string
			if err := b.Eval(`(function () {
				var out = [], w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (var n = w.nextNode(); n; n = w.nextNode()) {
					var i = n.data.lastIndexOf('·');
					if (i < 0 || n.data.slice(i + 1).trim() !== '') continue;
					var next = n.nextSibling || n.parentNode.nextSibling;
					while (next && next.nodeType === 1 && next.tagName !== 'A') next = next.querySelector('a') || null;
					if (!next || next.nodeType !== 1) continue;
					var r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
					var dot = r.getBoundingClientRect(), link = next.getBoundingClientRect();
					if (dot.width === 0 || link.width === 0) continue;
					if (dot.top + dot.height / 2 < link.top) out.push('"' + n.parentNode.textContent.trim().slice(0, 40) + '" before ' + next.textContent.trim());
				}
				return out.slice(0, 6);
			})()`, &stranded); err != nil {
				t.Fatal(err)
			}
			if len(stranded) > 0 {
				t.Errorf("%d px %s: a line ends with the dot of the next link: %s", width, p, strings.Join(stranded, "; "))
			}
		}
	}
}
