package site

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"

	"plansite/generator/pos"
)

// MaxSeedSize is the largest seed file a build reads: 20 MB, some twenty
// times the longest plan published, so that a wrong file dropped into
// seeds/ (a video, a database dump) is refused before it is read rather
// than exhausting memory.
const MaxSeedSize = 20 << 20

// checkSeedFile refuses a seed that is not a regular file inside the
// project: a symbolic link that leads out of it (to /etc/passwd, say), a
// link that leads nowhere, a device or a pipe. A link to a file inside the
// project is read as that file.
func checkSeedFile(root fs.FS, e fs.DirEntry, name string) error {
	if e.Type()&fs.ModeSymlink == 0 {
		if !e.Type().IsRegular() {
			return &pos.Error{File: name, Msg: "not a regular file: a seed must be a plan's file"}
		}
		return nil
	}
	links, ok := root.(fs.ReadLinkFS)
	if !ok {
		return &pos.Error{File: name, Msg: "a symbolic link, which this file system cannot follow safely: copy the plan into seeds/"}
	}
	p := name
	for range 40 {
		target, err := links.ReadLink(p)
		if err != nil {
			return &pos.Error{File: name, Msg: "an unreadable symbolic link", Err: err}
		}
		next := path.Join(path.Dir(p), strings.ReplaceAll(target, "\\", "/"))
		if path.IsAbs(target) || strings.HasPrefix(target, "\\") || next == ".." || strings.HasPrefix(next, "../") {
			return &pos.Error{File: name, Msg: fmt.Sprintf("a symbolic link to %s, outside the project: a seed must be a file inside the project", target)}
		}
		fi, err := links.Lstat(next)
		if errors.Is(err, fs.ErrNotExist) {
			return &pos.Error{File: name, Msg: fmt.Sprintf("a symbolic link to %s, which does not exist", target)}
		}
		if err != nil {
			return &pos.Error{File: name, Msg: fmt.Sprintf("a symbolic link to %s: %v", target, err), Err: err}
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsRegular() {
				return &pos.Error{File: name, Msg: fmt.Sprintf("a symbolic link to %s, which is not a regular file", target)}
			}
			return nil
		}
		p = next
	}
	return &pos.Error{File: name, Msg: "a symbolic link in a loop"}
}

// readSeed reads a seed, refusing one larger than MaxSeedSize before
// reading it (and while reading it, should it grow).
func readSeed(root fs.FS, name string) ([]byte, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > MaxSeedSize {
		return nil, tooLarge(name, fi.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSeedSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > MaxSeedSize {
		return nil, tooLarge(name, int64(len(data)))
	}
	return data, nil
}

func tooLarge(name string, size int64) error {
	return &pos.Error{File: name, Msg: fmt.Sprintf("the file is %.1f MB; a seed may be at most %d MB: is it the plan?", float64(size)/(1<<20), MaxSeedSize>>20)}
}
