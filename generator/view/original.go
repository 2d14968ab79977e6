package view

import (
	"path"
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// Original is a plan's seed file as the site offers it.
type Original struct {
	Path   string // site path: /originals/beijing-railway-safety-2023.docx
	Name   string // the file's own name, for the browser to save it under
	Format string // DOCX, PDF, HTML, TXT
	Size   int64
}

// SizeText is the size as a reader wants it (SizeText).
func (o Original) SizeText() string { return SizeText(o.Size) }

// SizeText writes a file's size of n bytes as a reader wants it: 512 B,
// 36.5 KB, 1.2 MB.
func SizeText(n int64) string {
	switch {
	case n < 1024:
		return strconv.FormatInt(n, 10) + " B"
	case n < 1024*1024:
		return strconv.FormatFloat(float64(n)/1024, 'f', 1, 64) + " KB"
	}
	return strconv.FormatFloat(float64(n)/(1024*1024), 'f', 1, 64) + " MB"
}

// MediaType is the file's MIME type, for the link's type attribute.
func (o Original) MediaType() string {
	switch o.Format {
	case "DOCX":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case "PDF":
		return "application/pdf"
	case "HTML":
		return "text/html"
	}
	return "text/plain"
}

// OriginalPath is the site file of a document's seed, or "" when the
// document was not read from a file.
func OriginalPath(d *plan.Document) string {
	o := d.Original
	if o == nil {
		return ""
	}
	ext := strings.ToLower(path.Ext(o.Name))
	if o.Format == "html" {
		// A saved portal page carries the portal's scripts: served as a page
		// of this site they would run in its origin. As text it is still
		// the file as published, and the link's download name restores
		// its extension.
		ext = ".html.txt"
	}
	return "originals/" + d.Slug + ext
}

// Download is the plan's original file, or nil.
func (d *Doc) Download() *Original {
	p := OriginalPath(d.Document)
	if p == "" {
		return nil
	}
	return &Original{Path: "/" + p, Name: path.Base(d.Document.Original.Name),
		Format: strings.ToUpper(d.Document.Original.Format), Size: d.Document.Original.Size}
}
