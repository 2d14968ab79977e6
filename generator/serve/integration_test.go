package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// project copies the repository's seeds/, content/ and templates/ into a
// temporary directory that a test may edit.
func project(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	src := testproject.FS()
	for _, top := range watched() {
		err := fs.WalkDir(src, top, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			dst := filepath.Join(dir, filepath.FromSlash(name))
			if d.IsDir() {
				return os.MkdirAll(dst, 0o755)
			}
			data, err := fs.ReadFile(src, name)
			if err != nil {
				return err
			}
			return os.WriteFile(dst, data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// testQuiet is the batching window of tests that count builds: longer than
// DefaultQuiet, so that a busy CI machine pausing between the steps of one
// save does not split it into two builds.
const testQuiet = 500 * time.Millisecond

// testLimits are the tests' limits per page: a page that a loaded machine
// (a shared CI runner, the race detector) takes seconds to render must not
// fail as a runaway template does. TestRunawayTemplate sets its own.
func testLimits() site.Limits {
	return site.Limits{Time: time.Minute, Bytes: site.PreviewLimits().Bytes}
}

// start runs a server over dir on a free loopback port.
func start(t testing.TB, dir string, quiet time.Duration) *Server {
	t.Helper()
	return startWith(t, Options{Root: dir, Quiet: quiet, Limits: testLimits()})
}

// startWith runs a server with opts on a free loopback port.
func startWith(t testing.TB, opts Options) *Server {
	t.Helper()
	opts.Addr, opts.Log = "127.0.0.1:0", io.Discard
	s, err := Start(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// Shutting down waits for the background check to stop, at its
		// next page: seconds on a loaded machine.
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := s.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
	})
	return s
}

// stream reads the server-sent events a page would receive.
type stream struct {
	events chan sse
	checks chan Check // the check's states, the first 64
	body   io.Closer
}

type sse struct {
	event  string
	status Status
}

func connect(t testing.TB, s *Server) *stream {
	t.Helper()
	resp, err := http.Get(s.URL() + strings.TrimPrefix(eventsPath, "/"))
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		t.Fatalf("events: have Content-Type %q", ct)
	}
	st := &stream{events: make(chan sse, 16), checks: make(chan Check, 64), body: resp.Body}
	t.Cleanup(func() { resp.Body.Close() })
	go func() {
		defer close(st.events)
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		var ev sse
		var data []byte
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				ev.event = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				data = []byte(line[len("data: "):])
			case line == "" && ev.event == "check":
				// The check's state comes apart from the statuses,
				// which tests read in order.
				var c Check
				if err := json.Unmarshal(data, &c); err != nil {
					panic(err)
				}
				select {
				case st.checks <- c:
				default:
				}
				ev = sse{}
			case line == "" && ev.event != "":
				if err := json.Unmarshal(data, &ev.status); err != nil {
					panic(err)
				}
				st.events <- ev
				ev = sse{}
			}
		}
	}()
	return st
}

// eventWait is how long a test waits for an event: a load takes a
// fraction of a second, but a loaded machine under the race detector may
// take many seconds, and the wait only ends a test that has failed.
const eventWait = 2 * time.Minute

// String describes the event for a failure message.
func (ev sse) String() string {
	s := ev.event + " of build " + ev.status.Build
	if p := ev.status.Error; p != nil {
		s += fmt.Sprintf(" with problem %s:%d: %s", p.File, p.Line, p.Msg)
	}
	return s
}

// next returns the next event, failing the test if none comes in time.
func (st *stream) next(t testing.TB) sse {
	t.Helper()
	select {
	case ev, ok := <-st.events:
		if !ok {
			t.Fatal("event stream ended")
		}
		return ev
	case <-time.After(eventWait):
		t.Fatalf("no event within %v", eventWait)
	}
	panic("unreachable")
}

// drain reads the events that have come, logging problems.
func (st *stream) drain(t testing.TB) {
	t.Helper()
	for {
		select {
		case ev, ok := <-st.events:
			if !ok {
				t.Fatal("event stream ended")
			}
			if ev.status.Error != nil {
				t.Logf("%s of build %s: %s", ev.event, ev.status.Build, ev.status.Error.Msg)
			}
		default:
			return
		}
	}
}

// none checks that no event comes within d.
func (st *stream) none(t testing.TB, d time.Duration) {
	t.Helper()
	select {
	case ev := <-st.events:
		t.Errorf("have unexpected %s event: %+v", ev.event, ev.status)
	case <-time.After(d):
	}
}

