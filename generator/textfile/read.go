package textfile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"

	"go.yaml.in/yaml/v3"
)

// Read reads the content file name of fsys and checks it is UTF-8 text
// (Check). Every content file is optional: a missing one reads as nil
// data and no error.
func Read(fsys fs.FS, name string) ([]byte, error) {
	data, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if err := Check(name, data); err != nil {
		return nil, err
	}
	return data, nil
}

// Decode decodes the YAML data of file name into v, refusing a field v
// lacks; an empty file leaves v as it is. Problems are YAMLError's.
func Decode(name string, data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil && err != io.EOF {
		return atProblem(data, err, YAMLError(name, err))
	}
	return nil
}
