package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// maxXLIFF is the largest XLIFF file translate import reads: an export is
// a few times its plan's text (each passage's Chinese, English, notes and
// term base), and a plan at most site.MaxSeedSize.
const maxXLIFF = 256 << 20

// readInput reads the file name given on the command line, which should be
// what (a plan's file, an XLIFF file), refusing before reading it what is
// not a regular file (a directory, /dev/zero, a named pipe, which would
// never end or never begin) or is larger than max: read whole, either
// would exhaust memory or hang the command rather than fail with a word.
func readInput(name, what string, max int64) ([]byte, error) {
	// Stat before opening: opening a named pipe waits for a writer.
	if fi, err := os.Stat(name); err != nil {
		return nil, err
	} else if err := regular(name, what, fi); err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := regular(name, what, fi); err != nil {
		return nil, err
	}
	if fi.Size() > max {
		return nil, tooBig(name, what, fi.Size(), max)
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(data)) > max {
		return nil, tooBig(name, what, int64(len(data)), max)
	}
	return data, nil
}

// regular refuses a file that is not a regular one.
func regular(name, what string, fi os.FileInfo) error {
	if fi.Mode().IsRegular() {
		return nil
	}
	kind := "a directory"
	if !fi.IsDir() {
		kind = "a device, pipe or socket"
	}
	return fmt.Errorf("%s: %s, not a file: expected %s", name, kind, what)
}

func tooBig(name, what string, size, max int64) error {
	return fmt.Errorf("%s: the file is %.1f MB, more than the %d MB of %s", name, float64(size)/(1<<20), max>>20, what)
}

// openProject opens the project directory dir (-root) as every command
// reads it, through os.Root; a directory that is missing or a file is
// said as what -root should be, not as the system call that failed.
func openProject(dir string) (*os.Root, error) {
	root, err := os.OpenRoot(dir)
	if err == nil {
		return root, nil
	}
	const want = "expected the project's directory, holding seeds/, content/ and templates/"
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("-root %s: no such directory: %s", dir, want)
	}
	if fi, serr := os.Stat(dir); serr == nil && !fi.IsDir() {
		return nil, fmt.Errorf("-root %s: a file, not a directory: %s", dir, want)
	}
	return nil, err
}
