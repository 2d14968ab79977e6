package serve

import (
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"

	"plansite/generator/plan"
	"plansite/generator/site"
)

// served is a site together with the name of its build. Its pages may be
// still rendering (site.Staged): a page asked for before it is rendered is
// rendered next and waited for, so every response comes from this build.
type served struct {
	id   string
	view *site.Staged
}

// rebuilder builds the site again and again, one build at a time, keeping
// the parsed plans of unchanged seeds between builds.
type rebuilder struct {
	root    fs.FS
	cache   site.DocCache
	preview site.Preview
	log     io.Writer
	// publish receives each complete site and each status, in that order, so
	// that pages are told to reload only once the new site is served.
	swap    func(*served)
	publish func(*Status)

	// first lists the pages to render before telling pages to reload:
	// those browsers show (shown.go). Nil means none.
	first func() []string
	mu    sync.Mutex // one build at a time
	// complete is how long the last build took until every page was
	// rendered; Status.Millis is until pages were told to reload.
	complete float64
	run      string // names builds across server restarts
	n        int
	warned   map[string]bool // warnings already printed
	good     *served
}

func newRebuilder(root fs.FS, log io.Writer, swap func(*served), publish func(*Status)) *rebuilder {
	return &rebuilder{
		root: root, log: log, swap: swap, publish: publish,
		run:    strconv.FormatInt(time.Now().UnixMilli()%1e6, 36),
		warned: map[string]bool{},
	}
}

// build builds the site once. On success the new site replaces the old one
// and then pages are told to reload; on failure the last good site stays
// served and pages are told why. changed names the files that prompted the
// build, for the terminal.
//
// The new site replaces the old one as soon as its files are described
// and the pages browsers show (first) are rendered; the other pages render
// after pages are told to reload, and build returns once they have. If
// one of them fails, the last good site is served again and pages are
// told why, as when the build fails before the reload.
func (rb *rebuilder) build(changed []string) *Status {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	start := time.Now()
	staged, err := rb.render()
	ms := float64(time.Since(start).Microseconds()) / 1000
	st := &Status{Millis: ms}
	what := ""
	if len(changed) > 0 {
		what = " (" + summary(changed) + ")"
	}
	if err == nil {
		// Every site served gets a new name, even one whose pages fail.
		rb.n++
		next := &served{id: rb.run + "-" + strconv.Itoa(rb.n), view: staged}
		st.Build = next.id
		st.Warnings = rb.warnings(staged.Warnings(), true)
		rb.swap(next)
		rb.publish(st)
		var s *site.Site
		if s, err = staged.Wait(); err == nil {
			rb.good = next
			rb.complete = float64(time.Since(start).Microseconds()) / 1000
			fmt.Fprintf(rb.log, "built %d files in %.1f ms, pages shown in %.1f ms; rendered %d of %d pages%s%s\n",
				len(s.Files), rb.complete, ms, s.Rendered, s.Pages, what, parsed(rb.cache.Parsed))
			return st
		}
		st = &Status{Millis: ms}
		rb.swap(rb.good)
	}
	if err != nil {
		p := locate(rb.root, err)
		st.Error = &p
		if rb.good != nil {
			st.Build = rb.good.id
			st.Warnings = rb.warnings(rb.good.view.Warnings(), false)
		}
		fmt.Fprintf(rb.log, "build failed%s: %v\n", what, err)
		if rb.good != nil {
			fmt.Fprintln(rb.log, "  still serving the last good build")
		}
		rb.publish(st)
	}
	return st
}

// render builds the site, parsing only the seeds that changed and, after
// an edit to page templates alone, rendering only the pages they make. It
// returns once the pages served last are rendered (site.Preview.Stage).
func (rb *rebuilder) render() (*site.Staged, error) {
	docs, err := rb.cache.Load(rb.root)
	if err != nil {
		return nil, err
	}
	var first []string
	if rb.first != nil {
		first = rb.first()
	}
	return rb.preview.Stage(rb.root, docs, first)
}

// warnings returns the site's warnings for the overlay and, when print is
// set, prints those not printed before, so that the terminal is not flooded
// with the same warnings on every save.
func (rb *rebuilder) warnings(ws []plan.Warning, print bool) []Problem {
	var ps []Problem
	seen := map[string]bool{}
	for _, w := range ws {
		ps = append(ps, fromWarning(w))
		line := w.String()
		seen[line] = true
		if print && !rb.warned[line] {
			fmt.Fprintln(rb.log, "warning:", line)
		}
	}
	if print {
		rb.warned = seen
	}
	return ps
}

// summary names the changed files, briefly.
func summary(changed []string) string {
	const most = 3
	if len(changed) <= most {
		return strings.Join(changed, ", ")
	}
	return strings.Join(changed[:most], ", ") + fmt.Sprintf(" and %d more", len(changed)-most)
}

func parsed(seeds []string) string {
	if len(seeds) == 0 {
		return ""
	}
	return "; parsed " + strings.Join(seeds, ", ")
}
