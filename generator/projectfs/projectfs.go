// Package projectfs reads the project — seeds/, content/ and templates/ —
// through os.Root, which refuses every symbolic link that leads out of the
// project, and says why in the editors' terms. os.Root's own refusal reads
// "openat content/en/p/part.md: path escapes from parent", and a link that
// leads nowhere reads as a missing file, which an optional content file
// may be; here both are a *pos.Error naming the project-relative file and
// the link's target:
//
//	content/en/p/part.md: a symbolic link to /etc/passwd, outside the project
//	templates/partials/node.html: a symbolic link to node.old.html, which does not exist
//
// Links that stay inside the project are followed. Check is the one
// explanation, used by FS for every read that fails and by the build for
// each seed before it is read.
package projectfs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"plansite/generator/pos"
)

// maxLinks is how many links Check follows for one name before calling
// them a loop, as the kernel's limit on Linux.
const maxLinks = 40

// FS is the project under root as an fs.FS whose failed reads of a file
// behind a link out of the project, or a link to nothing, are Check's
// error rather than os.Root's. Every command reads the project through it.
func FS(root *os.Root) fs.FS {
	dir, err := filepath.Abs(root.Name())
	if err != nil {
		dir = ""
	}
	return rootFS{fsys: root.FS(), dir: dir}
}

// rootFS wraps os.Root's FS, which implements all of fs's optional
// interfaces; so does rootFS, that readers keep their fast paths.
type rootFS struct {
	fsys fs.FS
	dir  string // the project's absolute directory, "" if unknown
}

// Dir is the absolute directory of the project fsys reads, when fsys is
// FS's; "" for another fs.FS (a test's fstest.MapFS). Messages name it
// where a project-relative name alone leaves the user asking which
// project: "no plans in seeds/" of a -root they mistyped.
func Dir(fsys fs.FS) string {
	if r, ok := fsys.(rootFS); ok {
		return r.dir
	}
	return ""
}

func (r rootFS) Open(name string) (fs.File, error) {
	if err := r.special(name); err != nil {
		return nil, err
	}
	f, err := r.fsys.Open(name)
	if err != nil {
		return nil, r.explain(name, err)
	}
	return f, nil
}

func (r rootFS) ReadFile(name string) ([]byte, error) {
	if err := r.special(name); err != nil {
		return nil, err
	}
	data, err := fs.ReadFile(r.fsys, name)
	return data, r.explain(name, err)
}

// special refuses, before it is opened, a name that is neither a file nor
// a directory: opening a named pipe waits for a writer that never comes,
// and the build, deaf to Ctrl-C in the open, with it; a socket or a
// device is no editor's file either.
func (r rootFS) special(name string) error {
	fi, err := fs.Stat(r.fsys, name)
	if err != nil || fi.IsDir() {
		return nil // a failure is the read's to report
	}
	if kind := NotRegular(fi); kind != "" {
		return notFile(name, kind, "a file an editor saved")
	}
	return nil
}

func (r rootFS) ReadDir(name string) ([]fs.DirEntry, error) {
	es, err := fs.ReadDir(r.fsys, name)
	return es, r.explain(name, err)
}

func (r rootFS) Stat(name string) (fs.FileInfo, error) {
	fi, err := fs.Stat(r.fsys, name)
	return fi, r.explain(name, err)
}

func (r rootFS) Lstat(name string) (fs.FileInfo, error) {
	fi, err := fs.Lstat(r.fsys, name)
	return fi, r.explain(name, err)
}

func (r rootFS) ReadLink(name string) (string, error) {
	target, err := fs.ReadLink(r.fsys, name)
	return target, r.explain(name, err)
}

// explain replaces err, the failure of a read of name, by Check's error
// when a link is the reason; other failures stay as they were.
func (r rootFS) explain(name string, err error) error {
	if err == nil {
		return nil
	}
	if _, e := resolve(r.fsys, r.dir, name); isLinkProblem(e) {
		return e
	}
	return err
}

