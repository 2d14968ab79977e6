package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"plansite/generator/projectfs"
)

// A watched file or directory may be a symbolic link to elsewhere in the
// project (drafts/, a shared folder of translations): the build follows
// such links and refuses those that lead out of it or to nothing (package
// projectfs). The watcher follows the same links, by the same rule
// (projectfs.Resolve), so that saving the file a link leads to rebuilds
// the site: it watches a file link's directory and a directory link's
// tree, and reports a change there under the link's name, where the build
// reads it. The links the build refuses are not followed; the build says
// what is wrong with them.

// follow watches what the link at p leads to, if the build follows it.
func (w *watcher) follow(p string) {
	name, err := filepath.Rel(w.root, p)
	if err != nil {
		return
	}
	resolved, err := projectfs.Resolve(w.fsys, filepath.ToSlash(name))
	if err != nil {
		return
	}
	target := filepath.Join(w.root, filepath.FromSlash(resolved))
	fi, err := os.Stat(target)
	if err != nil {
		return
	}
	if _, ok := w.links[target]; !ok {
		w.links[target] = filepath.ToSlash(name)
	}
	if fi.IsDir() {
		err = w.addTree(target)
	} else {
		err = w.watchDir(filepath.Dir(target))
	}
	if err != nil {
		fmt.Fprintln(w.log, "watch:", err)
	}
}

// linked is the project path a change to the file at abs is read as: the
// name of the link that leads to it, or to the nearest directory above it
// that a link leads to.
func (w *watcher) linked(abs string) (string, bool) {
	best := ""
	for target := range w.links {
		if rest, ok := strings.CutPrefix(abs, target); ok && (rest == "" || rest[0] == filepath.Separator) && len(target) > len(best) {
			best = target
		}
	}
	if best == "" {
		return "", false
	}
	return w.links[best] + filepath.ToSlash(abs[len(best):]), true
}

// watchDir watches the directory dir (not below it), once.
func (w *watcher) watchDir(dir string) error {
	if w.dirs[dir] {
		return nil
	}
	if err := w.fsw.Add(dir); err != nil {
		return fmt.Errorf("watching %s: %w", dir, err)
	}
	w.dirs[dir] = true
	return nil
}
