package parse

import (
	"fmt"
	"io"
	"strings"

	"plansite/generator/plan"
)

// Outline writes how a document was understood, one node a line indented by
// depth: source line, eId, kind, number, heading, the start of its text and
// its responsibility lists, deadline and score; then the metadata found and every warning. It is
// what `generator inspect` prints and what the corpus goldens hold.
func Outline(w io.Writer, doc *plan.Document) {
	var walk func(ns []*plan.Node, depth int)
	walk = func(ns []*plan.Node, depth int) {
		for _, n := range ns {
			var b strings.Builder
			fmt.Fprintf(&b, "L%-5d", n.Line)
			if place := doc.Place(n.Line); place != "" {
				// A .docx, .pdf or .html seed: where the line is in the file.
				fmt.Fprintf(&b, "(%s) ", place)
			}
			fmt.Fprintf(&b, "%s%s %s", strings.Repeat("  ", depth), n.EID, n.Kind)
			if n.Num != "" {
				fmt.Fprintf(&b, " %q", n.Num)
			}
			if n.Heading != "" {
				fmt.Fprintf(&b, " [%s]", n.Heading)
			}
			if n.Text != "" {
				fmt.Fprintf(&b, " %s", plan.Clip(n.Text, 24))
			}
			if n.Resp != nil {
				fmt.Fprintf(&b, " {lead=%s support=%s}", strings.Join(n.Resp.Lead, "|"), strings.Join(n.Resp.Support, "|"))
			}
			for _, r := range n.Inline {
				fmt.Fprintf(&b, " {inline lead=%s support=%s}", strings.Join(r.Lead, "|"), strings.Join(r.Support, "|"))
			}
			if d := n.Deadline; d != nil {
				fmt.Fprintf(&b, " deadline=%s", d.Text)
				if d.Date != "" {
					fmt.Fprintf(&b, "→%s", d.Date)
				}
			}
			if n.Points != "" {
				fmt.Fprintf(&b, " points=%s", n.Points)
			}
			if len(n.Indicators) > 0 {
				fmt.Fprintf(&b, " indicators=%d", len(n.Indicators))
			}
			if len(n.Columns) > 0 {
				fmt.Fprintf(&b, " columns=%s", strings.Join(n.Columns, "|"))
			}
			if len(n.Rows) > 0 {
				fmt.Fprintf(&b, " rows=%d", len(n.Rows))
			}
			fmt.Fprintln(w, b.String())
			walk(n.Children, depth+1)
		}
	}
	walk(doc.Nodes, 0)
	m := doc.Meta
	for _, f := range []struct{ name, value string }{
		{"title", m.Title}, {"noticeTitle", m.NoticeTitle}, {"number", m.DocumentNumber},
		{"issuer", m.Issuer}, {"date", m.Date}, {"publicity", m.Publicity},
		{"addressees", strings.Join(m.Addressees, "|")}, {"cc", strings.Join(m.CC, "|")},
		{"printer", m.Printer}, {"printDate", m.PrintDate}, {"index", m.Index},
		{"subject", m.Subject}, {"published", m.Published}, {"validity", m.Validity},
	} {
		if f.value != "" {
			fmt.Fprintf(w, "meta %s: %s\n", f.name, f.value)
		}
	}
	for _, v := range m.Versions {
		fmt.Fprintf(w, "meta version: %s %s\n", v.Date, v.Act)
	}
	for _, a := range m.Attachments {
		fmt.Fprintf(w, "meta attachment: %s %s\n", a.Name, a.URL)
	}
	if o := doc.Original; o != nil {
		fmt.Fprintf(w, "original %s: %s, %d bytes\n", o.Name, o.Format, o.Size)
	}
	for _, wn := range doc.Warnings {
		fmt.Fprintf(w, "warning %s\n", wn)
	}
}
