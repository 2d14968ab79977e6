package site

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"path"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
	tdparse "github.com/tdewolff/parse/v2"

	"plansite/generator/pos"
)

// Scripts and style sheets are published minified, as Hugo's --minify
// publishes them (the same library): a reader's first search downloads its
// three scripts, and minified they are a third smaller gzipped (23 KB →
// 15 KB), which is what keeps the first query of a 100-plan library under
// its 60 KB. The files in templates/assets stay as editors write them,
// comments and all; a file that does not parse is an error at its line,
// as any other input's is.

// mediaType is the media type of a file minified, by its name, or "".
func mediaType(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "text/javascript"
	case ".css":
		return "text/css"
	}
	return ""
}

// minifier minifies scripts to ES5, the language they are written in
// (templates/assets holds no arrow function, let or template literal),
// so that the phones the pages serve run them: the minifier would
// otherwise write some strings as template literals.
func minifier() *minify.M {
	m := minify.New()
	m.Add("text/javascript", &js.Minifier{Version: 2009})
	m.Add("text/css", &css.Minifier{})
	return m
}

// minified keeps a load's minified scripts and style sheets by the
// SHA-256 of their source, for the preview's next load to reuse: minifying
// every asset again would cost a template edit's reload a third of its
// time.
type minified map[[sha256.Size]byte][]byte

// minify returns the file name's data as published: minified where it is
// a script or a style sheet, the data itself otherwise. It reuses what
// prev (an earlier load, or nil) made of the same source and keeps what it
// makes in b.minified.
func (b *builder) minify(name string, data []byte, prev minified) ([]byte, error) {
	media := mediaType(name)
	if media == "" {
		return data, nil
	}
	sum := sha256.Sum256(data)
	out, ok := prev[sum]
	if !ok {
		var buf bytes.Buffer
		buf.Grow(len(data))
		if err := minifier().Minify(media, &buf, bytes.NewReader(data)); err != nil {
			var pe *tdparse.Error
			if errors.As(err, &pe) {
				return nil, &pos.Error{File: name, Line: pe.Line, Col: pe.Column, Msg: pe.Message}
			}
			return nil, &pos.Error{File: name, Msg: err.Error()}
		}
		out = buf.Bytes()
	}
	if b.minified == nil {
		b.minified = minified{}
	}
	b.minified[sum] = out
	return out, nil
}
