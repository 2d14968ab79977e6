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

// served is a complete site together with the name of its build.
type served struct {
	id   string
	site *site.Site
}

// rebuilder builds the site again and again, one build at a time, keeping
// the parsed plans of unchanged seeds and the last build's pages between
// builds.
type rebuilder struct {
	root  fs.FS
	cache site.DocCache
	log   io.Writer
	// publish receives each complete site and each status, in that order, so
	// that pages are told to reload only once the new site is served.
	swap    func(*served)
	publish func(*Status)

	mu     sync.Mutex // one build at a time
	run    string     // names builds across server restarts
	n      int
	warned map[string]bool // warnings already printed
	good   *served
}

func newRebuilder(root fs.FS, log io.Writer, swap func(*served), publish func(*Status)) *rebuilder {
	return &rebuilder{
		root: root, log: log, swap: swap, publish: publish,
		run:    strconv.FormatInt(time.Now().UnixMilli()%1e6, 36),
		warned: map[string]bool{},
	}
}

// build builds the site once. On success the new site, complete, replaces
// the old one and then pages are told to reload; on failure the last good
// site stays served and pages are told why. changed names the files that
// prompted the build, for the terminal.
func (rb *rebuilder) build(changed []string) *Status {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	start := time.Now()
	s, err := rb.render()
	st := &Status{Millis: float64(time.Since(start).Microseconds()) / 1000}
	what := ""
	if len(changed) > 0 {
		what = " (" + summary(changed) + ")"
	}
	if err == nil {
		rb.n++
		rb.good = &served{id: rb.run + "-" + strconv.Itoa(rb.n), site: s}
		st.Build = rb.good.id
		st.Warnings = rb.warnings(s.Warnings, true)
		rb.swap(rb.good)
		rb.publish(st)
		fmt.Fprintf(rb.log, "built %d files in %.1f ms%s%s\n", len(s.Files), st.Millis, what, parsed(rb.cache.Parsed))
		return st
	}
	p := locate(rb.root, err)
	st.Error = &p
	if rb.good != nil {
		st.Build = rb.good.id
		st.Warnings = rb.warnings(rb.good.site.Warnings, false)
	}
	fmt.Fprintf(rb.log, "build failed%s: %v\n", what, err)
	if rb.good != nil {
		fmt.Fprintln(rb.log, "  still serving the last good build")
	}
	rb.publish(st)
	return st
}

// render builds the site, parsing only the seeds that changed and taking
// from the last build what the edit left unchanged (site.Preview).
func (rb *rebuilder) render() (*site.Site, error) {
	docs, err := rb.cache.Load(rb.root)
	if err != nil {
		return nil, err
	}
	return site.Render(rb.root, docs)
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
