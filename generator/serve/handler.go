package serve

import (
	"bytes"
	_ "embed"
	"html/template"
	"mime"
	"net"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"
)

// The server's own paths live under /_plansite/, which no site file uses.
const (
	ownPrefix  = "/_plansite/"
	eventsPath = ownPrefix + "events"
	scriptPath = ownPrefix + "reload.js"
	workerPath = ownPrefix + "worker.js"
)

// The server's own files, embedded: strings, which nothing can change.
var (
	//go:embed reload.js
	reloadJS string
	//go:embed worker.js
	workerJS string
	//go:embed nosite.html
	nositeHTML string
)

// injectTmpl is the tag added to every HTML response; like the other
// package-level values here it is made once and only read.
var injectTmpl = template.Must(template.New("inject").Parse(
	`<script src="{{.Script}}" data-plansite-build="{{.Build}}" defer></script>`))

// knownTypes fixes the type of every kind of file a site has, so that
// responses do not depend on the host's mime tables; others fall back to
// package mime.
var knownTypes = map[string]string{
	".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
	".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
	".json": "application/json; charset=utf-8", ".xml": "application/xml; charset=utf-8",
	".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml; charset=utf-8",
	".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
	".webp": "image/webp", ".ico": "image/x-icon", ".woff2": "font/woff2", ".woff": "font/woff",
	".wasm": "application/wasm", ".pdf": "application/pdf",
	".webmanifest": "application/manifest+json; charset=utf-8",
	".docx":        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

// contentType is the Content-Type of a site file, with charset=utf-8 for
// every text type.
func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := knownTypes[ext]; ok {
		return t
	}
	t := mime.TypeByExtension(ext)
	if t == "" {
		return "application/octet-stream"
	}
	if strings.HasPrefix(t, "text/") && !strings.Contains(t, "charset") {
		t += "; charset=utf-8"
	}
	return t
}

// ServeHTTP serves the current site from memory, the server's events and
// reload script, and the site's 404 page for everything else. It answers
// only requests addressed to it by a name of this machine (see
// allowedHost), and shows the source lines of a problem only to a browser
// on this machine.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if !s.allowedHost(r.Host) {
		http.Error(w, "forbidden: the preview answers only to localhost, a loopback address or the host given with -addr", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	switch {
	case p == eventsPath:
		s.hub.stream(w, r, loopbackClient(r))
		return
	case p == scriptPath:
		s.write(w, r, http.StatusOK, "reload.js", []byte(reloadJS))
		return
	case p == workerPath:
		s.write(w, r, http.StatusOK, "worker.js", []byte(workerJS))
		return
	}
	name, ok := sitePath(p)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	cur := s.current.Load()
	if cur == nil {
		s.noSite(w, r)
		return
	}
	s.idle.begin()
	defer s.idle.end()
	if !strings.HasPrefix(p, ownPrefix) {
		data, found, err := cur.file(r.Context(), name)
		if err != nil {
			// The overlay says why (rebuilder.check); the page reloads
			// once a save mends it.
			s.noSite(w, r)
			return
		}
		if found {
			s.write(w, r, http.StatusOK, name, s.inject(name, data, cur.id)...)
			return
		}
	}
	// /zh/x → /zh/x/, as static hosts do for a directory. The target is
	// built from the cleaned name: p itself may start "//", which a browser
	// would read as another host.
	if cur.isPage(name+"/index.html") && !strings.HasSuffix(p, "/") {
		target := "/" + name + "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusFound)
		return
	}
	if data, found, err := cur.file(r.Context(), "404.html"); found && err == nil {
		s.write(w, r, http.StatusNotFound, "404.html", s.inject("404.html", data, cur.id)...)
		return
	}
	http.NotFound(w, r)
}

