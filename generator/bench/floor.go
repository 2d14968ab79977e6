package bench

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"golang.org/x/sync/errgroup"
)

// batchBytes bounds what Floor holds in memory: it reads this much of
// the site, then writes it, so that a 100-plan site is never held whole.
const batchBytes = 32 << 20

// Floor writes the files under src again under dst as a build writes its
// pages — every directory made with one mkdir, each file created, written
// whole and closed, by as many workers as the build renders with — and
// measures only the writing: the least any build that puts these files on
// this disk can take, with nothing rendered. Set beside a build's time, it
// says how much of the build is the making and how much the writing; set
// beside Hugo's, what ratio a build of these bytes could reach at all.
//
// The times are this process's (rusage of the whole process, taken while
// it does nothing else), summed over the batches; reading src, between
// batches, is not counted.
func Floor(src, dst string) (Run, error) { return floor(src, dst, batchBytes) }

// floor is Floor reading at most about batch bytes at a time.
func floor(src, dst string, batch int) (Run, error) {
	var r Run
	measure := func(f func() error) error {
		wall, cpu := time.Now(), processCPU()
		err := f()
		r.Wall += time.Since(wall)
		r.CPU += processCPU() - cpu
		return err
	}
	type file struct {
		name string
		data []byte
	}
	var (
		dirs  []string
		files []file
		size  int
	)
	write := func() error {
		err := measure(func() error {
			for _, d := range dirs {
				if err := os.Mkdir(filepath.Join(dst, d), 0o755); err != nil {
					return err
				}
			}
			var g errgroup.Group
			g.SetLimit(runtime.GOMAXPROCS(0))
			for _, f := range files {
				g.Go(func() error { return os.WriteFile(filepath.Join(dst, f.name), f.data, 0o644) })
			}
			return g.Wait()
		})
		dirs, files, size = dirs[:0], files[:0], 0
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return Run{}, err
	}
	err := filepath.WalkDir(src, func(name string, d fs.DirEntry, err error) error {
		if err != nil || name == src {
			return err
		}
		rel, err := filepath.Rel(src, name)
		if err != nil {
			return err
		}
		if d.IsDir() {
			dirs = append(dirs, rel)
			return nil
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		files = append(files, file{rel, data})
		if size += len(data); size >= batch {
			return write()
		}
		return nil
	})
	if err == nil {
		err = write()
	}
	return r, err
}

// processCPU is the user and system time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
