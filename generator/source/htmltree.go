package source

import (
	"strings"

	"golang.org/x/net/html"
)

// hnode is an element or a text of an HTML page, with the line of the page
// it starts on. golang.org/x/net/html's parser gives no positions, so the
// reader builds this small tree from its tokenizer, closing elements the
// way saved portal pages need (unclosed <p>, <li>, <td>) and keeping the
// line of every text for messages.
type hnode struct {
	tag    string // lower case; "" for text
	attrs  []html.Attribute
	text   string // a text node's text, entities decoded
	line   int
	col    int // 1-based, in characters, of the first printed character
	kids   []*hnode
	parent *hnode
	han    int // Chinese characters in the subtree outside links (see score)
}

// void elements have no end tag.
var void = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true}

// closesP lists elements whose start closes an open <p>.
var closesP = map[string]bool{"p": true, "div": true, "table": true, "ul": true, "ol": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "section": true, "article": true, "blockquote": true, "pre": true, "dl": true}

// hidden elements hold no text a reader sees.
var hidden = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "head": true,
	"title": true, "iframe": true, "svg": true, "object": true, "select": true, "button": true, "textarea": true}

// parseTree builds the tree of page; the root is a pseudo-element "#root".
func parseTree(page string) *hnode {
	root := &hnode{tag: "#root", line: 1}
	stack := []*hnode{root}
	top := func() *hnode { return stack[len(stack)-1] }
	add := func(n *hnode) {
		n.parent = top()
		n.parent.kids = append(n.parent.kids, n)
	}
	// popTo closes elements down to and including the innermost open tag,
	// stopping at any element of stop (a <td> does not close a cell of an
	// outer table).
	popTo := func(tag string, stop map[string]bool) {
		for i := len(stack) - 1; i > 0; i-- {
			if stack[i].tag == tag {
				stack = stack[:i]
				return
			}
			if stop[stack[i].tag] {
				return
			}
		}
	}
	tableScope := map[string]bool{"table": true}
	listScope := map[string]bool{"ul": true, "ol": true, "table": true}
	z := html.NewTokenizer(strings.NewReader(page))
	line, col := 1, 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return root
		}
		at, atCol := line, col
		raw := z.Raw()
		line, col = advance(line, col, raw)
		switch tt {
		case html.TextToken:
			l, c := at, atCol
			if i := firstPrinted(raw); i >= 0 {
				l, c = advance(at, atCol, raw[:i])
			}
			add(&hnode{text: string(z.Text()), line: l, col: c})
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			n := &hnode{tag: tag, line: at, col: atCol}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				n.attrs = append(n.attrs, html.Attribute{Key: string(k), Val: string(v)})
			}
			switch {
			case closesP[tag]:
				popTo("p", map[string]bool{"div": true, "td": true, "th": true, "li": true, "table": true})
			case tag == "li":
				popTo("li", listScope)
			case tag == "td" || tag == "th":
				popTo("td", tableScope)
				popTo("th", tableScope)
			case tag == "tr":
				popTo("tr", tableScope)
			}
			add(n)
			if tt == html.StartTagToken && !void[tag] {
				stack = append(stack, n)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "td" || tag == "th" || tag == "tr" {
				popTo(tag, tableScope)
			} else {
				popTo(tag, nil)
			}
		}
	}
}

// advance moves a position (line, column in characters) over raw.
func advance(line, col int, raw []byte) (int, int) {
	for _, r := range string(raw) {
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// firstPrinted is the index of the first byte of raw that is not HTML
// whitespace, or -1: a text's place is where it starts, not where the
// whitespace before it does.
func firstPrinted(raw []byte) int {
	for i, b := range raw {
		switch b {
		case ' ', '\t', '\r', '\n', '\f':
		default:
			return i
		}
	}
	return -1
}

func (n *hnode) attr(key string) string {
	for _, a := range n.attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// walk calls fn for n and its descendants in document order, not below a
// node for which fn returns false.
func (n *hnode) walk(fn func(*hnode) bool) {
	if !fn(n) {
		return
	}
	for _, k := range n.kids {
		k.walk(fn)
	}
}

// find returns the first element of the subtree with the tag, or nil.
func (n *hnode) find(tag string) *hnode {
	var found *hnode
	n.walk(func(m *hnode) bool {
		if found == nil && m.tag == tag {
			found = m
		}
		return found == nil
	})
	return found
}

// score counts, in every element, the Chinese characters of its text
// outside links and hidden elements: the article body is where they are.
func score(n *hnode) int {
	if n.tag == "" {
		n.han = hanCount(n.text)
		return n.han
	}
	if hidden[n.tag] {
		n.han = 0
		return 0
	}
	total := 0
	for _, k := range n.kids {
		total += score(k)
	}
	n.han = total
	if n.tag == "a" {
		return 0 // link text is navigation, however much there is
	}
	return total
}

func hanCount(s string) int {
	c := 0
	for _, r := range s {
		if r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF {
			c++
		}
	}
	return c
}

// textOf is the visible text of n, whitespace collapsed.
func textOf(n *hnode) string {
	var b strings.Builder
	n.walk(func(m *hnode) bool {
		if hidden[m.tag] {
			return false
		}
		if m.tag == "" {
			b.WriteString(m.text)
		}
		if m.tag == "br" {
			b.WriteByte(' ')
		}
		return true
	})
	return squash(b.String())
}

// squash collapses HTML whitespace (not U+3000, which is text) and turns
// no-break spaces into spaces.
func squash(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
