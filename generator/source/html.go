package source

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// minArticle is how many Chinese characters the article body must hold: a
// page with less (an index page, a page whose text is an image or loaded by
// script) has no plan in it.
const minArticle = 80

// readHTML reads a portal page: the article body as lines, the page's
// metadata table into Meta (its 发布机构 into Hints), linked attachments
// into Meta.Attachments.
func readHTML(name string, data []byte) (*Text, error) {
	page, err := decodeHTML(data)
	if err != nil {
		return nil, problem(name, "%v", err)
	}
	root := parseTree(page)
	score(root)
	body := articleBody(root)
	if body == nil || body.han < minArticle {
		n := 0
		if body != nil {
			n = body.han
		}
		return nil, problem(name, "no article found in this HTML page: no element holds the text of a document (at most %d Chinese characters outside links); save the page of the document itself, or its text as .txt", n)
	}
	t := &Text{File: name, Format: "html"}
	t.Meta, t.Hints = pageMeta(root, body)
	t.Meta.Attachments = attachments(root)
	w := &lineWriter{t: t}
	if title := pageTitle(root, body, t.Meta); title.text != "" && !startsWith(body, title.text) {
		w.put(title.text, title.line, 0)
		w.flush()
	}
	w.block(body)
	w.flush()
	w.columns()
	return t, nil
}

// decodeHTML decodes a page by its byte order mark, <meta charset> or
// http-equiv Content-Type, as browsers do; GB2312 and GBK are read as
// GB18030, their superset, so no character of a Chinese page is lost. A
// page that declares nothing is UTF-8 if it is valid UTF-8, else GB18030
// (a portal page saved without its header), not the Windows-1252 a
// browser would guess (or a <meta> may claim), in which it has no Chinese
// at all.
func decodeHTML(data []byte) (string, error) {
	enc, name, certain := charset.DetermineEncoding(data, "text/html")
	switch {
	case !certain && utf8.Valid(data), name == "utf-8":
		return string(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))), nil
	case !certain && name == "windows-1252", name == "gbk", name == "gb2312", name == "gb18030":
		enc = simplifiedchinese.GB18030
	}
	out, err := enc.NewDecoder().Bytes(data)
	return string(out), err
}

// articleBody finds the element that holds the document's text, as
// readability tools do: each run of text outside links counts for the
// block it is in (a <p>, a <div>, a cell) and that block's parent, and for
// half for its grandparent; the element with the highest count is the
// body, the deeper one of a tie (text split by <br> directly in a <div>
// counts the same for the <div> and its parent). Navigation is links,
// metadata tables and footers hold little text, so they lose.
func articleBody(root *hnode) *hnode {
	credit := map[*hnode]float64{}
	depth := map[*hnode]int{}
	var visit func(n *hnode, d int, block *hnode)
	visit = func(n *hnode, d int, block *hnode) {
		depth[n] = d
		switch {
		case n.tag == "":
			h := float64(hanCount(n.text))
			if h == 0 || block == nil {
				return
			}
			credit[block] += h
			if p := block.parent; p != nil {
				credit[p] += h
				if g := p.parent; g != nil {
					credit[g] += h / 2
				}
			}
			return
		case hidden[n.tag] || n.tag == "a":
			return
		case blocks[n.tag] || n.tag == "td" || n.tag == "th" || n.tag == "body":
			block = n
		}
		for _, k := range n.kids {
			visit(k, d+1, block)
		}
	}
	visit(root, 0, nil)
	var best *hnode
	for n, c := range credit {
		if n.tag == "#root" || n.tag == "html" {
			continue
		}
		switch {
		case best == nil, c > credit[best], c == credit[best] && depth[n] > depth[best]:
			best = n
		}
	}
	return best
}

// blocks are elements that start a line of their own.
var blocks = map[string]bool{"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "ul": true, "ol": true, "section": true, "article": true, "blockquote": true,
	"pre": true, "dl": true, "dt": true, "dd": true, "center": true, "header": true, "footer": true,
	"form": true, "hr": true, "address": true, "figure": true, "figcaption": true, "caption": true, "tr": true}

// lineWriter turns the body's elements into lines: a block element or <br>
// ends a line, a table becomes rows of cells.
type lineWriter struct {
	t         *Text
	cur       strings.Builder
	line, col int   // place in the page of the current line's first text
	cols      []int // column of each line of t.Lines, 0 when not known
}

func (w *lineWriter) put(s string, line, col int) {
	if w.cur.Len() == 0 {
		w.line, w.col = line, col
	}
	w.cur.WriteString(s)
}

func (w *lineWriter) flush() {
	s := squash(w.cur.String())
	w.cur.Reset()
	if strings.TrimSpace(strings.Trim(s, "\u3000")) == "" {
		return
	}
	w.add(parse.Line{Text: s, Place: "line " + strconv.Itoa(w.line)}, w.col)
}

