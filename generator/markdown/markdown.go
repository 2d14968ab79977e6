// Package markdown is Plansite's one Markdown setup: every Markdown file in
// content/ (translations, editors' pages, the open-data page) is read by the
// goldmark configuration New returns, so the same text renders the same way
// wherever it appears.
//
// # Dialect
//
// CommonMark plus:
//
//   - heading attributes, `## Heading {#eId key="value"}`: translations name
//     the unit a heading starts by its eId, and carry a fingerprint of the
//     Chinese they were made from (see package translate);
//   - GFM tables, for translating tables that are not key-project lists;
//   - fenced code blocks highlighted at build time by package highlight,
//     the same chroma lexers, style and CSS classes as the open-data
//     samples; every page links the one stylesheet, /assets/highlight.css.
//
// Raw HTML in the source is not passed through: editors write Markdown, and
// every page stays safe to publish whatever a content file contains.
//
// Besides the converter, the package gives the pieces other packages need
// to take a document apart: Parse, RenderBlocks, PlainText and Line.
package markdown

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"plansite/generator/highlight"
)

// New returns the goldmark converter for Plansite content. Each option says
// why it is there.
func New() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithParserOptions(
			// Heading ids come from the author, {#part_2__sec_1}: eIds are
			// the anchors of the site, and the fingerprint rides along as
			// a second attribute.
			parser.WithAttribute(),
			// No parser.WithAutoHeadingID: ids derived from heading text
			// change when the heading is reworded and collide across
			// parts, which is exactly what eIds avoid.
		),
		goldmark.WithExtensions(
			// Tables that are not project lists are translated as GFM
			// tables.
			extension.Table,
			// Code blocks are highlighted once, at build time, by the
			// site's one chroma setup (package highlight): CSS classes,
			// not inline styles, so one stylesheet themes every sample.
			highlight.Goldmark(),
		),
		// Raw HTML is left out (goldmark's default, no html.WithUnsafe):
		// content files are prose, and the site must stay safe to publish
		// whatever they contain.
	)
}

// converter is the shared converter; goldmark converters are safe for
// concurrent use once built.
var converter = New()

// Parse parses source into a document tree.
func Parse(source []byte) ast.Node {
	return converter.Parser().Parse(text.NewReader(source))
}

// RenderBlocks renders a run of sibling block nodes to HTML.
func RenderBlocks(source []byte, blocks []ast.Node) (template.HTML, error) {
	var buf bytes.Buffer
	r := converter.Renderer()
	for _, b := range blocks {
		if err := r.Render(&buf, source, b); err != nil {
			return "", err
		}
	}
	return template.HTML(strings.TrimSpace(buf.String())), nil
}

// PlainText is the text a reader sees in n, without markup: soft line
// breaks become spaces, blocks are separated by a blank line.
func PlainText(source []byte, n ast.Node) string {
	var b strings.Builder
	plain(&b, source, n)
	return strings.TrimSpace(b.String())
}

func plain(b *strings.Builder, source []byte, n ast.Node) {
	switch t := n.(type) {
	case *ast.Text:
		b.Write(t.Segment.Value(source))
		if t.SoftLineBreak() || t.HardLineBreak() {
			b.WriteByte(' ')
		}
		return
	case *ast.String:
		b.Write(t.Value)
		return
	case *ast.CodeSpan, *ast.FencedCodeBlock, *ast.CodeBlock:
		if n.Type() == ast.TypeBlock {
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				b.Write(seg.Value(source))
			}
			b.WriteString("\n\n")
			return
		}
	case *ast.AutoLink:
		b.Write(t.Label(source))
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		plain(b, source, c)
	}
	if n.Type() == ast.TypeBlock && n.Kind() != ast.KindDocument {
		if s := b.String(); s != "" && !strings.HasSuffix(s, "\n\n") {
			b.WriteString("\n\n")
		}
	}
}

// Line is the 1-based line of source on which block n starts, or 0 when the
// node carries no position (an empty heading, say).
func Line(source []byte, n ast.Node) int {
	if n.Type() != ast.TypeBlock || n.Lines().Len() == 0 {
		return 0
	}
	return LineAt(source, n.Lines().At(0).Start)
}

// LineAt is the 1-based line of the byte offset in source.
func LineAt(source []byte, offset int) int {
	return bytes.Count(source[:min(offset, len(source))], []byte{'\n'}) + 1
}
