package serve

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"plansite/generator/site"
)

// localRequest is a request from a browser on this machine to the preview
// at its default address.
func localRequest(method, target string) *http.Request {
	r := httptest.NewRequest(method, target, nil)
	r.Host, r.RemoteAddr = "127.0.0.1:1313", "127.0.0.1:50000"
	return r
}

// fakeServer serves a small site from memory, without watching anything.
func fakeServer(t *testing.T) *Server {
	t.Helper()
	s := &Server{opts: Options{Addr: "127.0.0.1:1313"}, hub: newHub(context.Background())}
	s.current.Store(&served{id: "b7", site: &site.Site{Files: map[string][]byte{
		"index.html":       []byte("<!doctype html><title>choose</title><body><p>choose</p></body>"),
		"zh/index.html":    []byte("<!doctype html><title>home</title><BODY><p>主页</p></BODY></html>"),
		"zh/x/index.html":  []byte("<!doctype html><p>x</p>"),
		"404.html":         []byte("<!doctype html><body><p>not found</p></body>"),
		"assets/style.css": []byte("body{}"),
		"data/x.json":      []byte(`{"a":1}`),
		"sitemap.xml":      []byte("<urlset/>"),
		"assets/logo.png":  []byte("\x89PNG"),
	}}})
	return s
}

func TestServeFiles(t *testing.T) {
	const tag = `<script src="/_plansite/reload.js" data-plansite-build="b7" defer></script>`
	tests := []struct {
		method, path string
		code         int
		ctype        string
		body         string // the whole body, or with a trailing "…" its start
		location     string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8", "<!doctype html><title>choose</title><body><p>choose</p>" + tag + "</body>", ""},
		{"GET", "/zh/", 200, "text/html; charset=utf-8", "<!doctype html><title>home</title><BODY><p>主页</p>" + tag + "</BODY></html>", ""},
		{"GET", "/zh/x/", 200, "text/html; charset=utf-8", "<!doctype html><p>x</p>" + tag, ""},
		{"GET", "/zh/x/index.html", 200, "text/html; charset=utf-8", "<!doctype html><p>x</p>" + tag, ""},
		{"GET", "/zh/x?q=1", 302, "", "", "/zh/x/?q=1"},
		{"GET", "/zh", 302, "", "", "/zh/"},
		{"GET", "//zh", 302, "", "", "/zh/"},
		{"GET", "///zh/x?q=1", 302, "", "", "/zh/x/?q=1"},
		{"GET", "/assets/style.css", 200, "text/css; charset=utf-8", "body{}", ""},
		{"GET", "/data/x.json", 200, "application/json; charset=utf-8", `{"a":1}`, ""},
		{"GET", "/sitemap.xml", 200, "application/xml; charset=utf-8", "<urlset/>", ""},
		{"GET", "/assets/logo.png", 200, "image/png", "\x89PNG", ""},
		{"HEAD", "/assets/style.css", 200, "text/css; charset=utf-8", "", ""},
		{"GET", "/nope/", 404, "text/html; charset=utf-8", "<!doctype html><body><p>not found</p>" + tag + "</body>", ""},
		{"GET", "/zh/y", 404, "text/html; charset=utf-8", "<!doctype html><body><p>not found</p>…", ""},
		{"GET", "/../../etc/passwd", 400, "text/plain; charset=utf-8", "bad path\n", ""},
		{"GET", "/zh/%2e%2e/%2e%2e/etc/passwd", 400, "text/plain; charset=utf-8", "bad path\n", ""},
		{"GET", "/zh\\..\\x", 400, "text/plain; charset=utf-8", "bad path\n", ""},
		{"GET", "/_plansite/reload.js", 200, "text/javascript; charset=utf-8", "// Plansite preview…", ""},
		{"GET", "/_plansite/worker.js", 200, "text/javascript; charset=utf-8", "// Plansite preview…", ""},
		{"GET", "/_plansite/other", 404, "text/html; charset=utf-8", "<!doctype html><body><p>not found</p>…", ""},
		{"POST", "/zh/", 405, "text/plain; charset=utf-8", "method not allowed\n", ""},
	}
	s := fakeServer(t)
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			// The path is set as sent, uncleaned, as curl --path-as-is sends it.
			r := localRequest(tt.method, "/")
			u, err := url.ParseRequestURI(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			r.URL, r.RequestURI = u, tt.path
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			if w.Code != tt.code {
				t.Errorf("have status %d, want %d", w.Code, tt.code)
			}
			if tt.ctype != "" {
				if have := w.Header().Get("Content-Type"); have != tt.ctype {
					t.Errorf("have Content-Type %q, want %q", have, tt.ctype)
				}
			}
			have := w.Body.String()
			if want, ok := strings.CutSuffix(tt.body, "…"); ok {
				if !strings.HasPrefix(have, want) {
					t.Errorf("have body %q, want it to start %q", have, want)
				}
			} else if have != tt.body && tt.location == "" {
				t.Errorf("have body %q, want %q", have, tt.body)
			}
			if tt.location != "" {
				if have := w.Header().Get("Location"); have != tt.location {
					t.Errorf("have Location %q, want %q", have, tt.location)
				}
			}
		})
	}
}

// TestInjectLeavesSiteAlone checks that the reload script goes into the
// response only, never into the site that build writes.
func TestInjectLeavesSiteAlone(t *testing.T) {
	s := fakeServer(t)
	w := httptest.NewRecorder()
	s.ServeHTTP(w, localRequest("GET", "/zh/"))
	if !strings.Contains(w.Body.String(), "/_plansite/reload.js") {
		t.Fatalf("response lacks the reload script: %s", w.Body)
	}
	for _, name := range []string{"zh/index.html", "index.html", "404.html"} {
		data := s.current.Load().site.Files[name]
		if strings.Contains(string(data), "_plansite") {
			t.Errorf("%s: the site itself holds the reload script", name)
		}
	}
}

func TestNoSiteYet(t *testing.T) {
	s := &Server{hub: newHub(context.Background())}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, localRequest("GET", "/zh/"))
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), `data-plansite-build=""`) {
		t.Errorf("have %d %s, want 503 with the reload script", w.Code, w.Body)
	}
}

func TestLoopback(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:1313", true},
		{"localhost:1313", true},
		{"[::1]:1313", true},
		{"127.0.0.2:80", true},
		{":1313", false},
		{"0.0.0.0:1313", false},
		{"192.168.1.5:1313", false},
		{"example.com:1313", false},
		{"nonsense", false},
	}
	for _, tt := range tests {
		if have := Loopback(tt.addr); have != tt.want {
			t.Errorf("Loopback(%q) = %v, want %v", tt.addr, have, tt.want)
		}
	}
}
