package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"plansite/generator/pos"
	"plansite/generator/projectfs"
)

// maxXLIFF is the largest XLIFF file translate import reads: an export is
// a few times its plan's text (each passage's Chinese, English, notes and
// term base), and a plan at most site.MaxSeedSize.
const maxXLIFF = 256 << 20

// readInput reads the file name given on the command line, which should be
// what (a plan's file, an XLIFF file), as projectfs.ReadLimited reads a
// seed: refusing before reading it what is not a regular file or is larger
// than max. Its errors name the file as it was given.
func readInput(name, what string, max int64) ([]byte, error) {
	dir, base := filepath.Dir(name), filepath.Base(name)
	if base == string(filepath.Separator) {
		base = "."
	}
	data, err := projectfs.ReadLimited(os.DirFS(dir), base, what, max)
	var pe *pos.Error
	var pathErr *fs.PathError
	switch {
	case errors.As(err, &pe):
		pe.File = name
	case errors.As(err, &pathErr):
		pathErr.Path = name
	}
	return data, err
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
