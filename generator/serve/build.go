package serve

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"plansite/generator/plan"
	"plansite/generator/site"
)

// served is what the server answers from: the project loaded from a save
// (its document models), rendering each page asked for, and the name of
// the save.
type served struct {
	id   string
	proj *site.Project
	// good is the last project not known to fail (proj once every page
	// rendered): a page that fails to render on proj is served from it,
	// as the last good site, while the overlay says what failed.
	good   atomic.Pointer[site.Project]
	failed atomic.Bool // a page failed to render
	lim    site.Limits
	site   *site.Site // a site held whole instead of proj (tests)
}

// file returns the site file name, rendering it if it is a page.
func (sv *served) file(ctx context.Context, name string) (data []byte, found bool, err error) {
	if sv.site != nil {
		data, found = sv.site.Files[name]
		return data, found, nil
	}
	data, found, err = sv.proj.File(ctx, name, sv.lim)
	if err != nil {
		if good := sv.good.Load(); good != nil && good != sv.proj {
			return good.File(ctx, name, sv.lim)
		}
	}
	return data, found, err
}

// isPage reports whether name is a page of the site.
func (sv *served) isPage(name string) bool {
	if sv.site != nil {
		_, ok := sv.site.Files[name]
		return ok
	}
	return sv.proj.IsPage(name)
}

// rebuilder loads the project again after every save, one load at a time,
// keeping the parsed plans of unchanged seeds (site.DocCache) and their
// link analyses (site.Load). Once a save's project is loaded, pages are
// told to reload and render from it on demand; then every page is
// rendered in the background (check) to find errors on pages nobody has
// open, until the next save cancels it.
type rebuilder struct {
	root  fs.FS
	cache site.DocCache
	log   io.Writer
	lim   site.Limits
	// swap receives each loaded project and publish each status, in that
	// order, so that pages are told to reload only once the new project
	// is served.
	swap    func(*served)
	publish func(*Status)
	tell    func(*Check) // the check's state, to every page

	mu     sync.Mutex // one load at a time
	run    string     // names builds across server restarts
	n      int
	warned map[string]bool // warnings already printed
	cur    *served         // the last project loaded
	// passages are the plans' passages at the last good load, which a
	// failed load's are compared with (leadWithSeed).
	passages passages
	good     *site.Project      // the last project not known to fail
	cancel   context.CancelFunc // the check's; a no-op before the first
	checks   sync.WaitGroup
	idle     *idle // whether pages are being served, which the check gives way to
	// beforeCheckFile, when set (tests), is called with the name of each
	// file the check is about to make (checkSink.before).
	beforeCheckFile func(name string)
	scope           checkScope // what the next check must render
}

func newRebuilder(root fs.FS, log io.Writer, idle *idle, swap func(*served), publish func(*Status)) *rebuilder {
	return &rebuilder{
		root: root, log: log, idle: idle, swap: swap, publish: publish, lim: site.PreviewLimits(),
		run:    strconv.FormatInt(time.Now().UnixMilli()%1e6, 36),
		warned: map[string]bool{}, tell: func(*Check) {}, cancel: func() {},
	}
}

// build loads the project once, cancelling the check of the last one. On
// success the new project replaces the old one, pages are told to reload,
// and its check starts; on failure the last project stays served and pages
// are told why. changed names the files that prompted the build, for the
// terminal.
func (rb *rebuilder) build(changed []string) *Status {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	rb.cancel()
	rb.scope.saw(changed)
	start := time.Now()
	proj, docs, err := rb.load()
	st := &Status{Millis: float64(time.Since(start).Microseconds()) / 1000}
	what := ""
	if len(changed) > 0 {
		what = " (" + summary(changed) + ")"
	}
	if err == nil {
		rb.n++
		sv := &served{id: rb.run + "-" + strconv.Itoa(rb.n), proj: proj, lim: rb.lim.For(proj)}
		if rb.cur != nil && !rb.cur.failed.Load() {
			rb.good = rb.cur.proj
		}
		sv.good.Store(rb.good)
		rb.cur = sv
		st.Build = sv.id
		st.Warnings = rb.warnings(proj.Warnings(), true)
		for _, w := range cutWarnings(rb.passages, docs, rb.cache.Parsed) {
			w.Source = source(rb.root, w.File, w.Line)
			fmt.Fprintln(rb.log, "warning:", w.Error.String())
			st.Warnings = append([]Problem{w}, st.Warnings...)
		}
		rb.passages = rb.passages.update(docs, rb.cache.Parsed)
		rb.swap(sv)
		rb.publish(st)
		fmt.Fprintf(rb.log, "loaded in %.1f ms%s%s\n", st.Millis, what, parsed(rb.cache.Parsed))
		ctx, cancel := context.WithCancel(context.Background())
		rb.cancel = cancel
		rb.idle.touch()
		rb.checks.Add(1)
		go rb.check(ctx, sv, st, rb.scope.next())
		return st
	}
	p := locate(rb.root, err)
	if docs != nil {
		if lead := leadWithSeed(rb.passages, docs, rb.cache.Parsed, p); lead.File != p.File {
			lead.Source = source(rb.root, lead.File, lead.Line)
			p = lead
		}
	}
	st.Error = &p
	if rb.cur != nil {
		st.Build = rb.cur.id
		st.Warnings = rb.warnings(rb.cur.proj.Warnings(), false)
	}
	fmt.Fprintf(rb.log, "build failed%s: %v\n", what, err)
	if rb.cur != nil {
		fmt.Fprintln(rb.log, "  still serving the last good build")
	}
	rb.publish(st)
	return st
}

