package serve

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"plansite/generator/pos"
)

// TestHostChecked checks that the preview answers only to its own names, so
// that a page on another site cannot read it by rebinding its host name to
// 127.0.0.1, the event stream included.
func TestHostChecked(t *testing.T) {
	tests := []struct {
		addr, host string
		want       int
	}{
		{"127.0.0.1:1313", "127.0.0.1:1313", 200},
		{"127.0.0.1:1313", "localhost:1313", 200},
		{"127.0.0.1:1313", "LOCALHOST", 200},
		{"127.0.0.1:1313", "[::1]:1313", 200},
		{"127.0.0.1:1313", "127.0.0.2:1313", 200},
		{"127.0.0.1:1313", "evil.example:1313", 403},
		{"127.0.0.1:1313", "evil.example", 403},
		{"127.0.0.1:1313", "localhost.evil.example", 403},
		{"127.0.0.1:1313", "", 403},
		{"127.0.0.1:1313", "192.168.1.5:1313", 403},
		{"192.168.1.5:1313", "192.168.1.5:1313", 200},
		{"192.168.1.5:1313", "localhost:1313", 200},
		{"192.168.1.5:1313", "evil.example:1313", 403},
		{"myhost.lan:1313", "MyHost.lan:1313", 200},
		{"myhost.lan:1313", "evil.example:1313", 403},
		{"0.0.0.0:1313", "10.0.0.7:1313", 200},
		{":1313", "[fe80::1]:1313", 200},
		{":1313", "evil.example:1313", 403},
	}
	for _, tt := range tests {
		for _, path := range []string{"/zh/", eventsPath} {
			t.Run(tt.addr+" "+tt.host+" "+path, func(t *testing.T) {
				s := fakeServer(t)
				s.opts.Addr = tt.addr
				r := localRequest("GET", path)
				r.Host = tt.host
				ctx, cancel := context.WithCancel(r.Context())
				cancel() // the event stream ends after its first event
				r = r.WithContext(ctx)
				w := &flushRecorder{header: http.Header{}}
				s.ServeHTTP(w, r)
				if w.code != tt.want {
					t.Errorf("have status %d, want %d", w.code, tt.want)
				}
			})
		}
	}
}

// TestSourceOnlyToThisMachine checks that the overlay's source lines go to
// a browser on this machine and not to one elsewhere on the network.
func TestSourceOnlyToThisMachine(t *testing.T) {
	s := fakeServer(t)
	s.opts.Addr = "0.0.0.0:1313"
	s.hub.publish(&Status{Build: "b8",
		Error:    &Problem{Error: pos.Error{File: "seeds/draft.txt", Line: 3, Msg: "broken"}, Source: []SourceLine{{N: 3, Text: "SECRET DRAFT LINE", Here: true}}},
		Warnings: []Problem{{Error: pos.Error{File: "seeds/draft.txt", Line: 4, Msg: "odd"}, Source: []SourceLine{{N: 4, Text: "ANOTHER SECRET"}}}},
	})
	tests := []struct {
		remote string
		source bool
	}{
		{"127.0.0.1:50000", true},
		{"[::1]:50000", true},
		{"192.168.1.9:50000", false},
	}
	for _, tt := range tests {
		t.Run(tt.remote, func(t *testing.T) {
			r := localRequest("GET", eventsPath)
			r.RemoteAddr = tt.remote
			ctx, cancel := context.WithCancel(r.Context())
			cancel()
			w := &flushRecorder{header: http.Header{}}
			s.ServeHTTP(w, r.WithContext(ctx))
			body := w.body.String()
			if !strings.Contains(body, "broken") {
				t.Fatalf("the stream lacks the problem: %q", body)
			}
			for _, secret := range []string{"SECRET DRAFT LINE", "ANOTHER SECRET"} {
				if have := strings.Contains(body, secret); have != tt.source {
					t.Errorf("source line %q sent: have %v, want %v", secret, have, tt.source)
				}
			}
		})
	}
}

// flushRecorder records a response and can be flushed, as the event stream
// needs.
type flushRecorder struct {
	header http.Header
	code   int
	body   strings.Builder
}

func (w *flushRecorder) Header() http.Header { return w.header }
func (w *flushRecorder) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
}
func (w *flushRecorder) Write(p []byte) (int, error) {
	w.WriteHeader(200)
	return w.body.Write(p)
}
func (w *flushRecorder) Flush() {}
