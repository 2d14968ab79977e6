package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watched are the project directories whose changes rebuild the site.
func watched() []string { return []string{"seeds", "content", "templates"} }

// watcher reports changed files under the watched directories of a project,
// as slash paths relative to it, including directories created later.
// Links inside the project are followed (watchlinks.go).
type watcher struct {
	fsw     *fsnotify.Watcher
	root    string // absolute
	fsys    fs.FS  // the project at root, as the build reads it (projectfs.FS)
	log     io.Writer
	changes chan string
	// Only the goroutine that runs the watcher (or made it) uses these.
	dirs  map[string]bool   // directories watched
	links map[string]string // a followed link's target → the link's project path
}

// newWatcher watches the project at root, an absolute path, which fsys
// reads as the build does (projectfs.FS).
func newWatcher(root string, fsys fs.FS, log io.Writer) (*watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watching %s: %w", root, err)
	}
	w := &watcher{fsw: fsw, root: root, fsys: fsys, log: log, changes: make(chan string, 64),
		dirs: map[string]bool{}, links: map[string]string{}}
	// The project directory itself, not recursively: to see a watched
	// directory that is created, or replaced, later.
	if err := w.watchDir(root); err != nil {
		fsw.Close()
		return nil, err
	}
	for _, dir := range watched() {
		if err := w.addTree(filepath.Join(root, dir)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			fsw.Close()
			return nil, err
		}
	}
	return w, nil
}

// addTree watches dir and every directory below it not watched yet, and
// follows the links it finds.
func (w *watcher) addTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && ignored(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			w.follow(p)
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if w.dirs[p] {
			return filepath.SkipDir // a link's tree seen before, or a loop
		}
		return w.watchDir(p)
	})
}

// run forwards relevant events to w.changes until ctx ends.
func (w *watcher) run(ctx context.Context) {
	defer w.fsw.Close()
	for {
		select {
		case <-ctx.Done():
			return
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			fmt.Fprintln(w.log, "watch:", err)
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				w.send(ctx, "(events lost)") // rebuild to be sure
			}
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if name, ok := w.relevant(ev); ok {
				w.send(ctx, name)
			}
		}
	}
}

func (w *watcher) send(ctx context.Context, name string) {
	select {
	case w.changes <- name:
	case <-ctx.Done():
	}
}

// relevant reports whether ev may change the site, and the changed path
// relative to the project. A new directory is watched at once; files
// written into it before that are covered by the rebuild its creation
// causes.
func (w *watcher) relevant(ev fsnotify.Event) (rel string, ok bool) {
	// Attribute changes alone (chmod, touch by indexers) change no content;
	// the write that comes with an editor's chmod is seen on its own.
	if ev.Op == fsnotify.Chmod {
		return "", false
	}
	rel, err := filepath.Rel(w.root, ev.Name)
	if err != nil {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	if !underWatched(rel) {
		if rel, ok = w.linked(ev.Name); !ok {
			return "", false
		}
	}
	if ignoredPath(rel) {
		return "", false
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		w.forget(ev.Name)
	}
	if ev.Has(fsnotify.Create) {
		if fi, err := os.Lstat(ev.Name); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			w.follow(ev.Name)
		} else if err == nil && fi.IsDir() {
			if err := w.addTree(ev.Name); err != nil && !errors.Is(err, fs.ErrNotExist) {
				fmt.Fprintln(w.log, "watch:", err)
			}
		}
	}
	return rel, true
}

// forget stops watching the directory at p and those below it, removed
// or moved away, so that a directory made again at p (a folder restored,
// a branch checked out) is watched afresh: it was taken for one watched
// already, and saves in it went unseen. A moved directory's watch would
// report its saves where it was.
func (w *watcher) forget(p string) {
	for d := range w.dirs {
		if d == p || strings.HasPrefix(d, p+string(filepath.Separator)) {
			w.fsw.Remove(d) // a removed directory's watch is gone already
			delete(w.dirs, d)
		}
	}
}

func underWatched(rel string) bool {
	return slices.ContainsFunc(watched(), func(dir string) bool { return rel == dir || strings.HasPrefix(rel, dir+"/") })
}

// ignoredPath reports whether any element of the slash path is ignored.
func ignoredPath(rel string) bool {
	return slices.ContainsFunc(strings.Split(rel, "/"), ignored)
}

// sedTemp reports whether name is what `sed -i` names its temporary
// file: sed and six letters or digits.
func sedTemp(name string) bool {
	rest, ok := strings.CutPrefix(name, "sed")
	if !ok || len(rest) != 6 {
		return false
	}
	for _, c := range []byte(rest) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// ignored reports whether a file name is an editor's or system's scratch
// file rather than content: hidden files (vim's .x.swp, Emacs's .#x lock,
// .DS_Store, gedit's .goutputstream-*), backups (x~), Emacs autosaves (#x#),
// vim's write probe 4913, JetBrains' safe-write files and the like.
func ignored(name string) bool {
	switch {
	case name == "":
		return false
	case name == "4913", name == "Thumbs.db", name == "desktop.ini", strings.HasPrefix(name, "."),
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"), sedTemp(name):
		return true
	}
	// The endings of editors' swap, backup and temporary files.
	tempSuffixes := []string{
		"~", ".swp", ".swo", ".swx", ".swn", ".tmp", ".temp", ".bak", ".orig",
		".crdownload", ".part", "___jb_tmp___", "___jb_old___",
	}
	lower := strings.ToLower(name)
	return slices.ContainsFunc(tempSuffixes, func(s string) bool { return strings.HasSuffix(lower, s) })
}

// Batching: an editor's save is a burst of events (write, rename, chmod,
// remove of a backup) within a few milliseconds; a build starts once the
// project has been quiet for quiet, or at the latest maxWait after the first
// event, so that a stream of saves still shows progress.
const maxWait = 500 * time.Millisecond

// batch calls build with the changes of each burst, one build at a time:
// changes that arrive during a build are collected and cause exactly one
// more build after it. It calls started at the first change of each
// burst, before the quiet window, so that work the build will make
// pointless stops at once.
func batch(ctx context.Context, changes <-chan string, quiet time.Duration, started func(), build func([]string)) {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var pending []string
	var first time.Time
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case name := <-changes:
			if len(pending) == 0 {
				first = time.Now()
				started()
			}
			if !slices.Contains(pending, name) {
				pending = append(pending, name)
			}
			timer.Reset(min(quiet, max(0, maxWait-time.Since(first))))
		case <-timer.C:
			if len(pending) == 0 {
				continue
			}
			b := pending
			pending = nil
			build(b) // synchronously: the next burst waits in changes
		}
	}
}
