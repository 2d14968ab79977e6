package serve

import (
	"bytes"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"plansite/generator/site"
)

// syncBuffer is a log the check writes from its goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *syncBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncBuffer) take() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.b.String()
	w.b.Reset()
	return s
}

// pageCount is how many pages proj has: what a whole check renders.
func pageCount(t *testing.T, proj *site.Project) int {
	t.Helper()
	paths, err := proj.Paths()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range paths {
		if proj.IsPage(p) {
			n++
		}
	}
	return n
}

// TestCheckAfterTemplateSave: after a save of one page kind's template,
// the check renders that kind's pages only, the others being printed by
// the same templates from the same files as when the last check passed;
// after a save of a seed, or of a partial every kind includes, it renders
// every page. Each check tells the pages when it starts, whether it
// renders every page, and when it ends. The check rendered every page
// after every save, minutes for a generated 5 MB plan, without a word.
func TestCheckAfterTemplateSave(t *testing.T) {
	dir := project(t)
	var log syncBuffer
	rb := newRebuilder(os.DirFS(dir), &log, &idle{}, func(*served) {}, func(*Status) {})
	rb.lim = testLimits()
	var mu sync.Mutex
	var told []Check
	rb.tell = func(c *Check) {
		mu.Lock()
		told = append(told, *c)
		mu.Unlock()
	}
	t.Cleanup(rb.stop)
	scoped := regexp.MustCompile(`rendered the (\d+) pages not checked with their templates`)
	every := 0 // pages of a whole check
	save := func(t *testing.T, file, from, to string) (pages int, all bool) {
		t.Helper()
		var changed []string
		if file != "" {
			edit(t, dir, file, from, to)
			changed = []string{file}
		}
		mu.Lock()
		told = nil
		mu.Unlock()
		if st := rb.build(changed); st.Error != nil {
			t.Fatal(st.Error.Msg)
		}
		rb.checks.Wait()
		out := log.take()
		mu.Lock()
		defer mu.Unlock()
		if len(told) != 2 || !told[0].Running || told[1].Running || told[0].Build != told[1].Build {
			t.Errorf("told %+v, want the check running, then not", told)
		} else {
			all = told[0].All
		}
		if m := scoped.FindStringSubmatch(out); m != nil {
			pages, _ = strconv.Atoi(m[1])
			return pages, all
		}
		if !bytes.Contains([]byte(out), []byte("rendered every page")) {
			t.Fatalf("have log %q, want the check's end", out)
		}
		return every, all
	}
	if _, all := save(t, "", "", ""); !all {
		t.Error("the first check: have some pages, want every page")
	}
	every = pageCount(t, rb.cur.proj)
	tests := []struct {
		name, file, from, to string
		want                 func(int) bool
		all                  bool
	}{
		{"the plan page's template", "templates/plan.html", `<article class="plan"`, `<article class="plan edited"`,
			func(n int) bool { return n >= 1 && n <= 10 }, false},
		{"the same again", "templates/plan.html", `<article class="plan edited"`, `<article class="plan edited again"`,
			func(n int) bool { return n >= 1 && n <= 10 }, false},
		{"a seed", "seeds/zichuan-education-2022.txt", "不少于1个百分点", "不少于2个百分点",
			func(n int) bool { return n == every }, true},
		{"the page template after the seed's check", "templates/plan.html", `<article class="plan edited again"`, `<article class="plan"`,
			func(n int) bool { return n >= 1 && n <= 10 }, false},
		{"a partial", "templates/partials/resp.html", `<span class="resp">`, `<span class="resp edited">`,
			func(n int) bool { return n == every }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, all := save(t, tt.file, tt.from, tt.to)
			if !tt.want(n) || all != tt.all {
				t.Errorf("have %d pages rendered (every page: %v), want those of the kinds changed of %d (every page: %v)", n, all, every, tt.all)
			}
		})
	}
	// A temporary file under templates/ is not a template.
	if layoutFile("templates/.plan.html.swp") || layoutFile("templates/assets/site.css") || !layoutFile("templates/partials/resp.html") {
		t.Error("layoutFile: have a swap file or an asset taken for a template, or a partial not")
	}
}

// TestCheckTakenUp: a check that a save of templates alone cuts short is
// taken up where it was: the next check renders the pages it had not
// reached and those of the kinds whose templates changed, not every page
// again, so that saves of templates faster than a whole check still get
// every page checked in the end.
func TestCheckTakenUp(t *testing.T) {
	dir := project(t)
	var log syncBuffer
	rb := newRebuilder(os.DirFS(dir), &log, &idle{}, func(*served) {}, func(*Status) {})
	rb.lim = testLimits()
	t.Cleanup(rb.stop)
	const file = "templates/plan.html"
	var pages atomic.Int32
	var once sync.Once
	rb.beforeCheckFile = func(name string) {
		if strings.HasSuffix(name, ".html") && pages.Add(1) == 30 {
			once.Do(func() {
				edit(t, dir, file, `<article class="plan"`, `<article class="plan edited"`)
				if st := rb.build([]string{file}); st.Error != nil {
					t.Error(st.Error.Msg)
				}
			})
		}
	}
	if st := rb.build(nil); st.Error != nil {
		t.Fatal(st.Error.Msg)
	}
	every := pageCount(t, rb.cur.proj)
	rb.checks.Wait()
	m := regexp.MustCompile(`rendered the (\d+) pages not checked`).FindStringSubmatch(log.take())
	if m == nil {
		t.Fatalf("have no check of the pages left, want one")
	}
	n, _ := strconv.Atoi(m[1])
	if n > every-20 || n < 1 {
		t.Errorf("have %d pages rendered after the save, want those the first check did not reach (it rendered over 20 of %d)", n, every)
	}
}

// TestCheckTold: pages are told over the event stream when the check
// starts and ends, and a page that connects while it runs is told after
// its hello; the statuses they read in order are unchanged.
func TestCheckTold(t *testing.T) {
	s := start(t, project(t), testQuiet)
	st := connect(t, s)
	if ev := st.next(t); ev.event != "hello" {
		t.Fatalf("have %s, want hello", ev)
	}
	var seen []Check
	deadline := time.After(eventWait)
	for len(seen) < 2 || seen[len(seen)-1].Running {
		select {
		case c := <-st.checks:
			seen = append(seen, c)
		case <-deadline:
			t.Fatalf("have %+v within %v, want the check running, then not", seen, eventWait)
		}
	}
	if !seen[0].Running || !seen[0].All || seen[0].Build == "" {
		t.Errorf("have %+v first, want the first check running over every page", seen[0])
	}
	// A page connecting while a check runs hears of it after its hello.
	s.hub.publishCheck(&Check{Build: "b", Running: true})
	late := connect(t, s)
	if ev := late.next(t); ev.event != "hello" {
		t.Fatalf("have %s, want hello", ev)
	}
	select {
	case c := <-late.checks:
		if !c.Running || c.Build != "b" {
			t.Errorf("have %+v, want the check running", c)
		}
	case <-time.After(eventWait):
		t.Fatal("no check state after hello")
	}
	st.none(t, testQuiet)
}
