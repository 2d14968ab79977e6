package source

import "io/fs"

// Read reads the seed name of fsys, in a format other than plain text, into
// its lines and metadata without parsing them, as the tests look at what a
// reader took from a file; the build parses with ParseBytes.
func Read(fsys fs.FS, name string) (*Text, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	return ReadBytes(name, data)
}

// ReadBytes is Read for a seed already read.
func ReadBytes(name string, data []byte) (*Text, error) {
	format, err := Detect(name, data)
	if err != nil {
		return nil, err
	}
	return decode(name, format, data)
}
