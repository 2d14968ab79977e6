package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Status is what every open page is told after a build, and when it
// connects: which site is being served, why the last build failed if it did,
// and the warnings of the site being served.
type Status struct {
	// Build names the site being served. A page that was served from
	// another build reloads unless Error is set.
	Build string `json:"build"`
	// Error is why the last build failed; the previous site stays served.
	Error    *Problem  `json:"error,omitempty"`
	Warnings []Problem `json:"warnings,omitempty"`
	// Millis is how long the last build took until pages were told: the
	// pages browsers show were rendered, others may still be rendering.
	Millis float64 `json:"ms"`
}

// event is the server-sent event type for a status: pages reload on
// "reload" and show the overlay on "problem"; "hello" is the status a page
// is given when it connects, so that it catches up on a build it missed.
func (s *Status) event() string {
	if s.Error != nil {
		return "problem"
	}
	return "reload"
}

// Check is the state of the background check, sent to every page as the
// event "check" when it starts and ends, so that the overlay can say that
// a check is running: a save during a long check (a generated plan's
// takes minutes) cancels it, and without a word the editor could not tell
// a page that passed from one not checked yet.
type Check struct {
	Build   string `json:"build"`   // the site being checked
	Running bool   `json:"running"` // false once it ended, passed, failed or cancelled
	// All is set when it renders every page; after saves of templates
	// alone it renders those not checked yet with their current
	// templates (site.Checked).
	All bool `json:"all,omitempty"`
}

// hub fans the latest status out to every connected page. A slow page may
// miss intermediate statuses but always gets the latest one, which is all
// that matters: each status describes the whole state.
type hub struct {
	mu     sync.Mutex
	status *Status
	check  *Check // the background check's latest state
	subs   map[chan struct{}]bool
	done   context.Context // ends every stream on shutdown
}

func newHub(done context.Context) *hub {
	return &hub{status: &Status{}, subs: map[chan struct{}]bool{}, done: done}
}

func (h *hub) publish(s *Status) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.status = s
	h.notify()
}

// publishCheck tells every page the check's state.
func (h *hub) publishCheck(c *Check) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.check = c
	h.notify()
}

// notify wakes every stream, h.mu held, to send what changed.
func (h *hub) notify() {
	for c := range h.subs {
		select {
		case c <- struct{}{}:
		default: // already notified; it will read the latest state
		}
	}
}

func (h *hub) latestCheck() *Check {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.check
}

func (h *hub) latest() *Status {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.status
}

func (h *hub) subscribe() chan struct{} {
	c := make(chan struct{}, 1)
	h.mu.Lock()
	h.subs[c] = true
	h.mu.Unlock()
	return c
}

func (h *hub) unsubscribe(c chan struct{}) {
	h.mu.Lock()
	delete(h.subs, c)
	h.mu.Unlock()
}

// keepAlive is how often an idle stream gets a comment, so that proxies and
// browsers do not time it out.
const keepAlive = 20 * time.Second

// stream sends statuses to one page as server-sent events; local says the
// page is on this machine and may see source lines.
func (h *hub) stream(w http.ResponseWriter, r *http.Request, local bool) {
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Accel-Buffering", "no")
	c := h.subscribe()
	defer h.unsubscribe(c)
	// retry: the browser reconnects quickly after the server restarts.
	if _, err := fmt.Fprint(w, "retry: 500\n\n"); err != nil {
		return
	}
	seen := func(s *Status) *Status {
		if !local {
			return withoutSource(s)
		}
		return s
	}
	sent := h.latest()
	if send(w, rc, "hello", seen(sent)) != nil {
		return
	}
	var checked *Check // the check state last sent
	if c := h.latestCheck(); c != nil && c.Running {
		if send(w, rc, "check", c) != nil {
			return
		}
		checked = c
	}
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-h.done.Done():
			return
		case <-tick.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			if rc.Flush() != nil {
				return
			}
		case <-c:
			// A notification is for a status, a check state or both.
			if s := h.latest(); s != sent {
				sent = s
				if send(w, rc, s.event(), seen(s)) != nil {
					return
				}
			}
			if ck := h.latestCheck(); ck != checked {
				checked = ck
				if send(w, rc, "check", ck) != nil {
					return
				}
			}
		}
	}
}

// send writes one event; its data, a *Status or a *Check, is a single line
// of JSON.
func send(w http.ResponseWriter, rc *http.ResponseController, event string, s any) error {
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, data); err != nil {
		return err
	}
	return rc.Flush()
}
