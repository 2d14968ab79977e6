package projectfs

import (
	"fmt"
	"io"
	"io/fs"

	"plansite/generator/pos"
)

// NotRegular names what fi is when it is not a regular file, as the
// refusals of it say: "a directory", "a named pipe", "a socket", "a
// device" or "a special file"; "" for a regular file. It is the one
// classifier of what the commands refuse to read, project files (FS) and
// files named on the command line (ReadLimited) alike.
func NotRegular(fi fs.FileInfo) string {
	switch t := fi.Mode().Type(); {
	case fi.Mode().IsRegular():
		return ""
	case fi.IsDir():
		return "a directory"
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// notFile is the refusal of name, which NotRegular calls kind, where what
// was expected.
func notFile(name, kind, what string) error {
	return &pos.Error{File: name, Msg: kind + ", not a file: expected " + what}
}

// ReadLimited reads the file name of fsys whole, refusing what is not a
// regular file before opening it (a directory, /dev/zero, a named pipe,
// which would never end or never begin: opening a pipe waits for a
// writer) and a file larger than max, before reading it and while reading
// it, should it grow: read whole, either would exhaust memory or hang the
// command rather than fail with a word. what says what the file should
// be ("a plan's file"); the refusals are *pos.Errors naming name. It is
// the one limited read of seeds and of the files commands are given.
func ReadLimited(fsys fs.FS, name, what string, max int64) ([]byte, error) {
	if fi, err := fs.Stat(fsys, name); err != nil {
		return nil, err
	} else if kind := NotRegular(fi); kind != "" {
		return nil, notFile(name, kind, what)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	// Again on the file opened: the name may have been replaced between.
	if kind := NotRegular(fi); kind != "" {
		return nil, notFile(name, kind, what)
	}
	if fi.Size() > max {
		return nil, tooBig(name, what, fi.Size(), max)
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(data)) > max {
		return nil, tooBig(name, what, int64(len(data)), max)
	}
	return data, nil
}

func tooBig(name, what string, size, max int64) error {
	return &pos.Error{File: name, Msg: fmt.Sprintf("the file is %.1f MB, more than the %d MB of %s", float64(size)/(1<<20), max>>20, what)}
}
