package site

import (
	"errors"
	"os"
)

// Write writes the site held in memory to dir atomically, with the
// guarantees and refusals of WriteDir.
func (s *Site) Write(dir string) error {
	_, err := WriteDir(dir, func(sink Sink) error {
		for _, name := range s.Paths() {
			if err := put(sink, name, s.Files[name]); err != nil {
				return err
			}
		}
		return nil
	})
	return err
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
