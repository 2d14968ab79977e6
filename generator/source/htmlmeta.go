package source

import (
	"net/url"
	"path"
	"strings"
	"unicode"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// label returns the metadata label s starts with ("[主题分类] …",
// "索  引  号: …", "发布日期：…", or a label alone; the labels are
// package parse's) and the rest of s; ok is false when s does not start with one. A label must be marked
// as one — bracketed, followed by a colon, or alone in its cell — so that
// "标题" in running text is not taken for one.
func label(s string) (lab, rest string, ok bool) {
	t := strings.TrimLeft(s, " \u3000")
	bracket := strings.HasPrefix(t, "[") || strings.HasPrefix(t, "【")
	t = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(t, "["), "【"), " \u3000")
	rs := []rune(t)
	var b strings.Builder
	for i := 0; i < len(rs) && i < 16; i++ {
		r := rs[i]
		if r == ' ' || r == '\u3000' {
			continue
		}
		if !unicode.Is(unicode.Han, r) {
			break
		}
		b.WriteRune(r)
		_, known := parse.MetaField(b.String())
		if !known {
			continue
		}
		after := strings.TrimLeft(string(rs[i+1:]), " \u3000")
		marked := false
		switch {
		case after == "":
			marked = true
		case strings.HasPrefix(after, "]") || strings.HasPrefix(after, "】"):
			marked = bracket
			after = strings.TrimLeft(after[len(string([]rune(after)[0])):], " \u3000")
			after = strings.TrimLeft(after, ":：")
		case strings.HasPrefix(after, ":") || strings.HasPrefix(after, "："):
			marked = true
			after = after[len(string([]rune(after)[0])):]
		}
		if marked {
			return b.String(), strings.TrimSpace(strings.Trim(after, " \u3000")), true
		}
	}
	return "", "", false
}

// isLabelled reports whether s is a metadata entry, not a title.
func isLabelled(s string) bool {
	_, _, ok := label(s)
	return ok
}

// pageMeta reads the metadata table of a portal page: label and value in
// one cell or line, or the value in the cell after its label. The first
// value of a field wins (some pages print the table twice). <meta> tags in
// the head give the publication date when no label does.
func pageMeta(root, body *hnode) plan.Meta {
	var frags []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(squash(cur.String())); s != "" {
			frags = append(frags, s)
		}
		cur.Reset()
	}
	var visit func(n *hnode)
	visit = func(n *hnode) {
		for _, k := range n.kids {
			switch {
			case k == body:
				flush()
				frags = append(frags, "") // the body ends a label's reach
			case k.tag == "":
				cur.WriteString(k.text)
			case hidden[k.tag]:
			case k.tag == "br" || k.tag == "td" || k.tag == "th" || blocks[k.tag]:
				flush()
				visit(k)
				flush()
			default:
				visit(k)
			}
		}
	}
	visit(root)
	flush()
	var m plan.Meta
	for i := 0; i < len(frags); i++ {
		lab, rest, ok := label(frags[i])
		if !ok {
			continue
		}
		if rest == "" && i+1 < len(frags) {
			if _, _, next := label(frags[i+1]); !next {
				rest = frags[i+1]
				i++
			}
		}
		parse.PageMeta(&m, lab, rest)
	}
	if m.Published == "" {
		root.walk(func(n *hnode) bool {
			if n.tag == "meta" {
				switch strings.ToLower(n.attr("name")) {
				case "pubdate", "publishdate", "firstpublishedtime", "published", "article:published_time":
					parse.PageMeta(&m, "发布日期", n.attr("content"))
				}
			}
			return true
		})
	}
	return m
}

// attachmentExt are the extensions of files portals attach to a document.
var attachmentExt = map[string]bool{".pdf": true, ".doc": true, ".docx": true, ".wps": true, ".xls": true,
	".xlsx": true, ".et": true, ".zip": true, ".rar": true, ".ofd": true, ".txt": true, ".ppt": true, ".pptx": true}

// attachments lists the files the page links: links to documents, or
// whose text starts 附件, in the body or the page, once each. Addresses are
// resolved against the page's own address when it gives one (<base>,
// canonical link, og:url).
func attachments(root, body *hnode) []plan.Attachment {
	base := pageURL(root)
	var out []plan.Attachment
	seen := map[string]bool{}
	root.walk(func(n *hnode) bool {
		if hidden[n.tag] {
			return false
		}
		if n.tag != "a" {
			return true
		}
		href := strings.TrimSpace(n.attr("href"))
		text := textOf(n)
		if href == "" || strings.HasPrefix(href, "javascript:") || strings.HasPrefix(href, "#") {
			return false
		}
		u, err := url.Parse(href)
		if err != nil {
			return false
		}
		ext := strings.ToLower(path.Ext(u.Path))
		if !attachmentExt[ext] && !strings.HasPrefix(text, "附件") {
			return false
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if s := u.String(); !seen[s] {
			seen[s] = true
			if text == "" {
				text = path.Base(u.Path)
			}
			out = append(out, plan.Attachment{Name: text, URL: s})
		}
		return false
	})
	return out
}

// pageURL is the address the page says it has, or nil.
func pageURL(root *hnode) *url.URL {
	var found string
	root.walk(func(n *hnode) bool {
		if found != "" {
			return false
		}
		switch {
		case n.tag == "base" && n.attr("href") != "":
			found = n.attr("href")
		case n.tag == "link" && strings.EqualFold(n.attr("rel"), "canonical"):
			found = n.attr("href")
		case n.tag == "meta" && (n.attr("property") == "og:url" || strings.EqualFold(n.attr("name"), "url")):
			found = n.attr("content")
		}
		return true
	})
	u, err := url.Parse(found)
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}
