package site

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"plansite/generator/pos"
	"plansite/generator/projectfs"
)

// assetDir is the directory of the files copied to the site's /assets/.
const assetDir = "templates/assets"

// assets copies templates/assets/ to /assets/, its scripts and style
// sheets minified (minify.go), reusing what prev, an earlier load or nil,
// minified. A symbolic link to a
// directory inside the project is copied as that directory, as a link to
// a file is read as the file (a link out of the project is refused by the
// project's fs.FS); fs.WalkDir alone would take the link for a file.
func (b *builder) assets(prev *builder) error {
	var done minified
	if prev != nil {
		done = prev.minified
	}
	real, err := projectfs.Resolve(b.root, assetDir)
	if err != nil {
		real = assetDir // a plain directory, or an fs.FS without links
	}
	return b.assetTree(assetDir, []string{real}, done)
}

// assetTree copies the files under dir, where a walk through links has
// entered the real directories within (dir's own last): a link back to
// one of them, or to a directory above one, would copy without end.
func (b *builder) assetTree(dir string, within []string, done minified) error {
	return fs.WalkDir(b.root, dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err := fs.Stat(b.root, name)
			if err != nil {
				return err
			}
			if fi.IsDir() {
				real, err := projectfs.Resolve(b.root, name)
				if err != nil {
					return err
				}
				for _, w := range within {
					if w == real || strings.HasPrefix(w, real+"/") || real == "." {
						target, _ := fs.ReadLink(b.root, name)
						return &pos.Error{File: name, Msg: fmt.Sprintf("a symbolic link to %s, which holds the link itself: the assets would be copied without end", target)}
					}
				}
				return b.assetTree(name, append(slices.Clip(within), real), done)
			}
		}
		data, err := fs.ReadFile(b.root, name)
		if err != nil {
			return err
		}
		if data, err = b.minify(name, data, done); err != nil {
			return err
		}
		b.files[path.Join("assets", name[len(assetDir+"/"):])] = data
		return nil
	})
}
