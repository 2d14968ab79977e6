package serve

import (
	"context"
	"io"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"plansite/generator/site"
)

// TestNoGoroutineLeft: a preview that served pages and event streams
// through saves of every kind an editor makes, good and bad (a seed, a
// template with an error, one that prints without end, then mended), has
// no goroutine left once shut down: none per save, per page, per stream
// or per page stopped at the limits.
func TestNoGoroutineLeft(t *testing.T) {
	if testing.Short() {
		t.Skip("saves and renders for several seconds")
	}
	dir := project(t)
	before := runtime.NumGoroutine()
	s, err := Start(Options{Root: dir, Addr: "127.0.0.1:0", Log: io.Discard, Quiet: 20 * time.Millisecond,
		Limits: site.Limits{Time: time.Second, Bytes: site.PreviewLimits().Bytes}})
	if err != nil {
		t.Fatal(err)
	}
	const page = "/zh/zichuan-education-2022/"
	st := connect(t, s)
	st.next(t) // hello
	for i := range 10 {
		// Streams a page opened and dropped, as a tab closed.
		resp, err := http.Get(s.URL() + strings.TrimPrefix(eventsPath, "/"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		e := edits[i%3]
		edit(t, dir, e.file, e.from, e.to)
		st.next(t)
		get(t, s, page)
		edit(t, dir, e.file, e.to, e.from)
		st.next(t)
		get(t, s, page)
	}
	saves := []struct{ old, new string }{
		{`<article class="plan"`, `<article class="plan">{{.NoSuchField}}`},
		{`<article class="plan">{{.NoSuchField}}`, `<article class="plan">{{range add 3000000000 0}}x{{end}}`},
		{`<article class="plan">{{range add 3000000000 0}}x{{end}}`, `<article class="plan"`},
	}
	for _, sv := range saves {
		edit(t, dir, "templates/plan.html", sv.old, sv.new)
		st.next(t)
		get(t, s, page)
	}
	st.body.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	http.DefaultClient.CloseIdleConnections()
	deadline := time.Now().Add(20 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines before the preview, %d after it stopped:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}
