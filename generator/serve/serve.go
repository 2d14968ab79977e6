// Package serve is the editors' preview server: it loads the project in
// memory, serves its pages rendered on demand, and loads it again whenever
// a file under seeds/, content/ or templates/ is saved, telling every open
// page to reload.
//
// # Contract
//
//   - The server serves exactly the files `generator build` writes, from
//     memory, and never writes public/. HTML responses alone get one script
//     tag for the reload script, /_plansite/reload.js; the script is embedded
//     in this package and is never part of the built site.
//   - Clean URLs as a static host serves them: /zh/x/ is zh/x/index.html, /zh/x
//     redirects to /zh/x/, and any other path gets the site's 404.html with
//     status 404. Paths with ".." are refused.
//   - Saves are batched: a build starts once the project has been quiet for
//     Options.Quiet, so an editor's write, rename and chmod make one build.
//     Editors' swap, backup and temporary files are ignored. Builds never
//     overlap; changes during a build cause one more build after it. A
//     symbolic link inside the project is watched where it leads (saving
//     drafts/part.md rebuilds a site whose content/part.md links to it);
//     links out of the project are not, the build refuses them.
//   - A save is loaded, not built: the project's document models (plans
//     parsed, translated and analysed, templates parsed, pages described)
//     replace the last ones, and each page asked for is rendered from them
//     on demand. Pages are told over server-sent events, /_plansite/events,
//     and only after the models of the save are in place, so every response
//     after the reload comes from the new save. Then every page is rendered
//     in the background, within the preview's limits per page
//     (Options.Limits, site.PreviewLimits by default, widened by Limits.For for large plans), to find errors on pages nobody has open; the
//     next save cancels it. After saves of templates alone, only the pages
//     not rendered yet with their kind's current templates are (checkScope,
//     site.Checked): those of the kinds whose templates changed, and those
//     a check cut short had not reached. Pages are told when the check
//     starts and ends (the event "check", a Check), and the overlay says
//     while it runs. All tabs of a browser share one stream through
//     a shared worker, /_plansite/worker.js, since a browser opens only six
//     connections to a host. A page reloads keeping its scroll position. A
//     save that fails to load, or a page that fails to render, leaves the
//     last good site served and shows an overlay on every open page with
//     file:line, the message and the source lines; the next good save
//     clears it. A failed load that follows a seed's losing passages of
//     the last good load (a half-written save) names the seed first, at
//     the end of its text, and what failed under it (leadWithSeed). A template that loops without end fails its page at the
//     limits and never takes the server down. Warnings are printed
//     in the terminal and shown in a corner of the page.
//   - A load parses only the seeds whose bytes changed (site.DocCache) and
//     takes the link analyses of unchanged plans from the last load; nothing
//     of a page is kept from one save to the next.
//   - The garbage collector's target is raised while previewing (see
//     gcForRebuilds) unless GOGC is set, and its memory held to 1 GB
//     unless GOMEMLIMIT is.
//   - The address defaults to loopback; any other address is served with a
//     warning, since the preview is meant for the editor's own machine.
//   - Requests whose Host is not localhost, a loopback address or the host
//     of Options.Addr get 403, the event stream included, so a page on
//     another site cannot read the preview by DNS rebinding; the overlay's
//     source lines go only to browsers on this machine. Redirects never
//     start "//".
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	"plansite/generator/projectfs"
	"plansite/generator/site"
)

// Options configure a preview server.
type Options struct {
	Root string // project directory, holding seeds/, content/, templates/
	Addr string // host:port to listen on; port 0 picks a free port
	// Quiet is how long the project must be quiet after a change before a
	// build starts; 0 means DefaultQuiet.
	Quiet time.Duration
	Log   io.Writer // progress and warnings; nil means os.Stderr
	// Limits bound the rendering of each page; the zero value means
	// site.PreviewLimits. Tests on a loaded machine give pages more time.
	Limits site.Limits
}

// DefaultQuiet is long enough to take in an editor's whole save (vim's
// backup rename, write and chmod, or a write to a temporary file and its
// rename, come within a millisecond or two of each other) and short enough
// to leave most of the 50 ms an editor may wait for the reload to the
// build.
const DefaultQuiet = 10 * time.Millisecond

// Server is a running preview server.
type Server struct {
	opts    Options
	ln      net.Listener
	http    *http.Server
	hub     *hub
	rb      *rebuilder
	project *os.Root // the project, read without following links out of it
	current atomic.Pointer[served]
	idle    idle // pages being served, which the background check gives way to
	stop    context.CancelFunc
	done    chan struct{} // closed when the watcher and batcher have ended
}

