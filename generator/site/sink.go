package site

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"plansite/generator/plan"
)

// Sink receives the files of a site as they are made, each once: a site
// path without leading slash and its content, which the caller does not
// change afterwards. Put is called from several goroutines at once.
//
// Project.RenderTo makes every file into a sink: the build's is a
// directory (WriteDir), so that a page is on disk as soon as it is
// rendered and nothing rendered is held; tests and the preview's data
// files use a Site, which keeps them in memory.
type Sink interface {
	Put(name string, data []byte) error
}

// Put keeps the file in s.Files, so that a Site is a sink in memory.
func (s *Site) Put(name string, data []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Files == nil {
		s.Files = map[string][]byte{}
	}
	s.Files[name] = data
	return nil
}

// discard is a sink that keeps nothing, for a check that renders every
// page only to find errors.
type discard struct{}

func (discard) Put(string, []byte) error { return nil }

// dirSink writes each file under a directory as it comes.
type dirSink struct {
	dir  string
	dirs sync.Map // directories made, by path
	mu   sync.Mutex
	n    int // files written
}

func (s *dirSink) Put(name string, data []byte) error {
	if !fs.ValidPath(name) || name == "." {
		return fmt.Errorf("writing the site: %q is not a file path", name)
	}
	p := filepath.Join(s.dir, filepath.FromSlash(name))
	if dir := filepath.Dir(p); dir != s.dir {
		if _, ok := s.dirs.Load(dir); !ok {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			s.dirs.Store(dir, true)
		}
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return err
	}
	s.mu.Lock()
	s.n++
	s.mu.Unlock()
	return nil
}

// WriteDir writes a site to dir atomically, as fill makes it: fill puts
// every file into the sink it is given, which writes it at once into a
// fresh sibling directory; that directory replaces dir only when fill
// returns nil, so a failed or cancelled build (fill returns ctx's error)
// leaves dir as it was and its own directory removed, never a half-written
// site. On Linux the two directories are swapped with one
// renameat2(RENAME_EXCHANGE), so a reader of dir finds every file at every
// moment, the old version or the new. Where the system or the file system
// cannot swap (other systems, some network and overlay file systems) dir is
// renamed away and the new directory renamed into its place: for the
// moment between the two renames dir is missing.
//
// WriteDir replaces only a directory that is absent, empty or a previous
// output (it holds OutputMarker, which WriteDir leaves in each); it
// refuses / and a directory holding seeds/ or .git, before fill runs.
// CheckOutput adds the checks that need the project's place. It returns
// how many files fill put, the marker left out.
func WriteDir(dir string, fill func(Sink) error) (files int, err error) {
	real, err := realPath(dir)
	if err != nil {
		return 0, fmt.Errorf("output directory %s: %w", dir, err)
	}
	if err := checkTarget(dir, real); err != nil {
		return 0, err
	}
	parent := filepath.Dir(real)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return 0, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(real)+".new-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp) // after the swap, the old site; a no-op after a plain rename
	if err := os.WriteFile(filepath.Join(tmp, OutputMarker), []byte(markerText), 0o644); err != nil {
		return 0, err
	}
	sink := &dirSink{dir: tmp}
	if err := fill(sink); err != nil {
		return 0, err
	}
	// The target is checked again: it may have changed while the site
	// was made, which for a big site takes a while.
	if err := checkTarget(dir, real); err != nil {
		return 0, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return 0, err
	}
	if _, err := os.Lstat(real); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(tmp, real); err != nil {
			return 0, fmt.Errorf("writing %s: %w", dir, err)
		}
		return sink.n, nil
	}
	err = exchange(tmp, real)
	if errors.Is(err, errNoExchange) {
		err = replace(tmp, real)
	}
	if err != nil {
		return 0, fmt.Errorf("replacing %s: %w", dir, err)
	}
	return sink.n, nil
}

// BuildDir builds the project at root and writes it to dir as WriteDir
// does, each page written as soon as it is rendered: the build command.
// It stops, leaving dir as it was, at the first error or when ctx ends.
func BuildDir(ctx context.Context, root fs.FS, dir string) (files int, warnings []plan.Warning, err error) {
	docs, err := LoadDocs(root)
	if err != nil {
		return 0, nil, err
	}
	p, err := Load(root, docs, nil)
	if err != nil {
		return 0, nil, err
	}
	n, err := WriteDir(dir, func(s Sink) error { return p.RenderTo(ctx, Limits{}, s) })
	return n, p.Warnings(), err
}