func (w *lineWriter) add(l parse.Line, col int) {
	w.t.Lines = append(w.t.Lines, l)
	w.cols = append(w.cols, col)
}

// columns adds the column to the places of lines that share a line of the
// page, as a page whose article is one long line of markup has them; a
// line of the page that gives one line of text keeps "line N".
func (w *lineWriter) columns() {
	n := map[string]int{}
	for _, l := range w.t.Lines {
		n[l.Place]++
	}
	for i, l := range w.t.Lines {
		if n[l.Place] > 1 && w.cols[i] > 0 && l.Text != "" {
			w.t.Lines[i].Place += ", column " + strconv.Itoa(w.cols[i])
		}
	}
}

func (w *lineWriter) block(n *hnode) {
	for _, k := range n.kids {
		switch {
		case k.tag == "":
			w.put(k.text, k.line, k.col)
		case hidden[k.tag]:
		case k.tag == "br":
			w.flush()
		case k.tag == "table":
			w.flush()
			w.table(k)
		case blocks[k.tag]:
			w.flush()
			w.block(k)
			w.flush()
		default:
			w.block(k)
		}
	}
}

// table writes a table's rows: a table of one cell (a layout table) is
// read as text; others as rows of tab-separated cells (see tabRow).
func (w *lineWriter) table(n *hnode) {
	var rows [][]*hnode
	n.walk(func(m *hnode) bool {
		if m != n && m.tag == "table" {
			return false // a nested table is part of its cell
		}
		if m.tag == "tr" {
			var cells []*hnode
			for _, c := range m.kids {
				if c.tag == "td" || c.tag == "th" {
					cells = append(cells, c)
				}
			}
			if len(cells) > 0 {
				rows = append(rows, cells)
			}
		}
		return true
	})
	if len(rows) == 0 {
		w.block(n)
		return
	}
	if !slices.ContainsFunc(rows, func(r []*hnode) bool { return len(r) > 1 }) {
		// A layout table: its cells hold paragraphs, not data.
		for _, r := range rows {
			for _, c := range r {
				w.block(c)
				w.flush()
			}
		}
		return
	}
	place := "line " + strconv.Itoa(n.line)
	w.add(parse.Line{Place: place}, 0)
	for i, texts := range spanRows(rows) {
		r := rows[i]
		w.add(parse.Line{Text: tabRow(texts), Place: "line " + strconv.Itoa(r[0].line)}, r[0].col)
	}
	w.add(parse.Line{Place: place}, 0)
}

// titleLine is the page's title and where it is.
type titleLine struct {
	text string
	line int
}

// pageTitle finds the document's title, which portals print above the
// body: the last heading (h1–h3, or an element classed title) before the
// body that has Chinese text, else the metadata's 标题, else <title>.
func pageTitle(root, body *hnode, m plan.Meta) titleLine {
	var found titleLine
	done := false
	root.walk(func(n *hnode) bool {
		if done || n == body {
			done = true
			return false
		}
		if hidden[n.tag] {
			return false
		}
		cls := strings.ToLower(n.attr("class") + " " + n.attr("id"))
		if n.tag == "h1" || n.tag == "h2" || n.tag == "h3" || (blocks[n.tag] && strings.Contains(cls, "title") && len(n.kids) <= 3) {
			if s := textOf(n); hanCount(s) >= 6 && !isLabelled(s) && !linkOnly(n, s) {
				found = titleLine{s, n.line}
			}
		}
		return true
	})
	if found.text != "" {
		return found
	}
	if m.NoticeTitle != "" {
		return titleLine{m.NoticeTitle, 1}
	}
	if m.Title != "" {
		return titleLine{m.Title, 1}
	}
	if t := root.find("title"); t != nil {
		s := textOf(t)
		for _, sep := range []string{"_", "|", " - ", "－"} {
			if i := strings.Index(s, sep); i > 0 {
				s = s[:i]
			}
		}
		if hanCount(s) >= 6 {
			return titleLine{strings.TrimSpace(s), t.line}
		}
	}
	return titleLine{}
}

// linkOnly reports whether all of n's text s is a link's: a page's link to
// another (its interpretation, listed above the text in a block classed
// relevant_title), never the document's title.
func linkOnly(n *hnode, s string) bool {
	var linked strings.Builder
	n.walk(func(m *hnode) bool {
		if m.tag == "a" && m.attr("href") != "" {
			linked.WriteString(textOf(m))
			return false
		}
		return true
	})
	return squash(strings.Join(strings.Fields(linked.String()), "")) == squash(strings.Join(strings.Fields(s), ""))
}

// startsWith reports whether the body's text starts with s (the title is
// already in it).
func startsWith(body *hnode, s string) bool {
	text := strings.Join(strings.Fields(textOf(body)), "")
	return strings.HasPrefix(strings.TrimLeft(text, "\u3000"), strings.Join(strings.Fields(s), ""))
}
