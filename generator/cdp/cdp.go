// Package cdp drives headless Chromium over the DevTools protocol for
// browser tests, with no dependency beyond the standard library.
//
// Start launches Chromium with --remote-debugging-pipe (commands written to
// its fd 3, replies read from its fd 4, each message a JSON object ending in
// a NUL byte), opens one page and attaches to it in flat session mode, so
// every later command goes to that page. Tests skip when no Chromium is
// installed; .ci/run installs it.
package cdp

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Timeout bounds every command and wait: generous, as a loaded machine
// (a shared CI runner) can take many seconds over a page, and a wait
// this long only ends a test that has failed.
const Timeout = 2 * time.Minute

// Browser is one headless Chromium with one page.
type Browser struct {
	in      *os.File
	mu      sync.Mutex
	nextID  int
	waiting map[int]chan reply
	events  chan event
	session string
}

type reply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

type event struct {
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

// Binary returns the Chromium binary, or "" when none is installed.
func Binary() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Start launches Chromium with a window of the given size and opens a
// blank page; the browser is closed when the test ends. It skips the test
// when Chromium is missing, and under -short: browser tests are slow.
func Start(tb testing.TB, width, height int) *Browser {
	tb.Helper()
	if testing.Short() {
		tb.Skip("browser test: not under -short")
	}
	bin := Binary()
	if bin == "" {
		tb.Skip("no Chromium installed")
	}
	dir, err := os.MkdirTemp("", "plansite-chromium-")
	if err != nil {
		tb.Fatal(err)
	}
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		tb.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+dir, fmt.Sprintf("--window-size=%d,%d", width, height),
		"--remote-debugging-pipe", "about:blank")
	cmd.ExtraFiles = []*os.File{cmdR, outW}
	// Chromium's own children (renderer, GPU, zygote) join its process
	// group, so the cleanup can end them all.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	cmdR.Close()
	outW.Close()
	b := &Browser{in: cmdW, waiting: map[int]chan reply{}, events: make(chan event, 256)}
	tb.Cleanup(func() {
		cmdW.Close()
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Wait()
		outR.Close()
		os.RemoveAll(dir) // best effort: a child may still be exiting
	})
	go b.read(outR)
	var target struct {
		TargetID string `json:"targetId"`
	}
	if err := b.Call("Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		tb.Fatal(err)
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.Call("Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached); err != nil {
		tb.Fatal(err)
	}
	b.session = attached.SessionID
	if err := b.Call("Page.enable", nil, nil); err != nil {
		tb.Fatal(err)
	}
	return b
}

// read hands replies to waiting calls and queues events.
func (b *Browser) read(f *os.File) {
	r := bufio.NewReader(f)
	for {
		msg, err := r.ReadBytes(0)
		if err != nil {
			return
		}
		var m struct {
			ID int `json:"id"`
			reply
			event
		}
		if json.Unmarshal(msg[:len(msg)-1], &m) != nil {
			continue
		}
		if m.ID == 0 {
			select {
			case b.events <- m.event:
			default: // nobody is listening; drop it
			}
			continue
		}
		b.mu.Lock()
		ch := b.waiting[m.ID]
		delete(b.waiting, m.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- m.reply
		}
	}
}

// Call sends a command (to the page once attached) and decodes its result.
func (b *Browser) Call(method string, params map[string]any, out any) error {
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan reply, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method, "params": params}
	if params == nil {
		msg["params"] = map[string]any{}
	}
	if b.session != "" {
		msg["sessionId"] = b.session
	}
	data, _ := json.Marshal(msg)
	if _, err := b.in.Write(append(data, 0)); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r := <-ch:
		if r.Error != nil {
			return fmt.Errorf("%s: %s", method, r.Error.Message)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-time.After(Timeout):
		return fmt.Errorf("%s: no reply from Chromium", method)
	}
}

// CallBrowser sends a command to the browser rather than the page
// (Browser.grantPermissions and the like).
func (b *Browser) CallBrowser(method string, params map[string]any, out any) error {
	s := b.session
	b.session = ""
	defer func() { b.session = s }()
	return b.Call(method, params, out)
}

// Navigate loads url and waits for its load event (none comes when only
// the fragment changes).
func (b *Browser) Navigate(url string) error {
	for len(b.events) > 0 {
		<-b.events
	}
	var nav struct {
		LoaderID string `json:"loaderId"`
	}
	if err := b.Call("Page.navigate", map[string]any{"url": url}, &nav); err != nil {
		return err
	}
	if nav.LoaderID == "" {
		return nil // a fragment of the same document: no load follows
	}
	// The load event counts once the new document is in the main frame: a
	// load event of the page before (a form the test submitted just
	// before, whose page was still loading) can come after the queue was
	// emptied, and returning on it left the test on the old page.
	deadline := time.After(Timeout)
	committed := false
	for {
		select {
		case e := <-b.events:
			switch e.Method {
			case "Page.frameNavigated":
				var p struct {
					Frame struct {
						ParentID string `json:"parentId"`
						LoaderID string `json:"loaderId"`
					} `json:"frame"`
				}
				if json.Unmarshal(e.Params, &p) == nil && p.Frame.ParentID == "" && p.Frame.LoaderID == nav.LoaderID {
					committed = true
				}
			case "Page.loadEventFired":
				if committed {
					return nil
				}
			}
		case <-deadline:
			return fmt.Errorf("navigate %s: no load event", url)
		}
	}
}

// Eval evaluates a JavaScript expression, awaiting a promise, and decodes
// its value into out.
func (b *Browser) Eval(expr string, out any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := b.Call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true, "userGesture": true}, &r)
	if err != nil {
		return err
	}
	if e := r.ExceptionDetails; e != nil {
		return fmt.Errorf("%s: %s %s", expr, e.Text, e.Exception.Description)
	}
	if out != nil && len(r.Result.Value) > 0 {
		return json.Unmarshal(r.Result.Value, out)
	}
	return nil
}

// WaitFor polls a boolean expression until it holds. A page that
// navigates while it is being asked (a redirect, a form) is asked again.
func (b *Browser) WaitFor(expr string) error {
	deadline := time.Now().Add(Timeout)
	for {
		var ok bool
		if err := b.Eval(fmt.Sprintf("(function(){try{return !!(%s)}catch(e){return false}})()", expr), &ok); err != nil && !navigating(err) {
			return err
		}
		if ok {
			return nil
		}
		if time.Now().After(deadline) {
			var href string
			b.Eval("location.href", &href)
			return errors.New("timed out waiting for " + expr + " at " + href)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// navigating reports whether err says the page went away mid-evaluation
// because it navigated.
func navigating(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "navigated or closed") || strings.Contains(msg, "context was destroyed") || strings.Contains(msg, "Cannot find context")
}

// Screenshot writes a PNG of the page's viewport to path.
func (b *Browser) Screenshot(path string) error {
	var r struct {
		Data string `json:"data"`
	}
	if err := b.Call("Page.captureScreenshot", map[string]any{"format": "png"}, &r); err != nil {
		return err
	}
	png, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		return err
	}
	return os.WriteFile(path, png, 0o644)
}
