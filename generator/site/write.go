package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Write writes the site to dir atomically: the files go to a fresh sibling
// directory that replaces dir only when complete, so a failed build never
// leaves a half-written site. On Linux the two directories are swapped with
// one renameat2(RENAME_EXCHANGE), so a reader of dir finds every file at
// every moment, the old version or the new. Where the system or the file
// system cannot swap (other systems, some network and overlay file systems)
// dir is renamed away and the new directory renamed into its place: for the
// moment between the two renames dir is missing.
//
// Write replaces only a directory that is absent, empty or a previous
// output (it holds OutputMarker, which Write leaves in each); it refuses /
// and a directory holding seeds/ or .git. CheckOutput adds the checks that
// need the project's place.
func (s *Site) Write(dir string) error {
	real, err := realPath(dir)
	if err != nil {
		return fmt.Errorf("output directory %s: %w", dir, err)
	}
	if err := checkTarget(dir, real); err != nil {
		return err
	}
	parent := filepath.Dir(real)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(real)+".new-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp) // after the swap, the old site; a no-op after a plain rename
	if err := s.writeFiles(tmp); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if _, err := os.Lstat(real); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(tmp, real); err != nil {
			return fmt.Errorf("writing %s: %w", dir, err)
		}
		return nil
	}
	err = exchange(tmp, real)
	if errors.Is(err, errNoExchange) {
		err = replace(tmp, real)
	}
	if err != nil {
		return fmt.Errorf("replacing %s: %w", dir, err)
	}
	return nil
}

// writeFiles writes the site's files and the output marker under dir.
func (s *Site) writeFiles(dir string) error {
	if err := os.WriteFile(filepath.Join(dir, OutputMarker), []byte(markerText), 0o644); err != nil {
		return err
	}
	for _, name := range s.Paths() {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, s.Files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// errNoExchange says the system cannot swap two directories in one step.
var errNoExchange = errors.New("atomic exchange not supported")

// replace puts directory tmp in dir's place with two renames, the fallback
// where exchange is not supported; the old dir ends up at tmp, removed by
// the caller.
func replace(tmp, dir string) error {
	old := tmp + ".old"
	if err := os.Rename(dir, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.Rename(old, dir) // put the previous site back
		return err
	}
	return os.Rename(old, tmp)
}
