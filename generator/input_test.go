package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"plansite/generator/site"
)

// TestInputsRefused: inspect and translate import refuse, with one line
// naming the file and what was expected, a file they would read without
// end or wait on for ever: a device, a named pipe, a directory, a file
// over the size limit. inspect /dev/zero ran out of memory with a stack
// trace, and a named pipe hung it.
func TestInputsRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(site.MaxSeedSize + 1) // sparse: no disk used
	f.Close()
	tests := []struct {
		name string
		run  func() error
		want string
	}{
		{"inspect nothing", func() error { return inspect(nil) }, "inspect: no file given: expected a plan's file (generator inspect FILE…)"},
		{"inspect /dev/zero", func() error { return inspect([]string{"/dev/zero"}) }, "/dev/zero: a device, not a file: expected a plan's file"},
		{"inspect a pipe", func() error { return inspect([]string{fifo}) }, fifo + ": a named pipe, not a file"},
		{"inspect a directory", func() error { return inspect([]string{dir}) }, dir + ": a directory, not a file"},
		{"inspect a large file", func() error { return inspect([]string{big}) }, big + ": the file is 20.0 MB, more than the 20 MB of a plan's file"},
		{"import /dev/zero", func() error { return importCmd([]string{"-root", dir, "/dev/zero"}, nil, nil) }, "/dev/zero: a device, not a file: expected an XLIFF file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { done <- tt.run() }()
			select {
			case err := <-done:
				if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
					t.Errorf("have %v, want %s…", err, tt.want)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("still reading after 10 s")
			}
		})
	}
}

// TestProjectAndOutputNamed: a -root that is missing or a file, and an
// export into a directory that does not exist, are said in the user's
// terms: the -root given and what it should be, the file asked for; they
// were "open /nonexistent: no such file or directory" and the export's
// temporary file's name.
func TestProjectAndOutputNamed(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plan.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	missing := filepath.Join(dir, "none")
	project := writeProject(t, "# Overall Requirements {#part_1}\n")
	tests := []struct {
		name string
		run  func() error
		want string
	}{
		{"check, missing root", func() error { return checkTo([]string{"-root", missing}, io.Discard) }, "-root " + missing + ": no such directory: expected the project's directory, holding seeds/, content/ and templates/"},
		{"build, root a file", func() error { return build([]string{"-root", file, "-out", filepath.Join(dir, "out")}) }, "-root " + file + ": a file, not a directory: expected the project's directory"},
		{"export into a missing directory", func() error {
			return exportCmd([]string{"-root", project, "-plan", "p", "-o", filepath.Join(missing, "p.xlf")}, io.Discard, io.Discard)
		}, filepath.Join(missing, "p.xlf") + ": the directory " + missing + " does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.run(); err == nil || err.Error() != tt.want && !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("have %v, want %s…", err, tt.want)
			}
		})
	}
}