// sitePath maps a URL path to the site file that serves it: /zh/x/ →
// zh/x/index.html. It refuses any path that climbs with "..", holds a
// backslash or a NUL, though the site is a map in memory and nothing
// outside it could be reached.
func sitePath(p string) (string, bool) {
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") || slices.Contains(strings.Split(p, "/"), "..") {
		return "", false
	}
	name := strings.TrimPrefix(path.Clean(p), "/")
	if strings.HasSuffix(p, "/") {
		if name != "" {
			name += "/"
		}
		name += "index.html"
	}
	return name, true
}

// inject adds the reload script to an HTML page, before </body>, leaving
// every other file as the build wrote it. It returns the page in parts,
// written one after the other, rather than a copy of it with the tag: a
// generated plan's page is over 100 MB, and each copy of it counts.
func (s *Server) inject(name string, data []byte, build string) [][]byte {
	if !strings.HasSuffix(name, ".html") {
		return [][]byte{data}
	}
	var tag bytes.Buffer
	injectTmpl.Execute(&tag, struct{ Script, Build string }{scriptPath, build})
	at := lastBodyEnd(data)
	return [][]byte{data[:at], tag.Bytes(), data[at:]}
}

// lastBodyEnd is where the page's last </body> is, in any case, or its
// end: the tag is near the end, so the search reads from there and
// copies nothing.
func lastBodyEnd(data []byte) int {
	const end = "</body>"
	for at := len(data) - len(end); at >= 0; at-- {
		if data[at] == '<' && bytes.EqualFold(data[at:at+len(end)], []byte(end)) {
			return at
		}
	}
	return len(data)
}

// noSite answers while no build has succeeded: a page that shows the error
// overlay and reloads once a build succeeds.
func (s *Server) noSite(w http.ResponseWriter, r *http.Request) {
	s.write(w, r, http.StatusServiceUnavailable, "index.html", s.inject("index.html", []byte(nositeHTML), "")...)
}

// write sends a file, given in parts; the preview is never cached, so a
// reload always shows the latest build.
func (s *Server) write(w http.ResponseWriter, r *http.Request, code int, name string, parts ...[]byte) {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	h := w.Header()
	h.Set("Content-Type", contentType(name))
	h.Set("Content-Length", strconv.Itoa(n))
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		for _, p := range parts {
			if _, err := w.Write(p); err != nil {
				return // the browser went away
			}
		}
	}
}

// allowedHost reports whether a request's Host header names this server as
// the editor's browser does: localhost, a loopback address, or the host
// given with -addr (on all interfaces, any address of the machine given as
// a number). Any other name is refused: a web page whose own host name the
// attacker makes resolve to 127.0.0.1 (DNS rebinding) could otherwise read
// drafts, warnings and source lines from the preview. An address given as
// a number cannot be rebound, so it is safe to accept.
func (s *Server) allowedHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "" {
		return false
	}
	ip := net.ParseIP(host)
	if host == "localhost" || ip != nil && ip.IsLoopback() {
		return true
	}
	listen, _, err := net.SplitHostPort(s.opts.Addr)
	if err != nil {
		return false
	}
	listen = strings.TrimSuffix(strings.ToLower(strings.Trim(listen, "[]")), ".")
	if lip := net.ParseIP(listen); listen == "" || lip != nil && lip.IsUnspecified() {
		return ip != nil
	}
	return host == listen
}

// loopbackClient reports whether the request comes from this machine.
func loopbackClient(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// withoutSource is a status as a browser on another machine sees it: the
// problems without the lines of the editors' files around them.
func withoutSource(st *Status) *Status {
	c := *st
	if c.Error != nil {
		e := *c.Error
		e.Source = nil
		e.Follows = make([]Problem, len(st.Error.Follows))
		for i, f := range st.Error.Follows {
			f.Source = nil
			e.Follows[i] = f
		}
		c.Error = &e
	}
	c.Warnings = make([]Problem, len(st.Warnings))
	for i, w := range st.Warnings {
		w.Source = nil
		c.Warnings[i] = w
	}
	return &c
}
