package site_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"plansite/generator/pos"
	"plansite/generator/site"
)

// withTemplate is the repository's project with a line added to a
// template file after its first {{define}} line (else after its opening
// comment, else after its first line), and
// the line number it has there.
func withTemplate(t *testing.T, file, line string) (fstest.MapFS, int) {
	t.Helper()
	fsys := repoFS(t)
	lines := strings.Split(string(fsys[file].Data), "\n")
	// After the first define, or else after the file's opening comment.
	at := 1
	for i, l := range lines {
		if strings.HasPrefix(l, "{{define") {
			at = i + 1
			break
		}
	}
	if at == 1 && strings.HasPrefix(lines[0], "{{/*") {
		for i, l := range lines {
			if strings.Contains(l, "*/}}") {
				at = i + 1
				break
			}
		}
	}
	lines = append(lines[:at], append([]string{line}, lines[at:]...)...)
	fsys[file] = &fstest.MapFile{Data: []byte(strings.Join(lines, "\n"))}
	return fsys, at + 1
}

// TestRunawayTemplate: a template that prints without end fails its page
// at the preview's limits with the template's file:line, within about the
// time limit, instead of holding the server's memory and time.
func TestRunawayTemplate(t *testing.T) {
	if testing.Short() {
		t.Skip("renders for two seconds")
	}
	tests := []struct {
		name, file, line string
		lim              site.Limits
		msg              string
	}{
		// Three billion writes outlast two seconds on any machine; no byte
		// limit, so the time limit is the one that ends it. The counts
		// are computed: a constant above site.MaxRange is refused at load
		// (TestRangeConstantRefused).
		{"time", "templates/plan.html", `{{range add 3000000000 0}}x{{end}}`, site.Limits{Time: 2 * time.Second}, "took over 2s"},
		{"output", "templates/plan.html", `{{range add 30000000 0}}xxxxxxxxxx{{end}}`, site.Limits{Time: time.Minute, Bytes: 1 << 20}, "over 1 MB"},
		{"partial", "templates/partials/meta.html", `{{range add 30000000 0}}x{{end}}`, site.Limits{Time: 300 * time.Millisecond}, "took over 300ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys, line := withTemplate(t, tt.file, tt.line)
			_, p := loadProject(t, fsys)
			start := time.Now()
			_, _, err := p.File(context.Background(), "zh/zichuan-education-2022/index.html", tt.lim)
			var pe *pos.Error
			if !errors.As(err, &pe) || pe.File != tt.file || pe.Line != line || !strings.Contains(pe.Msg, tt.msg) {
				t.Fatalf("have %v, want %s:%d: … %s …", err, tt.file, line, tt.msg)
			}
			if took := time.Since(start); tt.lim.Time > 0 && took > tt.lim.Time+5*time.Second {
				t.Errorf("the page failed after %v, want about %v", took, tt.lim.Time)
			}
		})
	}
}

// TestCheckCancelled: a check of every page stops soon after its context
// ends, between pages and within a page that is still rendering.
func TestCheckCancelled(t *testing.T) {
	fsys, _ := withTemplate(t, "templates/base.html", `{{range add 30000000 0}}{{"x"}}{{end}}`)
	_, p := loadProject(t, fsys)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	err := p.Check(ctx, site.Limits{Time: time.Hour})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("have %v, want context.Canceled", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("the check ended %v after it began, want soon after 100ms", took)
	}
}

// TestLimitsFor: Limits.For widens bounds by the plans' text and leaves
// no bound unbounded; a check, which keeps no page, still stops a page at
// its byte limit.
func TestLimitsFor(t *testing.T) {
	_, p := loadProject(t, repoFS(t))
	if lim := (site.Limits{}).For(p); lim != (site.Limits{}) {
		t.Errorf("no limits: have %+v, want none", lim)
	}
	base := site.PreviewLimits()
	lim := base.For(p)
	if lim.Bytes <= base.Bytes || lim.Time <= base.Time || lim.Bytes > base.Bytes+10<<20 {
		t.Errorf("the Zichuan project: have %+v, want a little over %+v", lim, base)
	}
	fsys, _ := withTemplate(t, "templates/plan.html", `{{range add 30000000 0}}xxxxxxxxxx{{end}}`)
	_, p = loadProject(t, fsys)
	err := p.Check(context.Background(), site.Limits{Time: time.Minute, Bytes: 1 << 20})
	if err == nil || !strings.Contains(err.Error(), "over 1 MB") {
		t.Errorf("a check of a looping page: have %v, want it over 1 MB", err)
	}
}

// TestLimitsForLargestPlan: For widens the limits by the largest plan's
// text, not all plans': a library of many plans of a usual size keeps
// about the preview's 2 s, so that a template looping on one of its pages
// is stopped as soon as on one plan's site.
func TestLimitsForLargestPlan(t *testing.T) {
	one := repoFS(t)
	_, p := loadProject(t, one)
	single := site.PreviewLimits().For(p)
	many := repoFS(t)
	seed := many["seeds/zichuan-education-2022.txt"]
	for i := range 5 {
		many[fmt.Sprintf("seeds/copy-%d.txt", i)] = seed
	}
	_, p = loadProject(t, many)
	if lib := site.PreviewLimits().For(p); lib != single {
		t.Errorf("six copies of a plan: have %+v, want the one plan's %+v", lib, single)
	}
}
