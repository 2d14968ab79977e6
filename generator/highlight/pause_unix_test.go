//go:build unix

package highlight

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/yuin/goldmark"
)

// pauseSample is JSON like the open-data page's sample.
var pauseSample = `{
  "slug": "zichuan-education-2022",
  "title": "淄川区教育事业发展“十四五”规划",
  "nodes": [{"eId": "part_1", "kind": "part", "heading": "第一部分", "children": [true, false, null, 2.5e10]}]
}` + strings.Repeat(`
{"eId": "part_2__sec_1", "lead": ["区教体局"], "support": [], "deadline": null, "points": 0.5}`, 20)

// TestHTMLUnderPauses highlights the same code over and over, as a sample
// (HTML) and as a Markdown code block (Goldmark), in a child process that
// is stopped for half a second at a time, as a busy machine pauses a
// process: every result must be the same. (Before steady, a match of
// chroma's straddling a pause timed out and a few results in a hundred had
// error tokens: the open-data page built under load differed from the same
// page built on an idle machine; Markdown code blocks went through
// goldmark-highlighting, without steady, until Goldmark replaced it.)
func TestHTMLUnderPauses(t *testing.T) {
	if os.Getenv("PLANSITE_HIGHLIGHT_CHILD") == "1" {
		md := goldmark.New(goldmark.WithExtensions(Goldmark()))
		block := []byte("```json\n" + pauseSample + "\n```\n")
		markdown := func() (string, error) {
			var buf bytes.Buffer
			err := md.Convert(block, &buf)
			return buf.String(), err
		}
		want, err := HTML(pauseSample, "json")
		wantMD, errMD := markdown()
		if err != nil || errMD != nil {
			fmt.Println("error", err, errMD)
			return
		}
		fmt.Println("ready")
		runs, differ, differMD := 0, 0, 0
		for start := time.Now(); time.Since(start) < 11*time.Second; runs++ {
			if have, err := HTML(pauseSample, "json"); err != nil || have != want {
				differ++
			}
			if have, err := markdown(); err != nil || have != wantMD {
				differMD++
			}
		}
		fmt.Println("runs", runs, "differ", differ, "markdown", differMD)
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
	var runs, differ, differMD int
	if _, err := fmt.Sscanf(result, "runs %d differ %d markdown %d", &runs, &differ, &differMD); err != nil {
		t.Fatalf("child said %q", result)
	}
	if differ > 0 || differMD > 0 {
		t.Errorf("of %d runs, %d results of HTML and %d of a Markdown code block differ from the first", runs, differ, differMD)
	} else {
		t.Logf("%d runs of HTML and of a Markdown code block, all the same", runs)
	}
}
