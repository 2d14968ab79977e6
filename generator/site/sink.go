package site

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"

	"plansite/generator/plan"
)

// Sink receives the files of a site as they are made, each once: Create
// starts the file name (a site path without leading slash), and what is
// written to it is its content once it is closed. Files are made from
// several goroutines at once. A file whose making failed may be left
// half-written: the sink is then dropped whole (WriteDir removes its
// directory).
//
// Project.RenderTo makes every file into a sink: the build's is a
// directory (WriteDir), so that a page is written to disk as it is
// rendered and nothing rendered is held; tests and the preview's data
// files use a Site, which keeps them in memory.
type Sink interface {
	Create(name string) (io.WriteCloser, error)
}

// put makes the file name with content data in sink.
func put(sink Sink, name string, data []byte) error {
	return putWith(sink, name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// putWith makes the file name in sink with what mk writes; the file is
// closed either way, and mk's error is the one returned.
func putWith(sink Sink, name string, mk func(io.Writer) error) error {
	w, err := sink.Create(name)
	if err != nil {
		return err
	}
	err = mk(w)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}

// Create starts a file kept in s.Files when it is closed, so that a Site
// is a sink in memory.
func (s *Site) Create(name string) (io.WriteCloser, error) {
	return &memFile{site: s, name: name}, nil
}

// memFile is a file of a Site being made.
type memFile struct {
	bytes.Buffer
	site *Site
	name string
}

func (f *memFile) Close() error {
	f.site.mu.Lock()
	defer f.site.mu.Unlock()
	if f.site.Files == nil {
		f.site.Files = map[string][]byte{}
	}
	f.site.Files[f.name] = f.Bytes()
	return nil
}

// discard is a sink that keeps nothing, for a check that renders every
// page only to find errors.
type discard struct{}

func (discard) Create(string) (io.WriteCloser, error) { return nopCloser{io.Discard}, nil }

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// Discards reports whether the file throws its bytes away (Discarder).
func (n nopCloser) Discards() bool { return n.Writer == io.Discard }

// dirSink writes each file under a directory as it is made.
type dirSink struct {
	dir string
	n   atomic.Int64
	// writers are the buffers of the files being written, reused from
	// file to file: a site is thousands of small files, and a fresh 64 KB
	// buffer for each was a third of what a build allocated.
	writers sync.Pool

	mu    sync.Mutex
	files []string // the names of the files made, for the manifest
}

// newDirSink is a dirSink writing under dir.
func newDirSink(dir string) *dirSink {
	s := &dirSink{dir: dir}
	s.writers.New = func() any { return bufio.NewWriterSize(nil, 64<<10) }
	return s
}

func (s *dirSink) Create(name string) (io.WriteCloser, error) {
	if !fs.ValidPath(name) || name == "." {
		return nil, fmt.Errorf("writing the site: %q is not a file path", name)
	}
	p := filepath.Join(s.dir, filepath.FromSlash(name))
	if err := s.mkdir(filepath.Dir(p)); err != nil {
		return nil, err
	}
	f, err := create(p)
	if err != nil {
		return nil, err
	}
	s.n.Add(1)
	s.mu.Lock()
	s.files = append(s.files, name)
	s.mu.Unlock()
	w := s.writers.Get().(*bufio.Writer)
	w.Reset(f)
	return &diskFile{Writer: w, f: f, pool: &s.writers}, nil
}

// create makes the file p, which must not exist, to write. os.OpenFile
// would also make the file non-blocking for the poller, which regular
// files do not use (Linux refuses them), at four system calls more: a
// site is thousands of small files.
func create(p string) (*os.File, error) {
	for {
		fd, err := syscall.Open(p, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o644)
		switch {
		case err == nil:
			return os.NewFile(uintptr(fd), p), nil
		case err != syscall.EINTR:
			return nil, &fs.PathError{Op: "open", Path: p, Err: err}
		}
	}
}

// mkdir makes dir, a directory under s.dir, and those above it that are
// missing. It tries dir first: most pages have a directory of their own
// under one already made, so each costs one mkdir, and the sink keeps no
// record of the directories it made (a huge plan's site has ninety
// thousand). Only when the parent is missing are the levels above made,
// the same way. Two files of one new directory may make it at once; the
// second finds it made.
func (s *dirSink) mkdir(dir string) error {
	if len(dir) <= len(s.dir) {
		return nil // s.dir itself
	}
	err := os.Mkdir(dir, 0o755)
	if errors.Is(err, fs.ErrNotExist) {
		if err = s.mkdir(filepath.Dir(dir)); err != nil {
			return err
		}
		err = os.Mkdir(dir, 0o755)
	}
	if err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return nil
}

// diskFile is a file of a dirSink being written.
type diskFile struct {
	*bufio.Writer
	f    *os.File
	pool *sync.Pool // where the buffer goes back to
}

func (f *diskFile) Close() error {
	if f.Writer == nil {
		return os.ErrClosed
	}
	err := f.Flush()
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	f.Writer.Reset(nil)
	f.pool.Put(f.Writer)
	f.Writer = nil
	return err
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
// output (it holds OutputMarker, which WriteDir leaves in each, listing
// what it wrote) with nothing in it the previous build did not write,
// which it finds once the new site is made, right before the swap; it
// refuses / and a directory holding seeds/ or .git before fill runs. It
// removes the temporary directories of builds that were killed.
// CheckOutput adds the checks that need the project's place. It returns
// how many files fill put, the marker left out.
func WriteDir(dir string, fill func(Sink) error) (files int, err error) {
	real, err := realPath(dir)
	if err != nil {
		return 0, fmt.Errorf("output directory %s: %w", dir, err)
	}
	if err := checkTarget(dir, real, false); err != nil {
		return 0, err
	}
	parent := filepath.Dir(real)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return 0, err
	}
	cleanStale(real)
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(real)+".new-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp) // after the swap, the old site; a no-op after a plain rename
	// The marker is made first, so that a build killed halfway leaves a
	// directory recognisably its own, and held while the build runs.
	marker, err := os.OpenFile(filepath.Join(tmp, OutputMarker), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return 0, err
	}
	defer marker.Close()
	holdMarker(marker) // where it cannot, the directory is never taken for a dead build's
	if _, err := marker.WriteString(markerText); err != nil {
		return 0, err
	}
	sink := newDirSink(tmp)
	if err := fill(sink); err != nil {
		return 0, err
	}
	if err := writeManifest(marker, sink.files); err != nil {
		return 0, err
	}
	// The target is checked again: it may have changed while the site
	// was made, which for a big site takes a while.
	if err := checkTarget(dir, real, true); err != nil {
		return 0, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return 0, err
	}
	if _, err := os.Lstat(real); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(tmp, real); err != nil {
			return 0, fmt.Errorf("writing %s: %w", dir, err)
		}
		return int(sink.n.Load()), nil
	}
	err = exchange(tmp, real)
	if errors.Is(err, errNoExchange) {
		err = replace(tmp, real)
	}
	if err != nil {
		return 0, fmt.Errorf("replacing %s: %w", dir, err)
	}
	return int(sink.n.Load()), nil
}

// BuildDir builds the project at root and writes it to dir as WriteDir
// does, each page written as soon as it is rendered: the build command.
// It stops, leaving dir as it was, at the first error or when ctx ends.
// Its warnings name the plans' pages the previous output had and the new
// one lacks (lostpages.go).
func BuildDir(ctx context.Context, root fs.FS, dir string) (files int, warnings []plan.Warning, err error) {
	docs, err := LoadDocs(root)
	if err != nil {
		return 0, nil, err
	}
	b, err := loadKeeping(root, docs, nil, false)
	if err != nil {
		// The plans' own warnings often say why what reads them failed
		// (a heading added above a plan's title moves every eId
		// content/links.yaml names): they are printed beside the error.
		return 0, docWarnings(docs), err
	}
	p := &Project{b}
	before := publishedPages(dir)
	n, err := WriteDir(dir, func(s Sink) error { return p.RenderTo(ctx, Limits{}, s) })
	warnings = p.Warnings()
	if err == nil {
		warnings = append(warnings, lostPages(dir, before, docs, b.citing.listed)...)
	}
	return n, warnings, err
}
