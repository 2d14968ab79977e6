package site

import (
	"os"

	"golang.org/x/sys/unix"
)

// holdMarker locks the marker f of a build's temporary directory for as
// long as f is open, so that another build does not take the directory
// for one a killed build left (cleanStale). It fails when another process
// holds the lock, or the file system has no locks.
func holdMarker(f *os.File) error {
	return unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
}
