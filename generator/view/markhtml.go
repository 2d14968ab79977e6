package view

import (
	"bytes"
	"html/template"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"plansite/generator/plan"
)

// MarkHTML marks the Chinese in the text of h, a fragment of HTML made
// elsewhere (chroma's highlighted samples of the data files on the
// open-data page), as a page in lang must: on a page in another language
// than Chinese, each Chinese stretch of a text (ScriptRuns) goes into a
// <span lang="zh-Hans">, so that a screen reader does not read the
// department names a JSON sample quotes as English. A Chinese page, and
// a fragment without Chinese, come back as they are.
func MarkHTML(lang string, h template.HTML) (template.HTML, error) {
	if lang == SourceLang || !plan.HasHan(string(h)) {
		return h, nil
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(string(h)), body)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	for _, n := range nodes {
		markText(n)
		if err := html.Render(&b, n); err != nil {
			return "", err
		}
	}
	return template.HTML(b.String()), nil
}

// markText replaces each text node under n that holds Chinese by its
// runs, the Chinese ones in spans marked lang="zh-Hans", unless an
// element above it is marked already.
func markText(n *html.Node) {
	for _, a := range n.Attr {
		if a.Key == "lang" {
			return
		}
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.ElementNode:
			markText(c)
		case c.Type == html.TextNode && plan.HasHan(c.Data):
			for _, r := range ScriptRuns(c.Data) {
				t := &html.Node{Type: html.TextNode, Data: r.Text}
				if r.Lang == "" {
					n.InsertBefore(t, c)
					continue
				}
				span := &html.Node{Type: html.ElementNode, Data: "span", DataAtom: atom.Span,
					Attr: []html.Attribute{{Key: "lang", Val: r.Lang}}}
				span.AppendChild(t)
				n.InsertBefore(span, c)
			}
			n.RemoveChild(c)
		}
		c = next
	}
}
