package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"plansite/generator/pos"
	"plansite/generator/projectfs"
	"plansite/generator/translate"
)

// contentPath is the file of the project at root that a write of the
// translation file name (project-relative, slash-separated) goes to, as
// projectPath says; name must be under the translations' directory.
func contentPath(root string, fsys fs.FS, name string) (string, error) {
	clean := path.Clean(name)
	if !strings.HasPrefix(clean, translate.Dir(lang)+"/") {
		return "", fmt.Errorf("%s: not under %s", name, translate.Dir(lang))
	}
	return projectPath(root, fsys, clean, "a translation file")
}

// projectPath is the file of the project at root that a write of the
// editors' file name (project-relative, slash-separated, clean; what it
// is, for errors) goes to: name itself, or where the symbolic links on
// its way lead. It follows links exactly as the build reads them
// (projectfs): one that stays inside the project is followed, so that
// import, check -stamp and check -record write the file the build reads
// and keep the link; one out of the project, to nothing or in a loop is
// refused with projectfs's explanation. Directories of name that are
// missing are made.
func projectPath(root string, fsys fs.FS, name, what string) (string, error) {
	target, err := projectfs.Resolve(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		var dir string
		if dir, err = contentDir(root, fsys, path.Dir(name)); err != nil {
			return "", err
		}
		target = path.Join(dir, path.Base(name))
		if _, err = fs.Lstat(fsys, target); errors.Is(err, fs.ErrNotExist) {
			err = nil
		}
	}
	if err != nil {
		return "", err
	}
	full := filepath.Join(root, filepath.FromSlash(target))
	if fi, err := os.Lstat(full); err == nil && !fi.Mode().IsRegular() {
		return "", &pos.Error{File: name, Msg: "not a file: expected " + what + " to write"}
	}
	return full, nil
}

// contentDir is the directory dir of the project leads to, links
// followed as contentPath says; the directories missing on its way are
// made.
func contentDir(root string, fsys fs.FS, dir string) (string, error) {
	done := "."
	for part := range strings.SplitSeq(dir, "/") {
		next := path.Join(done, part)
		target, err := projectfs.Resolve(fsys, next)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if err := os.Mkdir(filepath.Join(root, filepath.FromSlash(next)), 0o755); err != nil {
				return "", err
			}
			target = next
		case err != nil:
			return "", err
		}
		fi, err := fs.Stat(fsys, target)
		if err != nil {
			return "", err
		}
		if !fi.IsDir() {
			return "", &pos.Error{File: next, Msg: "not a directory: expected the directory of " + path.Base(dir) + "'s translation files"}
		}
		done = target
	}
	return done, nil
}

// writeContent writes a translation file of the project at root where
// contentPath says, keeping the permissions of the file it replaces.
func writeContent(root string, fsys fs.FS, name string, data []byte) error {
	full, err := contentPath(root, fsys, name)
	if err != nil {
		return err
	}
	return writeKeeping(full, data)
}

// writeKeeping writes data to the file full atomically (writeAtomic),
// keeping the permissions of the file it replaces; a new file is 0644.
func writeKeeping(full string, data []byte) error {
	perm := fs.FileMode(0o644)
	if info, err := os.Stat(full); err == nil {
		perm = info.Mode().Perm()
	}
	return writeAtomic(full, data, perm)
}

// writeAtomic writes data to a temporary file beside name and renames it
// over name, so a reader never sees half a file. The temporary file has a
// name of its own (an editor's part-1.md.tmp is not overwritten) and is
// removed when the write fails (a full disk).
func writeAtomic(name string, data []byte, perm fs.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if errors.Is(err, fs.ErrNotExist) {
		// Said of the file asked for, not of the temporary one.
		return fmt.Errorf("%s: the directory %s does not exist", name, filepath.Dir(name))
	}
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), perm)
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		return errors.Join(err, os.Remove(f.Name()))
	}
	return nil
}
