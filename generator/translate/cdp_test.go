package translate_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"
)

// browser is headless Chromium driven over the DevTools protocol on a pipe
// (--remote-debugging-pipe: commands on fd 3, replies on fd 4, each message
// ending in a NUL byte), with one page attached in flat session mode.
type browser struct {
	cmd     *exec.Cmd
	in      *os.File // our end of Chromium's fd 3
	mu      sync.Mutex
	nextID  int
	waiting map[int]chan cdpReply
	session string
}

type cdpReply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// chromium returns the browser binary, or skips the test.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium installed")
	return ""
}

// startBrowser starts Chromium and opens a blank page.
func startBrowser(t *testing.T) *browser {
	bin := chromium(t)
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--window-size=390,900", "--remote-debugging-pipe", "about:blank")
	cmd.ExtraFiles = []*os.File{cmdR, outW}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	cmdR.Close()
	outW.Close()
	b := &browser{cmd: cmd, in: cmdW, waiting: map[int]chan cdpReply{}}
	t.Cleanup(func() {
		cmdW.Close()
		cmd.Process.Kill()
		cmd.Wait()
		outR.Close()
	})
	go b.read(outR)
	var target struct {
		TargetID string `json:"targetId"`
	}
	b.call(t, "Target.createTarget", map[string]any{"url": "about:blank"}, &target)
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	b.call(t, "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached)
	b.session = attached.SessionID
	return b
}

// read hands each reply to the call waiting for it; events are dropped.
func (b *browser) read(f *os.File) {
	r := bufio.NewReader(f)
	for {
		msg, err := r.ReadBytes(0)
		if err != nil {
			return
		}
		var m struct {
			ID int `json:"id"`
			cdpReply
		}
		if json.Unmarshal(msg[:len(msg)-1], &m) != nil || m.ID == 0 {
			continue
		}
		b.mu.Lock()
		ch := b.waiting[m.ID]
		delete(b.waiting, m.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- m.cdpReply
		}
	}
}

// call sends a command, in the page's session once there is one, and
// decodes its result into out.
func (b *browser) call(t *testing.T, method string, params map[string]any, out any) {
	t.Helper()
	if err := b.try(method, params, out); err != nil {
		t.Fatal(err)
	}
}

// try is call returning its error, for commands that may race a navigation.
func (b *browser) try(method string, params map[string]any, out any) error {
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan cdpReply, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method, "params": params}
	if b.session != "" {
		msg["sessionId"] = b.session
	}
	data, _ := json.Marshal(msg)
	if _, err := b.in.Write(append(data, 0)); err != nil {
		return fmt.Errorf("%s: %v", method, err)
	}
	select {
	case r := <-ch:
		if r.Error != nil {
			return fmt.Errorf("%s: %s", method, r.Error.Message)
		}
		if out != nil {
			if err := json.Unmarshal(r.Result, out); err != nil {
				return fmt.Errorf("%s: %v", method, err)
			}
		}
		return nil
	case <-time.After(20 * time.Second):
		return fmt.Errorf("%s: no reply from Chromium", method)
	}
}

// eval evaluates a JavaScript expression in the page and decodes its value.
func (b *browser) eval(t *testing.T, expr string, out any) {
	t.Helper()
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	b.call(t, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &r)
	if r.ExceptionDetails != nil {
		t.Fatalf("%s: %s", expr, r.ExceptionDetails.Text)
	}
	if out != nil && len(r.Result.Value) > 0 {
		if err := json.Unmarshal(r.Result.Value, out); err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
	}
}

// waitFor polls a boolean expression until it holds.
func (b *browser) waitFor(t *testing.T, expr string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		// While the page navigates, evaluation may fail; keep polling.
		var r struct {
			Result struct {
				Value bool `json:"value"`
			} `json:"result"`
		}
		err := b.try("Runtime.evaluate", map[string]any{"returnByValue": true,
			"expression": fmt.Sprintf("(function(){try{return !!(%s)}catch(e){return false}})()", expr)}, &r)
		if err == nil && r.Result.Value {
			return
		}
		if time.Now().After(deadline) {
			var href string
			b.eval(t, "location.href", &href)
			t.Fatalf("timed out waiting for %s (at %s)", expr, href)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
