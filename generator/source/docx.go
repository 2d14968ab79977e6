package source

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// maxPart bounds the uncompressed size of one part of a .docx, so that a
// zip bomb cannot fill memory; a long plan's document.xml is a few MB.
const maxPart = 64 << 20

// docx is a .docx being read: its parts and what has been read so far.
type docx struct {
	name    string
	parts   map[string]*zip.File
	num     *numbering
	t       *Text
	para    int // paragraphs read, table cells' included: the place of a line
	tables  int
	skipped map[string]int // what was left out, for one warning each
}

// readDocx reads a Word .docx: the body's paragraphs and tables in order,
// numbered as Word prints them.
func readDocx(name string, data []byte) (*Text, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, problem(name, "damaged .docx: not a readable zip archive (%v); open it in Word and save it again", err)
	}
	d := &docx{name: name, parts: map[string]*zip.File{}, t: &Text{File: name, Format: "docx"}, skipped: map[string]int{}}
	for _, f := range zr.File {
		d.parts[strings.ToLower(f.Name)] = f
	}
	body, err := d.part("word/document.xml")
	if err != nil {
		return nil, err
	}
	if body == nil {
		return nil, problem(name, "not a valid .docx: the zip archive has no word/document.xml")
	}
	numXML, err := d.part("word/numbering.xml")
	if err != nil {
		return nil, err
	}
	if d.num, err = parseNumbering(numXML); err != nil {
		return nil, problem(name, "damaged .docx: word/numbering.xml: %v", err)
	}
	stylesXML, err := d.part("word/styles.xml")
	if err != nil {
		return nil, err
	}
	if err := d.num.addStyles(stylesXML); err != nil {
		return nil, problem(name, "damaged .docx: word/styles.xml: %v", err)
	}
	if err := d.body(body); err != nil {
		return nil, problem(name, "damaged .docx: word/document.xml after paragraph %d: %v", d.para, err)
	}
	d.leftOut()
	if err := d.properties(); err != nil {
		return nil, err
	}
	return d.t, nil
}

// part returns the bytes of a part of the package, or nil when it is not there.
func (d *docx) part(p string) ([]byte, error) {
	f, ok := d.parts[strings.ToLower(p)]
	if !ok {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, problem(d.name, "damaged .docx: %s: %v", p, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
	if err != nil {
		return nil, problem(d.name, "damaged .docx: %s: %v", p, err)
	}
	if len(data) > maxPart {
		return nil, problem(d.name, "%s is larger than %d MB uncompressed: expected a plan", p, maxPart>>20)
	}
	return data, nil
}

// body reads document.xml's paragraphs and tables.
func (d *docx) body(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "p":
			lines, err := d.paragraph(dec)
			if err != nil {
				return err
			}
			for i, l := range lines {
				place := "paragraph " + strconv.Itoa(d.para)
				if len(lines) > 1 {
					place += ", line " + strconv.Itoa(i+1)
				}
				d.t.Lines = append(d.t.Lines, parse.Line{Text: l, Place: place})
			}
		case "tbl":
			if err := d.table(dec); err != nil {
				return err
			}
		case "sectPr", "Fallback":
			if err := dec.Skip(); err != nil {
				return err
			}
		}
	}
}

