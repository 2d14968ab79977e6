package source

import (
	"encoding/xml"
	"fmt"
	"strings"

	"plansite/generator/parse"
)

// table reads a w:tbl into rows of cells; a cell's paragraphs are joined
// with a space and a nested table's rows likewise.
func (d *docx) table(dec *xml.Decoder) error {
	d.tables++
	first := d.para + 1
	var rows [][]string
	var row []string
	var cell []string
	depth := 0 // nesting of tables inside this one
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "tbl":
				depth++
			case "tr":
				if depth == 0 {
					row = nil
				}
			case "tc":
				if depth == 0 {
					cell = nil
				}
			case "p":
				lines, err := d.paragraph(dec)
				if err != nil {
					return err
				}
				for _, l := range lines {
					if s := strings.TrimSpace(l); s != "" {
						cell = append(cell, s)
					}
				}
			case "tblPr", "trPr", "tcPr", "tblGrid":
				if err := dec.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "tbl":
				if depth == 0 {
					d.addTable(first, rows)
					return nil
				}
				depth--
			case "tr":
				if depth == 0 {
					rows = append(rows, row)
				}
			case "tc":
				if depth == 0 {
					row = append(row, strings.Join(cell, " "))
				}
			}
		}
	}
}

// addTable writes a table into the lines as the parser reads a table: a blank line, one line a row with its cells separated by
// tabs (an empty, merged cell stays an empty field), a blank line.
func (d *docx) addTable(first int, rows [][]string) {
	place := fmt.Sprintf("table %d (paragraph %d)", d.tables, first)
	d.t.Lines = append(d.t.Lines, parse.Line{Place: place})
	for r, row := range rows {
		d.t.Lines = append(d.t.Lines, parse.Line{Text: tabRow(row), Place: fmt.Sprintf("table %d, row %d", d.tables, r+1)})
	}
	d.t.Lines = append(d.t.Lines, parse.Line{Place: place})
}

// tabRow joins a row's cells with tabs; a tab inside a cell becomes a space.
func tabRow(cells []string) string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.ReplaceAll(c, "\t", " ")
	}
	return strings.Join(out, "\t")
}
