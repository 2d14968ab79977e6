package site

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// OutputMarker is the file Write leaves at the top of every directory it
// writes. A build replaces a directory whole, deleting what was in it, so it
// replaces only a directory that is absent, empty or holds this marker: one
// it wrote itself.
const OutputMarker = ".plansite-output"

// markerText says what the marker is for to whoever finds it.
const markerText = "This directory was written by Plansite (go run ./generator build).\n" +
	"The next build replaces it whole: do not keep other files here.\n"

// projectDirs are the project's own directories; an output inside one of
// them would be mixed with (or, rebuilt, replace) the editors' files.
var projectDirs = []string{"seeds", "content", "templates", "generator", ".git"}

// CheckOutput reports why out must not receive the site built from the
// project at root, or nil. It refuses / and the project directory, any
// directory above it, any directory inside seeds/, content/, templates/,
// generator/ or .git, and every directory that is not absent, empty or a
// previous Plansite output with nothing added to it (see OutputMarker).
func CheckOutput(root, out string) error {
	r, err := realPath(root)
	if err != nil {
		return fmt.Errorf("project directory %s: %w", root, err)
	}
	o, err := realPath(out)
	if err != nil {
		return fmt.Errorf("output directory %s: %w", out, err)
	}
	switch {
	case o == r:
		return fmt.Errorf("refusing to write the site to %s: it is the project directory, and a build replaces its output directory whole (use -out %s)", out, filepath.Join(root, "public"))
	case within(r, o):
		return fmt.Errorf("refusing to write the site to %s: it holds the project directory %s, and a build replaces its output directory whole", out, root)
	}
	for _, d := range projectDirs {
		if p := filepath.Join(r, d); o == p || within(o, p) {
			return fmt.Errorf("refusing to write the site to %s: it is inside the project's %s/, which holds editors' files", out, d)
		}
	}
	return checkTarget(out, o, false)
}

// checkTarget refuses a directory Write must not replace: /, one holding a
// project (seeds/ or .git), a file, a directory with files in it that
// carries no OutputMarker, or, where listed is set, a previous output
// holding something its marker does not list. real is out with symbolic
// links resolved. Looking for what the marker does not list walks the
// whole previous site, so only the check right before the new site takes
// its place does it: that one is needed anyway, as a file may be put
// there while the site is made.
func checkTarget(out, real string, listed bool) error {
	if filepath.Dir(real) == real {
		return fmt.Errorf("refusing to write the site to %s: it is the root of the file system", out)
	}
	fi, err := os.Lstat(real)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("refusing to write the site to %s: it is a file, not a directory", out)
	}
	for _, d := range []string{"seeds", ".git"} {
		if _, err := os.Lstat(filepath.Join(real, d)); err == nil {
			return fmt.Errorf("refusing to write the site to %s: it holds %s, so it is a project, not an output directory", out, d)
		}
	}
	if fi, err := os.Lstat(filepath.Join(real, OutputMarker)); err == nil && fi.Mode().IsRegular() {
		if !listed {
			return nil
		}
		foreign, err := foreignEntry(real)
		if err != nil || foreign == "" {
			return err
		}
		return fmt.Errorf("refusing to write the site to %s: it holds %s, which Plansite did not write, and a build replaces its output directory whole; move it out of %s", out, filepath.Join(out, filepath.FromSlash(foreign)), out)
	}
	f, err := os.Open(real)
	if err != nil {
		return err
	}
	defer f.Close()
	names, err := f.Readdirnames(1)
	if len(names) == 0 && errors.Is(err, io.EOF) {
		return nil
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return fmt.Errorf("refusing to write the site to %s: it holds files Plansite did not write (no %s in it); empty it, remove it or choose another -out", out, OutputMarker)
}

// realPath is p made absolute with its symbolic links resolved. Of a path
// that does not exist yet, it resolves the longest part that does.
func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	var rest []string
	for dir := abs; ; dir = filepath.Dir(dir) {
		real, err := filepath.EvalSymlinks(dir)
		if err == nil {
			return filepath.Join(append([]string{real}, rest...)...), nil
		}
		if !errors.Is(err, fs.ErrNotExist) || filepath.Dir(dir) == dir {
			return "", err
		}
		rest = append([]string{filepath.Base(dir)}, rest...)
	}
}

// within reports whether path p lies strictly inside directory dir; both
// are clean and absolute.
func within(p, dir string) bool {
	if filepath.Dir(dir) == dir { // dir is the file-system root
		return p != dir
	}
	return strings.HasPrefix(p, dir+string(filepath.Separator))
}
