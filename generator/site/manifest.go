package site

import (
	"bufio"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// manifestHead starts, in the OutputMarker, the list of every file and
// directory the build wrote, one path a line. The next build replaces the
// directory whole, so it first looks for anything the list lacks — a
// CNAME, an uploads/ directory someone put there — and refuses rather
// than delete it. A marker without the list (written before it existed)
// vouches for the whole directory, as it did then.
const manifestHead = "Files and directories it wrote:\n"

// writeManifest writes the marker f of the site being made in dir:
// markerText, then the path of everything under dir but the marker, in
// filepath.WalkDir's order, which is the order foreignEntry reads them
// in. It walks the directory rather than recording each file as it is
// made, so that nothing grows with the site while it is built.
func writeManifest(f *os.File, dir string) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	w.WriteString(markerText + "\n" + manifestHead)
	err := walkOutput(dir, func(rel string) error {
		w.WriteString(rel)
		return w.WriteByte('\n')
	})
	if err != nil {
		return err
	}
	return w.Flush()
}

// foreignEntry returns the first path under dir, a previous output, that
// the manifest in its marker does not list: a file or directory the build
// did not write. It returns "" when every path is listed or the marker
// has no manifest. Both lists are in WalkDir's order, so they are merged
// as they are read, whatever the size of the site.
func foreignEntry(dir string) (string, error) {
	f, r, err := openManifest(filepath.Join(dir, OutputMarker))
	if f != nil {
		defer f.Close()
	}
	if r == nil {
		return "", err // an older marker, without a manifest, or an error
	}
	listed, more := "", true
	next := func() {
		line, err := r.ReadString('\n')
		listed, more = strings.TrimSuffix(line, "\n"), err == nil
	}
	next()
	foreign := ""
	err = walkOutput(dir, func(rel string) error {
		for more && walkKey(listed) < walkKey(rel) {
			next()
		}
		if more && listed == rel {
			next()
			return nil
		}
		foreign = rel
		return fs.SkipAll
	})
	return foreign, err
}

// openManifest opens the marker at name and reads it up to the list of
// what the build wrote, which r then reads, a path a line. r is nil for a
// marker without the list (written before it existed); f, when not nil,
// is for the caller to close.
func openManifest(name string) (f *os.File, r *bufio.Reader, err error) {
	f, err = os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	r = bufio.NewReader(f)
	for {
		line, err := r.ReadString('\n')
		if line == manifestHead {
			return f, r, nil
		}
		if err == io.EOF {
			return f, nil, nil
		}
		if err != nil {
			return f, nil, err
		}
	}
}

// walkOutput calls fn with the slash-separated path, relative to dir, of
// every file and directory under dir but the marker, in WalkDir's order.
func walkOutput(dir string, fn func(rel string) error) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || rel == "." || rel == OutputMarker {
			return err
		}
		return fn(filepath.ToSlash(rel))
	})
}

// walkKey orders paths as WalkDir visits them: name by name, a directory
// before what it holds, so "a/b" before "a-b" though '-' sorts before '/'.
func walkKey(p string) string { return strings.ReplaceAll(p, "/", "\x00") }

// cleanStale removes what builds killed before they could clean up left
// beside the output real: the directories "."+base+".new-*" that hold an
// OutputMarker no running build holds (see holdMarker). A directory
// without a marker is not a build's, and stays.
func cleanStale(real string) {
	parent, prefix := filepath.Dir(real), "."+filepath.Base(real)+".new-"
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), prefix) {
			continue
		}
		dir := filepath.Join(parent, e.Name())
		f, err := os.Open(filepath.Join(dir, OutputMarker))
		if err != nil {
			continue
		}
		stale := holdMarker(f) == nil
		f.Close()
		if stale {
			os.RemoveAll(dir)
		}
	}
}