// load loads the project, parsing only the seeds that changed and taking
// the link analyses of unchanged plans from the last project. It returns
// the plans parsed even when the project fails to load around them.
func (rb *rebuilder) load() (*site.Project, []*plan.Document, error) {
	docs, err := rb.cache.Load(rb.root)
	if err != nil {
		return nil, nil, err
	}
	var prev *site.Project
	if rb.cur != nil {
		prev = rb.cur.proj
	}
	proj, err := site.Load(rb.root, docs, prev)
	return proj, docs, err
}

// check renders every page of sv's project within the preview's limits
// and reports the first failure, unless a later save cancelled it: the
// project stays served, pages that fail are served from the last good
// project. Pages that checked records as rendered with their templates
// are left out (site.Project.RenderUnchecked): after saves of templates
// alone, all but those of the kinds whose templates changed, and those a
// check cut short by such a save had reached. It gives way to the pages
// browsers ask for (idle): it starts once the requests after the reload
// have settled and pauses between pages while one is being served. Pages
// are told when it starts and ends, that the overlay says it runs.
func (rb *rebuilder) check(ctx context.Context, sv *served, loaded *Status, checked *site.Checked) {
	defer rb.checks.Done()
	if !rb.idle.wait(ctx, settle) {
		return
	}
	all := checked.Pages() == 0
	rb.tell(&Check{Build: sv.id, Running: true, All: all})
	start := time.Now()
	n, err := sv.proj.RenderUnchecked(ctx, sv.lim, checkSink{ctx: ctx, idle: rb.idle, before: rb.beforeCheckFile}, checked)
	rb.mu.Lock()
	defer rb.mu.Unlock()
	if rb.cur != sv {
		return // a later save's check tells its own state
	}
	rb.tell(&Check{Build: sv.id})
	if ctx.Err() != nil {
		return
	}
	ms := float64(time.Since(start).Microseconds()) / 1000
	if err == nil {
		sv.good.Store(sv.proj)
		if all {
			fmt.Fprintf(rb.log, "rendered every page in %.0f ms\n", ms)
		} else {
			fmt.Fprintf(rb.log, "rendered the %d pages not checked with their templates in %.0f ms (the others as checked before)\n", n, ms)
		}
		return
	}
	sv.failed.Store(true)
	p := locate(rb.root, err)
	st := &Status{Build: sv.id, Error: &p, Warnings: loaded.Warnings, Millis: loaded.Millis}
	fmt.Fprintf(rb.log, "build failed: %v\n", err)
	if rb.good != nil {
		fmt.Fprintln(rb.log, "  pages that fail are served from the last good build")
	}
	rb.publish(st)
}

// interrupt cancels the check in progress, when a save has begun: the
// build after it would cancel it anyway, and the check would take the
// machine's cores from the watcher and the build in the meantime.
func (rb *rebuilder) interrupt() {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	rb.cancel()
}

// stop cancels the check in progress and waits for it to end.
func (rb *rebuilder) stop() {
	rb.mu.Lock()
	rb.cancel()
	rb.mu.Unlock()
	rb.checks.Wait()
}

// warnings returns the site's warnings for the overlay and, when print is
// set, prints those not printed before, so that the terminal is not flooded
// with the same warnings on every save.
func (rb *rebuilder) warnings(ws []plan.Warning, print bool) []Problem {
	var ps []Problem
	seen := map[string]bool{}
	for _, w := range ws {
		ps = append(ps, Problem{Error: w})
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