// Start builds the site, starts watching the project and listens on
// opts.Addr. A failed first build does not stop it: the error is shown in
// the browser until the files are fixed.
func Start(opts Options) (*Server, error) {
	if opts.Log == nil {
		opts.Log = os.Stderr
	}
	if opts.Quiet <= 0 {
		opts.Quiet = DefaultQuiet
	}
	root, err := filepath.Abs(opts.Root)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(root); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("-root %s: not a directory", opts.Root)
	}
	opts.Root = root
	// os.Root refuses every symbolic link that leads out of the project.
	project, err := os.OpenRoot(root)
	if err != nil {
		return nil, err
	}
	gcForRebuilds()
	ctx, stop := context.WithCancel(context.Background())
	s := &Server{opts: opts, hub: newHub(ctx), stop: stop, done: make(chan struct{}), project: project}
	s.rb = newRebuilder(projectfs.FS(project), opts.Log, &s.idle, s.current.Store, s.hub.publish)
	s.rb.tell = s.hub.publishCheck
	if opts.Limits != (site.Limits{}) {
		s.rb.lim = opts.Limits
	}

	w, err := newWatcher(root, projectfs.FS(project), opts.Log)
	if err != nil {
		stop()
		project.Close()
		return nil, err
	}
	s.ln, err = listen(opts.Addr)
	if err != nil {
		stop()
		w.fsw.Close()
		project.Close()
		return nil, err
	}
	// Watch before the first build, so that no save is missed between them.
	s.rb.build(nil)
	go func() {
		defer close(s.done)
		go w.run(ctx)
		batch(ctx, w.changes, opts.Quiet, s.rb.interrupt, func(changed []string) { s.rb.build(changed) })
	}()
	s.http = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	// Event streams never end on their own; end them when shutting down.
	s.http.RegisterOnShutdown(stop)
	go s.http.Serve(s.ln)
	return s, nil
}

// previewGC is the garbage collector's target (GOGC) while previewing.
const previewGC = 300

// gcForRebuilds trades memory for rebuild time, unless GOGC says otherwise:
// a rebuild allocates a few times the site's size in short-lived template
// state, and at Go's default target the collector runs through it several
// times per build. At 300 a build takes about 7% less time, and the heap
// may grow to four times what is live: the Zichuan preview peaked at 150 MB
// resident over a dozen rebuilds. It is process-wide, as the preview has
// the process to itself.
//
// The heap's growth stops at previewMemory, unless GOMEMLIMIT says
// otherwise: four times the live heap is 150 MB for the bundled plan but
// 1.9 GB for a generated 5 MB plan (bench -seed 5; 460 MB live while its
// 111 MB plan page renders), which previewMemory holds to 1.0 GB, its
// pages served as fast (12-19 s).
func gcForRebuilds() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(previewGC)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(previewMemory)
	}
}

// previewMemory is the preview's soft limit on the runtime's memory
// (debug.SetMemoryLimit): a goal for the collector, which lets the heap
// pass it when that much is live.
const previewMemory = 1 << 30

// listen opens the address, explaining the usual failure.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("address %s is already in use: is another preview running? Choose another port with -addr", addr)
	}
	if err != nil {
		return nil, fmt.Errorf("listening on %s: %w", addr, err)
	}
	return ln, nil
}

// Loopback reports whether addr listens only on this machine.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// URL is the address of the site's root page; on all interfaces it is
// given as localhost, which a browser can open.
func (s *Server) URL() string {
	a := s.ln.Addr().(*net.TCPAddr)
	host := a.IP.String()
	if a.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(a.Port)) + "/"
}

// Shutdown stops watching, ends every event stream and stops the server,
// waiting for requests in flight until ctx ends.
func (s *Server) Shutdown(ctx context.Context) error {
	s.stop()
	err := s.http.Shutdown(ctx)
	<-s.done
	s.rb.stop()
	s.project.Close()
	return err
}

// Run serves until ctx ends (Ctrl+C), then shuts down cleanly.
func Run(ctx context.Context, opts Options) error {
	if opts.Log == nil {
		opts.Log = os.Stderr
	}
	s, err := Start(opts)
	if err != nil {
		return err // one line: no warning about an address never listened on
	}
	if !Loopback(opts.Addr) {
		fmt.Fprintf(opts.Log, "warning: %s is reachable from other machines; the preview is meant for this one (use -addr 127.0.0.1:PORT)\n", opts.Addr)
	}
	fmt.Fprintf(opts.Log, "serving %s at %s (Ctrl+C to stop)\n", opts.Root, s.URL())
	<-ctx.Done()
	fmt.Fprintln(opts.Log, "stopping")
	sctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	return s.Shutdown(sctx)
}
