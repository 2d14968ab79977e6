//go:build unix

package highlight

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// pauseSample is JSON like the open-data page's sample.
var pauseSample = `{
  "slug": "zichuan-education-2022",
  "title": "淄川区教育事业发展“十四五”规划",
  "nodes": [{"eId": "part_1", "kind": "part", "heading": "第一部分", "children": [true, false, null, 2.5e10]}]
}` + strings.Repeat(`
{"eId": "part_2__sec_1", "lead": ["区教体局"], "support": [], "deadline": null, "points": 0.5}`, 20)

// TestHTMLUnderPauses highlights the same code over and over in a child
// process that is stopped for half a second at a time, as a busy machine
// pauses a process: every result must be the same. (Before steady, a
// match of chroma's straddling a pause timed out and a few results in a
// hundred had error tokens: the open-data page built under load differed
// from the same page built on an idle machine.)
func TestHTMLUnderPauses(t *testing.T) {
	if os.Getenv("PLANSITE_HIGHLIGHT_CHILD") == "1" {
		want, err := HTML(pauseSample, "json")
		if err != nil {
			fmt.Println("error", err)
			return
		}
		fmt.Println("ready")
		runs, differ := 0, 0
		for start := time.Now(); time.Since(start) < 11*time.Second; runs++ {
			if have, err := HTML(pauseSample, "json"); err != nil || have != want {
				differ++
			}
		}
		fmt.Println("runs", runs, "differ", differ)
		return
	}
	if testing.Short() {
		t.Skip("pauses a process for seconds")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHTMLUnderPauses$")
	cmd.Env = append(os.Environ(), "PLANSITE_HIGHLIGHT_CHILD=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	if !lines.Scan() || lines.Text() != "ready" {
		cmd.Wait()
		t.Fatalf("child: %q", lines.Text())
	}
	done := make(chan string)
	go func() {
		var last string
		for lines.Scan() {
			if strings.HasPrefix(lines.Text(), "runs ") {
				last = lines.Text()
			}
		}
		done <- last
	}()
	for i := 0; i < 20; i++ {
		time.Sleep(50 * time.Millisecond)
		syscall.Kill(cmd.Process.Pid, syscall.SIGSTOP)
		time.Sleep(500 * time.Millisecond)
		syscall.Kill(cmd.Process.Pid, syscall.SIGCONT)
	}
	result := <-done
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	var runs, differ int
	if _, err := fmt.Sscanf(result, "runs %d differ %d", &runs, &differ); err != nil {
		t.Fatalf("child said %q", result)
	}
	if differ > 0 {
		t.Errorf("%d of %d results differ from the first", differ, runs)
	} else {
		t.Logf("%d runs, all the same", runs)
	}
}