// paragraph reads a w:p up to its end: its numbering as printed, then its
// runs' text; line breaks split it into lines.
func (d *docx) paragraph(dec *xml.Decoder) ([]string, error) {
	d.para++
	var b strings.Builder
	var style string
	ref := numRef{}
	var numbered bool
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.EndElement:
			if tok.Name.Local == "p" {
				text := b.String()
				if !numbered {
					if r, ok := d.num.styles[style]; ok {
						if !ref.set {
							ref.level = r.level
						}
						if ref.id == "" {
							ref.id = r.id
						}
					}
				}
				if n := d.num.next(ref.id, ref.level); n != "" {
					text = indentOf(text) + n + strings.TrimLeft(text, " \u3000")
				}
				return strings.Split(text, "\n"), nil
			}
		case xml.StartElement:
			switch tok.Name.Local {
			case "pPr":
				if err := d.props(dec, &style, &ref); err != nil {
					return nil, err
				}
				numbered = ref.id != ""
			case "t":
				var s string
				if err := dec.DecodeElement(&s, &tok); err != nil {
					return nil, err
				}
				b.WriteString(s)
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			case "noBreakHyphen":
				b.WriteByte('-')
			case "del", "moveFrom", "instrText", "delInstrText", "rt", "Fallback", "rPr":
				// Deleted text, field codes and ruby annotations are not
				// printed; run properties hold nothing to read.
				if err := dec.Skip(); err != nil {
					return nil, err
				}
			case "drawing", "pict", "object":
				if err := d.skipCounting(dec, "text in text boxes and drawings"); err != nil {
					return nil, err
				}
			case "commentReference":
				d.skipped["comments"]++
			case "footnoteReference", "endnoteReference":
				d.skipped["footnotes and endnotes"]++
			}
		}
	}
}

// props reads a paragraph's properties: its style and list reference.
func (d *docx) props(dec *xml.Decoder, style *string, ref *numRef) error {
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.EndElement:
			if tok.Name.Local == "pPr" {
				return nil
			}
		case xml.StartElement:
			switch tok.Name.Local {
			case "pPrChange", "rPr":
				if err := dec.Skip(); err != nil {
					return err
				}
			case "pStyle":
				*style = attr(tok, "val")
			case "ilvl":
				ref.level, ref.set = atoiOr(attr(tok, "val"), 0), true
			case "numId":
				ref.id = attr(tok, "val")
			}
		}
	}
}

// skipCounting skips an element, counting it as left out when it held text.
func (d *docx) skipCounting(dec *xml.Decoder, what string) error {
	depth := 1
	for depth > 0 {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			if tok.Name.Local == "t" {
				d.skipped[what]++
			}
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// leftOut warns once for each kind of content that is not read: headers,
// footers, comments, footnotes, text boxes.
func (d *docx) leftOut() {
	for _, f := range slices.Sorted(maps.Keys(d.parts)) {
		base := path.Base(f)
		switch {
		case (strings.HasPrefix(f, "word/header") || strings.HasPrefix(f, "word/footer")) && strings.HasSuffix(f, ".xml"):
			d.countText(f, "headers and footers")
		case base == "comments.xml":
			d.countText(f, "comments")
		}
	}
	for _, what := range []string{"headers and footers", "comments", "footnotes and endnotes", "text in text boxes and drawings"} {
		if n := d.skipped[what]; n > 0 {
			d.t.Warnings = append(d.t.Warnings, plan.Warning{File: d.name, Place: "whole file",
				Msg: fmt.Sprintf("%s are left out (%d pieces of text): only the body of a .docx is read", what, n)})
		}
	}
}

// countText counts the text runs of a part as left out.
func (d *docx) countText(p, what string) {
	data, err := d.part(p)
	if err != nil || data == nil {
		return
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "t" {
			var s string
			if dec.DecodeElement(&s, &se) == nil && strings.TrimSpace(s) != "" {
				d.skipped[what]++
			}
		}
	}
}

// properties reads docProps/core.xml's title as a hint.
func (d *docx) properties() error {
	data, err := d.part("docProps/core.xml")
	if err != nil || data == nil {
		return err
	}
	var core struct {
		Title string `xml:"title"`
	}
	if err := xml.Unmarshal(data, &core); err != nil {
		d.t.Warnings = append(d.t.Warnings, plan.Warning{File: d.name, Place: "docProps/core.xml", Msg: "document properties are unreadable and were ignored: " + err.Error()})
		return nil
	}
	d.t.Hints.Title = strings.TrimSpace(core.Title)
	return nil
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// indentOf returns the spaces a paragraph's text starts with, which stay
// before the number Word prints.
func indentOf(s string) string {
	return s[:len(s)-len(strings.TrimLeft(s, " \u3000"))]
}
