package bench

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// Run is one finished child process: its wall time, the CPU time it and
// the children it waited for used, and the largest resident set among
// them.
type Run struct {
	Wall   time.Duration
	CPU    time.Duration // user + system
	MaxRSS int64         // bytes
}

// Add returns the runs one after the other: times add, the peak is the
// larger of the two.
func (r Run) Add(o Run) Run {
	return Run{Wall: r.Wall + o.Wall, CPU: r.CPU + o.CPU, MaxRSS: max(r.MaxRSS, o.MaxRSS)}
}

// Exec runs name with args in dir and measures it. Its output is kept and
// returned in the error when it fails.
func Exec(dir, name string, args ...string) (Run, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return Run{}, fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, tail(out.String(), 2000))
	}
	r := Run{Wall: wall}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		r.MaxRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return r, nil
}

// tail is the end of s, at most n bytes.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