func get(t testing.TB, s *Server, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(s.URL() + strings.TrimPrefix(path, "/"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// servedAsBuilt checks that every file is served as build writes it from
// dir, HTML with the reload script of the build added.
func servedAsBuilt(t *testing.T, s *Server, dir, build string) {
	t.Helper()
	names, err := s.current.Load().proj.Paths()
	if err != nil {
		t.Fatal(err)
	}
	bodies := map[string]string{}
	for _, name := range names {
		_, bodies[name] = get(t, s, "/"+strings.TrimSuffix(name, "index.html"))
	}
	built, err := site.Build(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if have, want := len(names), len(built.Files); have != want {
		t.Errorf("have %d files served, want %d", have, want)
	}
	tag := `<script src="/_plansite/reload.js" data-plansite-build="` + build + `" defer></script>`
	for _, name := range built.Paths() {
		url := "/" + strings.TrimSuffix(name, "index.html")
		body := bodies[name]
		if strings.HasSuffix(name, ".html") {
			if strings.Count(body, tag) != 1 {
				t.Errorf("%s: have %d reload scripts of build %s, want 1", url, strings.Count(body, tag), build)
			}
			body = strings.Replace(body, tag, "", 1)
		}
		if body != string(built.Files[name]) {
			t.Errorf("%s: served content differs from the built %s", url, name)
		}
	}
}

func edit(t testing.TB, dir, name, old, new string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s does not contain %q", name, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLiveReload runs the server over a copy of the project and edits it as
// an editor would, watching what an open page is told and served.
func TestLiveReload(t *testing.T) {
	dir := project(t)
	s := start(t, dir, testQuiet)
	st := connect(t, s)
	const page = "/zh/zichuan-education-2022/"

	hello := st.next(t)
	if hello.event != "hello" || hello.status.Error != nil || hello.status.Build == "" {
		t.Fatalf("have first event %s %+v, want hello with a good build", hello.event, hello.status)
	}
	code, body := get(t, s, page)
	if code != 200 || !strings.Contains(body, `data-plansite-build="`+hello.status.Build+`"`) {
		t.Fatalf("have %d, want the plan page with the reload script of build %s", code, hello.status.Build)
	}

	// Every file is served as build writes it, HTML with the script added.
	servedAsBuilt(t, s, dir, hello.status.Build)

	// A seed edit reloads the page, which then shows the new text.
	edit(t, dir, "seeds/zichuan-education-2022.txt", "牢固树立教育优先发展战略思维", "牢固树立预览测试战略思维")
	ev := st.next(t)
	if ev.event != "reload" || ev.status.Error != nil || ev.status.Build == hello.status.Build {
		t.Fatalf("after a seed edit have %s, want reload with a new build", ev)
	}
	good := ev.status.Build
	if _, body := get(t, s, page); !strings.Contains(body, "牢固树立预览测试战略思维") {
		t.Fatal("after reload the page lacks the new text")
	}
	// The page was rendered before the reload and the others are still
	// rendering: those asked for now are rendered on demand, the rest in
	// the background, and all are as build writes them.
	servedAsBuilt(t, s, dir, good)

	// A broken template: every page is told where, and the last good site
	// is still served.
	edit(t, dir, "templates/plan.html", `{{define "main"}}`, `{{define "main"}}{{if}}`)
	ev = st.next(t)
	if ev.event != "problem" || ev.status.Error == nil {
		t.Fatalf("after breaking a template have %s %+v, want problem", ev.event, ev.status)
	}
	if p := ev.status.Error; p.File != "templates/plan.html" || p.Line < 1 || !strings.Contains(p.Msg, "missing value for if") || len(p.Source) == 0 {
		t.Errorf("have problem %+v, want templates/plan.html:line, missing value for if, with source", p)
	}
	if ev.status.Build != good {
		t.Errorf("have build %s during the error, want the last good %s", ev.status.Build, good)
	}
	if code, body := get(t, s, page); code != 200 || !strings.Contains(body, "牢固树立预览测试战略思维") {
		t.Errorf("while broken have %d, want the last good page", code)
	}

	// A page opened while the build is broken is told at once.
	late := connect(t, s)
	if ev := late.next(t); ev.event != "hello" || ev.status.Error == nil {
		t.Errorf("a page connecting now has %s %+v, want hello with the error", ev.event, ev.status)
	}

	// Mended, the pages reload and the overlay is gone.
	edit(t, dir, "templates/plan.html", `{{define "main"}}{{if}}`, `{{define "main"}}`)
	ev = st.next(t)
	if ev.event != "reload" || ev.status.Error != nil || ev.status.Build == good {
		t.Fatalf("after mending have %s %+v, want reload with a new build", ev.event, ev.status)
	}
	late.next(t)

	// Bad YAML names its file and line.
	edit(t, dir, "content/site.yaml", "baseURL:", "baseURL: [\nbaseURL:")
	ev = st.next(t)
	if p := ev.status.Error; ev.event != "problem" || p == nil || p.File != "content/site.yaml" || p.Line < 1 {
		t.Errorf("after breaking site.yaml have %s %+v, want a problem at content/site.yaml:line", ev.event, p)
	}
	edit(t, dir, "content/site.yaml", "baseURL: [\nbaseURL:", "baseURL:")
	if ev := st.next(t); ev.event != "reload" {
		t.Errorf("after mending site.yaml have %s %+v, want reload", ev.event, ev.status)
	}

	// Editors' scratch files change nothing.
	for _, name := range []string{"seeds/.zichuan-education-2022.txt.swp", "seeds/4913", "content/#part-1.md#", "templates/base.html~"} {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st.none(t, 3*testQuiet)

	// A vim-style save, rename to a backup, write anew, chmod and remove
	// the backup, makes one reload.
	seed := filepath.Join(dir, "seeds", "zichuan-education-2022.txt")
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(seed, seed+"~"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(seed, append(data, "\n"...), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(seed, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(seed + "~"); err != nil {
		t.Fatal(err)
	}
	if ev := st.next(t); ev.event != "reload" || ev.status.Error != nil {
		t.Errorf("after a vim-style save have %s %+v, want reload", ev.event, ev.status)
	}
	st.none(t, 3*testQuiet)

	// A directory created later is watched too.
	if err := os.MkdirAll(filepath.Join(dir, "content", "new", "deep"), 0o755); err != nil {
		t.Fatal(err)
	}
	st.next(t) // the new directory itself
	if err := os.WriteFile(filepath.Join(dir, "content", "new", "deep", "x.md"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if ev := st.next(t); ev.event != "reload" {
		t.Errorf("after writing into a new directory have %s, want reload", ev.event)
	}
}

// strip removes the reload script, which names the build.
func strip(page string) string {
	if i := strings.Index(page, `<script src="/_plansite/reload.js"`); i >= 0 {
		if j := strings.Index(page[i:], "</script>"); j >= 0 {
			return page[:i] + page[i+j+len("</script>"):]
		}
	}
	return page
}
