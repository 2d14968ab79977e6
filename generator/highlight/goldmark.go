package highlight

import (
	"bytes"
	"html/template"

	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// Goldmark is the goldmark extension that highlights fenced code blocks
// exactly as HTML does, steady under load as HTML is; package markdown's
// converter is built with it. The info string's first word names the
// language (```json); a block in a language chroma has no lexer for, or in
// none, is written as goldmark writes any code block, <pre><code
// class="language-…">, unhighlighted.
func Goldmark() goldmark.Extender { return codeBlocks{highlight: HTML} }

// codeBlocks renders fenced code blocks in place of goldmark's renderer,
// each through highlight: HTML, or a test's.
type codeBlocks struct {
	highlight func(code, lang string) (template.HTML, error)
}

// Extend implements goldmark.Extender.
func (c codeBlocks) Extend(m goldmark.Markdown) {
	// Above goldmark's own renderers (priority 1000), so that this one
	// renders fenced code blocks.
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(c, 200)))
}

// RegisterFuncs implements renderer.NodeRenderer.
func (c codeBlocks) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindFencedCodeBlock, c.render)
}

func (c codeBlocks) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.FencedCodeBlock)
	var code bytes.Buffer
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		code.Write(seg.Value(source))
	}
	lang := n.Language(source)
	if lang != nil && lexers.Get(string(lang)) != nil {
		h, err := c.highlight(code.String(), string(lang))
		if err == nil {
			_, _ = w.WriteString(string(h))
			return ast.WalkContinue, nil
		}
		// Code chroma cannot read is shown as it is.
	}
	_, _ = w.WriteString("<pre><code")
	if lang != nil {
		_, _ = w.WriteString(` class="language-`)
		html.DefaultWriter.Write(w, lang)
		_ = w.WriteByte('"')
	}
	_ = w.WriteByte('>')
	html.DefaultWriter.RawWrite(w, code.Bytes())
	_, _ = w.WriteString("</code></pre>\n")
	return ast.WalkContinue, nil
}
