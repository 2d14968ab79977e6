package serve

import (
	"context"
	"os"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"plansite/generator/site"
)

// TestLimitsGrowWithPlans: the preview's limits per page grow with the
// plans' text, so that a page as large as its plan makes it (the plan page
// of a 5 MB seed is over 100 MB) is served, not failed as a template
// looping without end. Here the limit is below the Zichuan plan page's
// 350 KB, as 50 MB is below that 100 MB page.
func TestLimitsGrowWithPlans(t *testing.T) {
	s := startWith(t, Options{Root: project(t), Quiet: testQuiet, Limits: site.Limits{Time: time.Minute, Bytes: 200 << 10}})
	code, body := get(t, s, "/zh/zichuan-education-2022/")
	if code != 200 || len(body) < 200<<10 || !strings.Contains(body, "</html>") {
		t.Errorf("have %d, %d bytes; want the whole plan page, over 200 KB", code, len(body))
	}
}

// TestPreviewMemoryLimit: the preview holds the runtime's memory to
// previewMemory, where GOGC=300 alone let a large plan's preview grow to
// four times its live heap (1.9 GB for a 5 MB seed).
func TestPreviewMemoryLimit(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT is set: the user's choice is kept")
	}
	prev := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })
	startWith(t, Options{Root: project(t), Quiet: testQuiet, Limits: testLimits()})
	if have := debug.SetMemoryLimit(-1); have != previewMemory {
		t.Errorf("have a memory limit of %d, want %d", have, previewMemory)
	}
}

// TestBadAddressOneLine: an address the preview cannot listen on is one
// line, the error, where a warning that the address was reachable from
// other machines came before it.
func TestBadAddressOneLine(t *testing.T) {
	var log strings.Builder
	err := Run(context.Background(), Options{Root: project(t), Addr: "nonsense", Log: &log})
	if err == nil || !strings.Contains(err.Error(), "nonsense") {
		t.Errorf("have %v, want an error naming the address", err)
	}
	if log.Len() > 0 {
		t.Errorf("printed %q besides the error", log.String())
	}
}

// TestRunawayTemplate: a template that loops without end is reported at
// its file:line after the preview's time limit, the page is served from
// the last good save meanwhile, and the server lives on to serve the
// mended template. The limit is longer than the preview's 2 s, so that no
// real page reaches it on a loaded machine, and the loop runs past any
// limit (30 million times 30 million iterations, printing nothing after
// "<p>" at line 1, so that only the time limit stops it).
func TestRunawayTemplate(t *testing.T) {
	if testing.Short() {
		t.Skip("renders for seconds")
	}
	dir := project(t)
	lim := site.Limits{Time: 10 * time.Second, Bytes: site.PreviewLimits().Bytes}
	s := startWith(t, Options{Root: dir, Quiet: testQuiet, Limits: lim})
	st := connect(t, s)
	const page = "/zh/zichuan-education-2022/"
	if ev := st.next(t); ev.event != "hello" || ev.status.Error != nil {
		t.Fatalf("have %s %+v, want hello", ev.event, ev.status)
	}
	_, good := get(t, s, page)

	edit(t, dir, "templates/plan.html", `{{define "main"}}`, `{{define "main"}}<p>{{range add 30000000 0}}{{range add 30000000 0}}{{end}}{{end}}`)
	if ev := st.next(t); ev.event != "reload" {
		t.Fatalf("after the save have %s %+v, want reload (the template parses)", ev.event, ev.status)
	}
	code, body := get(t, s, page)
	if code != 200 || strip(body) != strip(good) {
		t.Errorf("have %d and a page %d bytes long, want 200 and the last good page (%d bytes)", code, len(body), len(good))
	}
	ev := st.next(t)
	if p := ev.status.Error; ev.event != "problem" || p == nil || p.File != "templates/plan.html" || p.Line != 1 || !strings.Contains(p.Msg, "the preview's limit") {
		t.Fatalf("have %s %+v, want a problem at templates/plan.html:1 saying the page took too long", ev.event, p)
	}
	// The limit the message gives grows with the plan's text
	// (site.Limits.For): lim.Time and a little more for a small plan.
	var took time.Duration
	if _, after, ok := strings.Cut(ev.status.Error.Msg, "took over "); ok {
		took, _ = time.ParseDuration(strings.Fields(after)[0])
	}
	if took < lim.Time || took > lim.Time+2*time.Second {
		t.Errorf("have %q, want the limit, %v and a little more for the plan's text", ev.status.Error.Msg, lim.Time)
	}

	edit(t, dir, "templates/plan.html", `{{define "main"}}<p>{{range add 30000000 0}}{{range add 30000000 0}}{{end}}{{end}}`, `{{define "main"}}`)
	if ev := st.next(t); ev.event != "reload" || ev.status.Error != nil {
		t.Fatalf("after mending have %s %+v, want reload", ev.event, ev.status)
	}
	if code, body := get(t, s, page); code != 200 || strip(body) != strip(good) {
		t.Errorf("after mending have %d, want the page as before", code)
	}

	// A loop that prints nothing over a constant is refused when the
	// templates load: at once, at its place, the last good site served.
	edit(t, dir, "templates/plan.html", `{{define "main"}}`, `{{define "main"}}{{range 3000000000}}{{end}}`)
	ev = st.next(t)
	if p := ev.status.Error; ev.event != "problem" || p == nil || p.File != "templates/plan.html" || p.Line != 1 || !strings.Contains(p.Msg, "at most 100000") {
		t.Fatalf("have %s %+v, want a problem at templates/plan.html:1 refusing the range", ev.event, p)
	}
	if code, body := get(t, s, page); code != 200 || strip(body) != strip(good) {
		t.Errorf("have %d, want the last good page", code)
	}
	edit(t, dir, "templates/plan.html", `{{define "main"}}{{range 3000000000}}{{end}}`, `{{define "main"}}`)
	if ev := st.next(t); ev.event != "reload" || ev.status.Error != nil {
		t.Fatalf("after mending have %s %+v, want reload", ev.event, ev.status)
	}
}
