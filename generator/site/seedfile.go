package site

import (
	"fmt"
	"io/fs"

	"plansite/generator/pos"
	"plansite/generator/projectfs"
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
	if _, ok := root.(fs.ReadLinkFS); !ok {
		return &pos.Error{File: name, Msg: "a symbolic link, which this file system cannot follow safely: copy the plan into seeds/"}
	}
	if err := projectfs.Check(root, name); err != nil {
		return err
	}
	fi, err := fs.Stat(root, name)
	if err != nil {
		return &pos.Error{File: name, Msg: fmt.Sprintf("an unreadable symbolic link: %v", err), Err: err}
	}
	if !fi.Mode().IsRegular() {
		target, _ := fs.ReadLink(root, name)
		return &pos.Error{File: name, Msg: fmt.Sprintf("a symbolic link to %s, which is not a regular file", target)}
	}
	return nil
}

// readSeed reads a seed, refusing one larger than MaxSeedSize before
// reading it (and while reading it, should it grow).
func readSeed(root fs.FS, name string) ([]byte, error) {
	return projectfs.ReadLimited(root, name, "a plan's file", MaxSeedSize)
}
