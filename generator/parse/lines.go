package parse

import (
	"reflect"
	"strings"

	"plansite/generator/plan"
)

// Line is one line of a plan as a reader (package source) took it from a
// file that is not plain text: a .docx paragraph or line break, a line of
// a PDF page, a block of a portal page.
type Line struct {
	Text  string // without a line ending
	Place string // where it is in the file: "page 2, line 14", "paragraph 41", "line 230"
}

// Lines parses a plan that a reader has already decoded into lines. file
// names the seed in messages and gives the slug; meta is what the file says
// about itself outside the text (document properties, a portal page's
// metadata table): each field it sets takes precedence over what the text
// says, but for the issuer, which the text's own bodies name first. The
// document's Places and its warnings' Place name each line's place
// in the file.
func Lines(file string, lines []Line, meta plan.Meta) *plan.Document {
	texts := make([]string, len(lines))
	places := make([]string, len(lines))
	// A reader gives one line at a time; a line break inside one would
	// shift every later line number off its place. A form feed opening a
	// line is the page break the PDF reader marks the first line of each
	// page with: it stays, for the parser to find the page's edges (its
	// running header, its blank lines); anywhere else it is a space.
	breaks := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\f", " ", "\v", " ")
	for i, l := range lines {
		rest, feed := strings.CutPrefix(l.Text, "\f")
		texts[i], places[i] = breaks.Replace(rest), l.Place
		if feed {
			texts[i] = "\f" + texts[i]
		}
	}
	// Control characters (a PDF's or a page's NUL, ESC…) never reach a
	// page: they go as in a text file (decode), with one warning.
	d := &decoder{file: file}
	doc := parseText(file, d.clean(strings.Join(texts, "\n")))
	doc.Warnings = append(d.warnings, doc.Warnings...)
	doc.Places = places
	issuer := doc.Meta.Issuer
	doc.Meta = Overlay(doc.Meta, meta)
	if issuer != "" {
		// The bodies the text names as its issuer (its signatures, or
		// the bodies its title opens with) outrank the page's 发文机关,
		// which a portal abbreviates (省政府办公厅 for 江西省人民政府办公厅)
		// or gives as the department whose page it is (江西省市场监督管理
		// 局 for its 办公室's document): the page names the issuer only
		// where the text names none (a signature of a person or a seal).
		doc.Meta.Issuer = issuer
	}

	for i := range doc.Warnings {
		if doc.Warnings[i].File == file {
			doc.Warnings[i].Place = doc.Place(doc.Warnings[i].Line)
		}
	}
	return doc
}

// Overlay returns base with every field that over sets (a string or a list
// that is not empty) replaced by over's; a field added to plan.Meta is
// overlaid with the others.
func Overlay(base, over plan.Meta) plan.Meta {
	b, o := reflect.ValueOf(&base).Elem(), reflect.ValueOf(over)
	for i := range o.NumField() {
		if o.Field(i).Len() > 0 {
			b.Field(i).Set(o.Field(i))
		}
	}
	return base
}
