package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandsRefuseArguments: a command that takes flags only refuses a
// word that is not a flag, since the flags after it would go unread
// ("build public -out site" built into public/). serve and bench use the
// same parseFlags; they are not run here, since without it they would
// start a server or a benchmark (whose child builds are this binary).
func TestCommandsRefuseArguments(t *testing.T) {
	root := writeProject(t, "# Overall Requirements {#part_1}\n")
	tests := []struct {
		name string
		run  func() error
		want string
	}{
		{"build", func() error { return build([]string{"-root", root, "public", "-out", t.TempDir()}) }, `build: unexpected argument "public"`},
		{"check", func() error { return checkTo([]string{"-root", root, "extra"}, io.Discard) }, `check: unexpected argument "extra"`},
		{"translate export", func() error { return exportCmd([]string{"-root", root, "-plan", "p", "p.xlf"}, io.Discard, io.Discard) }, `translate export: unexpected argument "p.xlf"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.run(); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("have %v, want %s…", err, tt.want)
			}
		})
	}
}

// TestInterruptedSaysSo: a build stopped by an interrupt says the output
// is left as it was, where it printed "context canceled"; other errors
// pass unchanged.
func TestInterruptedSaysSo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if have, want := interrupted(ctx, fmt.Errorf("rendering: %w", ctx.Err()), "public").Error(), "build interrupted: public is left as it was"; have != want {
		t.Errorf("have %q, want %q", have, want)
	}
	other := errors.New("seeds/x.txt:3: bad")
	if have := interrupted(context.Background(), other, "public"); have != other {
		t.Errorf("have %v, want %v", have, other)
	}
}

// TestBenchRefusesBadFlags: bench refuses, before it builds anything, a
// number of runs or a seed size it cannot honour, where it ran once for
// -runs 0 and built no seed for -seed -5, without a word.
func TestBenchRefusesBadFlags(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-runs", "0"}, "bench: -runs 0: want 1 or more paired runs"},
		{[]string{"-runs", "-2"}, "bench: -runs -2: want 1 or more"},
		{[]string{"-seed", "-5"}, "bench: -seed -5: want a size in MB from 0 (none) to 20"},
		{[]string{"-seed", "NaN"}, "bench: -seed NaN: want a size in MB"},
		{[]string{"-seed", "1e9"}, "bench: -seed 1e+09: want a size in MB"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			args := append([]string{"-plans", "1", "-hugo=false", "-dir", t.TempDir()}, tt.args...)
			if err := benchCmd(args); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("have %v, want %s…", err, tt.want)
			}
		})
	}
}

// TestBenchRefusesUsersDir: bench -dir refuses, before it builds
// anything, a directory holding files it did not make, naming one, where
// it filled it with libraries and outputs beside the user's files.
func TestBenchRefusesUsersDir(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "thesis.tex"), []byte("x"), 0o644)
	want := "bench: -dir " + dir + " holds thesis.tex, which bench did not make: expected a new or empty directory"
	if err := benchCmd([]string{"-plans", "1", "-hugo=false", "-dir", dir}); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("have %v, want %s…", err, want)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("have %d entries in -dir, want the user's one", len(es))
	}
}

// TestWrongFlagOneLine: a flag a command does not have is one line naming
// the command, the flag and where the flags are listed, where the flag
// package printed every flag of the command after it.
func TestWrongFlagOneLine(t *testing.T) {
	tests := []struct {
		name string
		run  func() error
		want string
	}{
		{"check", func() error { return checkTo([]string{"-foo"}, io.Discard) }, "check: flag provided but not defined: -foo; generator check -h lists the flags"},
		{"build", func() error { return build([]string{"-x"}) }, "build: flag provided but not defined: -x; generator build -h lists the flags"},
		{"inspect", func() error { return inspect([]string{"-z", "a.txt"}) }, "inspect: flag provided but not defined: -z; generator inspect -h lists the flags"},
		{"translate import", func() error { return importCmd([]string{"-q", "f.xlf"}, io.Discard, io.Discard) }, "translate import: flag provided but not defined: -q"},
		{"bench", func() error { return benchCmd([]string{"-runs", "abc"}) }, `bench: invalid value "abc" for flag -runs: parse error`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.run(); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("have %v, want %s…", err, tt.want)
			}
		})
	}
}
