package serve

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// deadlocked is how long TestOpenDataPageDuringCheck waits for a request
// and the check before it calls them deadlocked: the open-data page of the
// test project renders in milliseconds, and in seconds on a loaded machine.
const deadlocked = 2 * time.Minute

// TestOpenDataPageDuringCheck opens a plan's open-data page just as the
// background check begins to make that plan's data files, and checks that
// both the request and the check end. The check waits before each file
// until no request is in flight; if it made the files while holding what
// the open-data page waits on (site's record of the data files, made
// once), the request would wait for the check and the check for the
// request, for ever (fixed in commit b7e5433).
//
// The interleaving is forced, not hoped for: the check's hook sends the
// request when the check is about to make the plan's JSON export and
// returns only once the request is in flight, so the check then waits for
// it.
func TestOpenDataPageDuringCheck(t *testing.T) {
	s := &Server{opts: Options{Addr: "127.0.0.1:1313"}, hub: newHub(context.Background())}
	s.rb = newRebuilder(testproject.FS(), io.Discard, &s.idle, s.current.Store, s.hub.publish)
	s.rb.lim = testLimits()

	type answer struct {
		code int
		body string
	}
	answered := make(chan answer, 1)
	var (
		once sync.Once
		page string // the open-data page asked for
	)
	s.rb.beforeCheckFile = func(name string) {
		// A plan's Chinese export, data/<slug>.json: not the schema
		// (data/plan.schema.json) nor another language's (.en.json).
		slug, ok := strings.CutSuffix(strings.TrimPrefix(name, "data/"), ".json")
		if !strings.HasPrefix(name, "data/") || !ok || strings.Contains(slug, ".") {
			return
		}
		once.Do(func() {
			page = "/zh/" + slug + "/data/"
			done := make(chan struct{})
			go func() {
				defer close(done)
				w := httptest.NewRecorder()
				s.ServeHTTP(w, localRequest(http.MethodGet, page))
				answered <- answer{w.Code, w.Body.String()}
			}()
			// Return once the request is in flight (or, if it is quick,
			// over): the check then waits for it to end.
			for s.idle.busy.Load() == 0 {
				select {
				case <-done:
					return
				case <-time.After(time.Millisecond):
				}
			}
		})
	}
	// stop cancels the check, which then goes on without waiting: a
	// deadlocked request ends with it.
	t.Cleanup(s.rb.stop)

	if st := s.rb.build(nil); st.Error != nil {
		t.Fatalf("load: %s", st.Error.Msg)
	}
	checked := make(chan struct{})
	go func() {
		s.rb.checks.Wait()
		close(checked)
	}()
	timeout := time.After(deadlocked)
	for answered != nil || checked != nil {
		select {
		case a := <-answered:
			answered = nil
			if a.code != http.StatusOK {
				t.Errorf("%s: have status %d, want 200", page, a.code)
			}
			if want := "/data/" + strings.Split(page, "/")[2] + ".json"; !strings.Contains(a.body, want) {
				t.Errorf("%s does not list %s", page, want)
			}
		case <-checked:
			checked = nil
			if page == "" {
				t.Fatal("the check made no plan's data files")
			}
		case <-timeout:
			s.rb.stop()
			t.Fatalf("deadlock: %v after the load, the open-data page asked for while the check made its plan's data files has answered: %t; the check has ended: %t",
				deadlocked, answered == nil, checked == nil)
		}
	}
	if s.current.Load().failed.Load() {
		t.Error("the check failed")
	}
}

// TestSaveCancelsCheck: a save cancels the check of the last save's
// project, even one held in a template that loops without printing, under
// a time limit it would take an hour to reach, so that no check nobody
// needs keeps the machine's cores from the next load. (rb.stop cancels
// only the check of the last save; if the save had not cancelled the
// first check, it would wait for it.)
func TestSaveCancelsCheck(t *testing.T) {
	dir := project(t)
	rb := newRebuilder(os.DirFS(dir), io.Discard, &idle{}, func(*served) {}, func(*Status) {})
	rb.lim = site.Limits{Time: time.Hour, Bytes: site.PreviewLimits().Bytes}
	started := make(chan struct{})
	var once sync.Once
	rb.beforeCheckFile = func(string) { once.Do(func() { close(started) }) }
	const footer, loop = `<footer class="site-footer">`, `{{range add 3000000000 0}}{{end}}`

	edit(t, dir, "templates/base.html", footer, loop+footer)
	if st := rb.build(nil); st.Error != nil {
		t.Fatalf("the looping template: have %s, want it loaded (it parses)", st.Error.Msg)
	}
	select {
	case <-started:
	case <-time.After(deadlocked):
		t.Fatal("the check never began")
	}
	held := make(chan struct{})
	go func() {
		rb.checks.Wait()
		close(held)
	}()
	select {
	case <-held:
		t.Fatal("the check of the looping template ended by itself: the test proves nothing")
	case <-time.After(time.Second):
	}

	edit(t, dir, "templates/base.html", loop+footer, footer)
	if st := rb.build(nil); st.Error != nil {
		t.Fatalf("the mended template: %s", st.Error.Msg)
	}
	stopped := make(chan struct{})
	go func() {
		rb.stop()
		close(stopped)
	}()
	select {
	case <-stopped:
	case <-time.After(30 * time.Second):
		t.Fatal("30 s after the next save, the check of the looping template is still running")
	}
}
