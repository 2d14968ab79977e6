package site_test

import (
	"encoding/base64"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/cdp"
)

// printTools skips a print test under -short or where Chromium or
// pdftotext is missing, and returns pdftotext's path.
func printTools(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("no pdftotext (poppler-utils); .ci/run installs it")
	}
	return pdftotext
}

// printedText prints the page open in b to PDF and returns the text
// pdftotext reads from it, given args before the file (-f 1 -l 1: the
// first page only).
func printedText(t *testing.T, b *cdp.Browser, pdftotext string, args ...string) string {
	t.Helper()
	var pdf struct{ Data string }
	must(t, b.Call("Page.printToPDF", map[string]any{"printBackground": false}, &pdf))
	data, err := base64.StdEncoding.DecodeString(pdf.Data)
	must(t, err)
	file := filepath.Join(t.TempDir(), "page.pdf")
	must(t, os.WriteFile(file, data, 0o644))
	out, err := exec.Command(pdftotext, append(args, file, "-")...).Output()
	must(t, err)
	return string(out)
}

// TestPrintStartsWithText prints permalink pages to PDF in Chromium and
// reads their first page (poppler's pdftotext): the passage's heading and
// its first words must be there, not pushed to page 2 by a rule that
// keeps a task whole (a long task left page 1 blank but for breadcrumbs).
func TestPrintStartsWithText(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	pdftotext := printTools(t)
	srv := serve(t, built(t))
	b := cdp.Start(t, 1280, 900)
	for _, tt := range []struct {
		page string
		want []string
	}{
		{"/en/zichuan-education-2022/part_2__sec_1__item_4/", []string{"Improving the diversified system", "Firmly establish the concept"}},
		{"/en/zichuan-education-2022/proj_12/", []string{"Key project 12"}},
	} {
		t.Run(tt.page, func(t *testing.T) {
			must(t, b.Navigate(srv.URL+tt.page))
			first := strings.Join(strings.Fields(printedText(t, b, pdftotext, "-f", "1", "-l", "1")), " ")
			for _, w := range tt.want {
				if !strings.Contains(first, w) {
					t.Errorf("printed page 1 lacks %q; have %q", w, first)
				}
			}
		})
	}
}

// TestPrintLeavesOutNavigation prints permalink pages and reads every
// printed page: the link back to the full text ("Full text", "全文"), like
// the pager and the print button beside it, is for the screen; printed
// alone on the last page it was a word that led nowhere.
func TestPrintLeavesOutNavigation(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	pdftotext := printTools(t)
	srv := serve(t, built(t))
	b := cdp.Start(t, 1280, 900)
	for _, tt := range []struct{ page, link string }{
		{"/en/zichuan-education-2022/proj_12/", "Full text"},
		{"/zh/zichuan-education-2022/part_2__sec_1__item_4/", "全文"},
	} {
		t.Run(tt.page, func(t *testing.T) {
			must(t, b.Navigate(srv.URL+tt.page))
			for line := range strings.Lines(printedText(t, b, pdftotext)) {
				if strings.TrimSpace(line) == tt.link {
					t.Errorf("the printed page has the link %q on a line of its own", tt.link)
				}
			}
		})
	}
}

// TestPrintPlanMetadata: a printed plan keeps its metadata table but not
// what only a screen can use: the English translation's progress bar and
// the link to download the original file, printed without its address.
func TestPrintPlanMetadata(t *testing.T) {
	t.Parallel() // the slow tests run side by side (-parallel), overlapping their waits on Chromium
	srv, b := inBrowser(t, 1280, 900)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			must(t, b.Navigate(srv.URL+"/"+lang+"/zichuan-education-2022/"))
			must(t, b.Call("Emulation.setEmulatedMedia", map[string]any{"media": "print"}, nil))
			defer b.Call("Emulation.setEmulatedMedia", map[string]any{"media": ""}, nil)
			var shown map[string]bool
			must(t, b.Eval(`(function () {
				var out = {};
				for (var s of ['.tr-status', '.original', 'dl.meta']) {
					var e = document.querySelector(s);
					out[s] = !!e && e.getClientRects().length > 0;
				}
				return out;
			})()`, &shown))
			for s, want := range map[string]bool{".tr-status": false, ".original": false, "dl.meta": true} {
				if shown[s] != want {
					t.Errorf("printed, %s shown: %v, want %v", s, shown[s], want)
				}
			}
		})
	}
}