// Check follows the path name in fsys component by component, as the
// kernel would, and returns a *pos.Error if a symbolic link on the way
// leads out of the project (an absolute target, or one climbing above the
// root), leads to nothing, or the links loop; nil otherwise, including
// when name is simply missing or fsys cannot read links.
func Check(fsys fs.FS, name string) error {
	if _, err := Resolve(fsys, name); isLinkProblem(err) {
		return err
	}
	return nil
}

// isLinkProblem reports whether err, from resolve, blames a link (rather
// than a missing or unreadable file, which the read itself reports).
func isLinkProblem(err error) bool {
	_, ok := err.(*pos.Error)
	return ok
}

// Resolve is the path name leads to in fsys, every link on the way
// followed: the project-relative path of the file itself, free of links.
// It fails with Check's error, with Lstat's when name itself is missing
// or unreadable, and with fs.ErrInvalid when fsys cannot read links.
func Resolve(fsys fs.FS, name string) (string, error) {
	dir := ""
	if r, ok := fsys.(rootFS); ok {
		fsys, dir = r.fsys, r.dir
	}
	return resolve(fsys, dir, name)
}

// link is a symbolic link met on the way: its path in the project,
// without links, and its target as written.
type link struct{ path, target string }

// step is one path component still to follow, and the link whose target
// it comes from (nil for the components of the name asked for).
type step struct {
	name string
	via  *link
}

// resolve follows name as Check says, returning the path it leads to
// and, when a link is at fault, a *pos.Error; when name itself is missing
// or unreadable, the error of the Lstat that found it.
func resolve(fsys fs.FS, dir, name string) (string, error) {
	links, ok := fsys.(fs.ReadLinkFS)
	if !ok || !fs.ValidPath(name) {
		return "", &fs.PathError{Op: "resolve", Path: name, Err: fs.ErrInvalid}
	}
	todo := steps(name, nil)
	done := "." // the path followed so far, free of links
	followed := 0
	for len(todo) > 0 {
		s := todo[0]
		todo = todo[1:]
		switch s.name {
		case "", ".":
			continue
		case "..":
			if done == "." {
				if s.via == nil { // not a valid name
					return "", &fs.PathError{Op: "resolve", Path: name, Err: fs.ErrInvalid}
				}
				return "", problem(name, s.via, "outside the project")
			}
			done = path.Dir(done)
			continue
		}
		next := path.Join(done, s.name)
		fi, err := links.Lstat(next)
		if err != nil {
			if s.via != nil && errors.Is(err, fs.ErrNotExist) {
				return "", problem(name, s.via, "which does not exist")
			}
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			done = next
			continue
		}
		if followed++; followed > maxLinks {
			return "", &pos.Error{File: name, Msg: "symbolic links in a loop"}
		}
		target, err := links.ReadLink(next)
		if err != nil {
			return "", err
		}
		l := &link{path: next, target: target}
		if filepath.IsAbs(target) || path.IsAbs(filepath.ToSlash(target)) {
			// os.Root follows no absolute link, even one into the project.
			if dir != "" && inside(dir, target) {
				return "", problem(name, l, "an absolute path: make it relative to stay inside the project")
			}
			return "", problem(name, l, "outside the project")
		}
		todo = append(steps(filepath.ToSlash(target), l), todo...)
	}
	return done, nil
}

// steps are the components of the slash-separated p, from via.
func steps(p string, via *link) []step {
	var ss []step
	for c := range strings.SplitSeq(p, "/") {
		ss = append(ss, step{c, via})
	}
	return ss
}

// inside reports whether the absolute path target is dir or under it.
func inside(dir, target string) bool {
	rel, err := filepath.Rel(dir, filepath.Clean(target))
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// problem is the error for the read of name that met l, whose target is
// what says.
func problem(name string, l *link, what string) *pos.Error {
	msg := fmt.Sprintf("a symbolic link to %s, %s", l.target, what)
	if l.path != name {
		msg = l.path + " is " + msg
	}
	return &pos.Error{File: name, Msg: msg}
}
