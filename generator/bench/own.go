package bench

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ownMarker is the file bench leaves in each directory it makes under
// -dir (library-N, hugo-N, floor-N, seed-N), so that a later run removes
// only directories it made: -dir may be any directory of the user's.
const ownMarker = ".plansite-bench"

// fresh makes way for the directory dir of a new measurement: it removes
// a directory bench made, and refuses any other.
func fresh(dir string) error {
	if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if _, err := os.Lstat(filepath.Join(dir, ownMarker)); err != nil {
		return fmt.Errorf("%s exists and bench did not make it (no %s in it): remove it or choose another -dir", dir, ownMarker)
	}
	return os.RemoveAll(dir)
}

// own marks dir, just made, as bench's (fresh).
func own(dir string) error {
	return os.WriteFile(filepath.Join(dir, ownMarker), []byte("made by go run ./generator bench; the next run replaces it\n"), 0o644)
}

// Claim makes dir, given with -dir, a directory bench may work in: it
// makes it if it is absent and marks it as bench's, as it does an empty
// one; a directory holding anything bench did not make (a file, a
// directory without the marker) is refused, named, before anything is
// written in it, since -dir may be any directory of the user's and a
// measurement would fill it with libraries and outputs. A directory of an
// earlier run (the marker, and directories each bench's) is taken again.
func Claim(dir string) error {
	es, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		return own(dir)
	}
	if err != nil {
		return fmt.Errorf("-dir %s: %w", dir, err)
	}
	for _, e := range es {
		if e.Name() == ownMarker {
			continue
		}
		if _, err := os.Lstat(filepath.Join(dir, e.Name(), ownMarker)); e.IsDir() && err == nil {
			continue
		}
		return fmt.Errorf("-dir %s holds %s, which bench did not make: expected a new or empty directory, or one an earlier bench filled", dir, e.Name())
	}
	return own(dir)
}
