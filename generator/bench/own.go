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
