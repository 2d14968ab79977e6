package bench

import (
	"io/fs"
	"path/filepath"
	"strings"
)

// Output is what a build wrote.
type Output struct {
	Pages int   // HTML files
	Files int   // all files
	Bytes int64 // their sizes added up
}

// Count walks dir and counts what is in it.
func Count(dir string) (Output, error) {
	var o Output
	err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		o.Files++
		o.Bytes += info.Size()
		if strings.HasSuffix(name, ".html") {
			o.Pages++
		}
		return nil
	})
	return o, err
}
