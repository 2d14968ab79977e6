package site_test

import (
	"context"
	"errors"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"plansite/generator/pos"
	"plansite/generator/site"
)

// TestRangeConstantRefused: a range over a number constant above
// site.MaxRange is refused when the templates load, at its file:line:col,
// in a page template and in a partial; one at the limit loads.
func TestRangeConstantRefused(t *testing.T) {
	tests := []struct {
		name, file, line string
		refused          bool
	}{
		{"page template", "templates/plan.html", `{{range 3000000000}}{{end}}`, true},
		{"partial", "templates/partials/meta.html", `{{range $i := 30000000}}{{end}}`, true},
		{"in parentheses, nested", "templates/base.html", `{{if true}}{{range (200000)}}{{end}}{{end}}`, true},
		{"at the limit", "templates/plan.html", `{{range 100000}}{{end}}`, false},
		{"over data", "templates/plan.html", `{{range .Docs}}{{end}}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys, line := withTemplate(t, tt.file, tt.line)
			docs, err := site.LoadDocs(fsys)
			if err != nil {
				t.Fatal(err)
			}
			_, err = site.Load(fsys, docs, nil)
			if !tt.refused {
				if err != nil {
					t.Fatalf("have %v, want the templates to load", err)
				}
				return
			}
			var pe *pos.Error
			if !errors.As(err, &pe) || pe.File != tt.file || pe.Line != line || pe.Col == 0 || !strings.Contains(pe.Msg, "at most 100000") {
				t.Fatalf("have %v, want %s:%d:…: … at most 100000 …", err, tt.file, line)
			}
		})
	}
}

// TestSilentLoopStops: a loop that prints nothing, over a count no check
// at load can see, fails its page at the time limit and then stops: its
// goroutine ends instead of running on with a core (issue 13, item 9).
func TestSilentLoopStops(t *testing.T) {
	if testing.Short() {
		t.Skip("renders for a second")
	}
	fsys, line := withTemplate(t, "templates/plan.html", `{{range add 3000000000 0}}{{end}}`)
	_, p := loadProject(t, fsys)
	before := runtime.NumGoroutine()
	_, _, err := p.File(context.Background(), "zh/zichuan-education-2022/index.html", site.Limits{Time: 500 * time.Millisecond})
	var pe *pos.Error
	if !errors.As(err, &pe) || pe.File != "templates/plan.html" || !strings.Contains(pe.Msg, "took over") {
		t.Fatalf("have %v, want templates/plan.html:%d: … took over …", err, line)
	}
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines 10 s after the page failed, %d before it: the loop runs on", n, before)
	}
}

// TestBuildCancelStopsSilentLoop: an interrupted build stops a page that
// loops printing nothing, and leaves no output.
func TestBuildCancelStopsSilentLoop(t *testing.T) {
	fsys, _ := withTemplate(t, "templates/plan.html", `{{range add 3000000000 0}}{{end}}`)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	out := filepath.Join(t.TempDir(), "public")
	start := time.Now()
	_, _, err := site.BuildDir(ctx, fsys, out)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("have %v, want context.Canceled", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("the build ended %v after it began, want soon after 200ms", took)
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(out), "*")); len(m) > 0 {
		t.Errorf("left behind: %v", m)
	}
}
