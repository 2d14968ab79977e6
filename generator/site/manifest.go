package site

import (
	"bufio"
	"cmp"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// manifestHead starts, in the OutputMarker, the list of every file and
// directory the build wrote, one path a line. The next build replaces the
// directory whole, so it first looks for anything the list lacks — a
// CNAME, an uploads/ directory someone put there — and refuses rather
// than delete it. A marker without the list (written before it existed)
// vouches for the whole directory, as it did then.
const manifestHead = "Files and directories it wrote:\n"

// writeManifest writes the marker f of a site: markerText, then the path
// of every file in files (the site's, without the marker) and of every
// directory above them, in filepath.WalkDir's order, which is the order
// foreignEntry reads them in. The files are those the sink recorded as it
// made them (dirSink.Create): walking the finished directory instead read
// back every one of its thousands of directories, at the end of the
// build, with one core idle (1.5–2% of a 48-plan library's build CPU).
func writeManifest(f *os.File, files []string) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	w.WriteString(markerText + "\n" + manifestHead)
	for _, p := range withDirs(files) {
		w.WriteString(p)
		w.WriteByte('\n')
	}
	return w.Flush()
}

// withDirs is files with every directory above them, each once, sorted
// in WalkDir's order (walkBefore). files are valid, distinct paths
// (fs.ValidPath), the sink's.
func withDirs(files []string) []string {
	dirs := map[string]bool{}
	out := make([]string, 0, len(files)+len(files)/2)
	for _, p := range files {
		out = append(out, p)
		for d := path.Dir(p); d != "." && !dirs[d]; d = path.Dir(d) {
			dirs[d] = true
			out = append(out, d)
		}
	}
	slices.SortFunc(out, walkOrder)
	return out
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
		for more && walkOrder(listed, rel) < 0 {
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

// walkOrder compares paths a and b as WalkDir orders them: name by name,
// a directory before what it holds, so "a/b" before "a-b" though '-'
// sorts before '/' (a '/' counts as the least byte).
func walkOrder(a, b string) int {
	for i := range min(len(a), len(b)) {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if x == '/' {
			x = 0
		}
		if y == '/' {
			y = 0
		}
		return cmp.Compare(x, y)
	}
	return cmp.Compare(len(a), len(b))
}

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
