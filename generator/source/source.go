// Package source reads a plan in the form it is published — plain text,
// Word (.docx), PDF or a government portal's HTML page — into the lines the
// parser reads, each with its place in the file, plus the metadata the file
// carries.
//
// # Formats
//
//	.txt          UTF-8 or GB18030 text, read by package parse as it is
//	.docx         Word 2007+ (archive/zip + encoding/xml): paragraphs in order,
//	              automatic numbering rendered as printed, tables, line breaks;
//	              headers, footers and comments left out with a warning;
//	              document properties as hints. .doc and .wps: an error asking
//	              the editor to save as .docx.
//	.pdf          the text layer, through poppler's pdftotext -layout (package
//	              poppler-utils), one line per printed line, page by page
//	              (each page's first line opened by a form feed), a table
//	              under its caption (表 1 …) as rows of tab-separated cells
//	              in its header's columns; a scanned PDF (no text layer) and
//	              one whose text layer is symbols (fonts without a Unicode
//	              map) are errors
//	.html, .htm   a portal page as saved from a browser: the article body,
//	              found by where the page's text is, the page's metadata table
//	              (索引号, 主题分类, 发文机关, 成文日期, 标题, 文号, 发布日期,
//	              有效性) and its linked attachments
//
// The extension and the content must agree: a PDF named .docx is an error
// naming both. Places name what an editor sees in the file: "page 2, line
// 14" in a PDF, "paragraph 41" in a .docx, "line 230" of an HTML page.
//
// # Metadata precedence
//
// content/works.yaml (applied by the site) over the file's own metadata
// (Text.Meta: the portal's metadata table) over what the text says (the
// parser) over hints (Text.Hints: Word's document properties, which are
// often a template's leftovers, and a page's 发布机构, the office that
// posted it, so fill only what nothing else gives). The issuer is the
// exception: the bodies the text signs with, or its title opens with,
// outrank a page's 发文机关 (parse.Lines).
package source

import (
	"bytes"
	"fmt"
	"path"
	"slices"
	"strings"

	"plansite/generator/parse"
	"plansite/generator/plan"
	"plansite/generator/pos"
)

// Text is a plan as read from its file, before parsing.
type Text struct {
	File     string       // path of the seed: seeds/x.docx
	Format   string       // txt, docx, pdf or html
	Lines    []parse.Line // the text, one printed line or paragraph a line
	Meta     plan.Meta    // what the file says about the document outside its text
	Hints    plan.Meta    // weaker metadata, used where the text says nothing
	Warnings []plan.Warning
}

// formats maps the seed extensions Read takes, lower case, to their format.
var formats = map[string]string{".txt": "txt", ".docx": "docx", ".pdf": "pdf", ".html": "html", ".htm": "html"}

// Accepts reports whether name has an extension Read takes (any case).
func Accepts(name string) bool {
	_, ok := formats[strings.ToLower(path.Ext(name))]
	return ok
}

// ParseBytes parses the seed name, whatever its format: the document
// carries its Original and the places of its lines.
func ParseBytes(name string, data []byte) (*plan.Document, error) {
	format, err := Detect(name, data)
	if err != nil {
		return nil, err
	}
	var doc *plan.Document
	if format == "txt" {
		if doc, err = parse.Parse(name, data); err != nil {
			return nil, err
		}
	} else {
		t, err := decode(name, format, data)
		if err != nil {
			return nil, err
		}
		doc = t.Document()
		if len(doc.Nodes) == 0 {
			// Every line the reader found went as layout (a page whose
			// one line was its furniture): a file of no text, as decode
			// says of one that has none at all.
			why := ""
			if len(doc.Warnings) > 0 {
				why = " (" + doc.Warnings[0].Msg + ")"
			}
			return nil, problem(name, "no text found in this %s file but layout%s: expected the text of a plan", strings.ToUpper(format), why)
		}
	}
	doc.Original = &plan.Original{Name: name, Format: format, Size: int64(len(data))}
	return doc, nil
}

// Document parses the text, the file's metadata taking precedence over what
// the text says and the text over hints; the reader's warnings come first.
func (t *Text) Document() *plan.Document {
	doc := parse.Lines(t.File, t.Lines, t.Meta)
	doc.Meta = parse.Overlay(t.Hints, doc.Meta)
	doc.Warnings = append(append([]plan.Warning(nil), t.Warnings...), doc.Warnings...)
	return doc
}

func decode(name, format string, data []byte) (*Text, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		// Said as what it is, as a .txt seed's is: an empty .pdf read
		// as "cut off", an empty .docx as "not a zip archive".
		return nil, problem(name, "file is empty: expected a plan as a .%s file (was it saved, or downloaded, whole?)", format)
	}
	var t *Text
	var err error
	switch format {
	case "docx":
		t, err = readDocx(name, data)
	case "pdf":
		t, err = readPDF(name, data)
	case "html":
		t, err = readHTML(name, data)
	default:
		return nil, problem(name, "unknown format %q", format)
	}
	if err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(t.Lines, func(l parse.Line) bool { return strings.TrimSpace(l.Text) != "" }) {
		return nil, problem(name, "no text found in this %s file: expected the text of a plan", strings.ToUpper(format))
	}
	return t, nil
}

// problem returns an input error about the whole file.
func problem(name, format string, args ...any) *pos.Error {
	return &pos.Error{File: name, Msg: fmt.Sprintf(format, args...)}
}
