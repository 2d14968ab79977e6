package source

import (
	"net/url"
	"path"
	"strings"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// isLabelled reports whether s is a metadata entry, not a title.
func isLabelled(s string) bool {
	_, _, ok := parse.MetaLabel(s)
	return ok
}

// pageMeta reads the metadata table of a portal page: label and value in
// one cell or line, or the value in the cell after its label. The first
// value of a field wins (some pages print the table twice). <meta> tags in
// the head give the publication date when no label does. hints are the
// weak labels' (发布机构: parse.PageHint), which fill only what nothing
// else gives.
func pageMeta(root, body *hnode) (m, hints plan.Meta) {
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
	for i := 0; i < len(frags); i++ {
		// Labels side by side in one line (索引号：… 主题分类：, a label
		// left empty before the next: 文号：发布日期：2026-06-26) are
		// entries of their own.
		pairs, ok := parse.MetaPairs(frags[i])
		if !ok {
			continue
		}
		if last := &pairs[len(pairs)-1]; last[1] == "" && i+1 < len(frags) {
			if _, _, next := parse.MetaLabel(frags[i+1]); !next {
				last[1] = frags[i+1]
				i++
			}
		}
		for _, p := range pairs {
			parse.PageMeta(&m, p[0], p[1])
			parse.PageHint(&hints, p[0], p[1])
		}
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
	return m, hints
}

// attachmentExt are the extensions of files portals attach to a document.
var attachmentExt = map[string]bool{".pdf": true, ".doc": true, ".docx": true, ".wps": true, ".xls": true,
	".xlsx": true, ".et": true, ".zip": true, ".rar": true, ".ofd": true, ".txt": true, ".ppt": true, ".pptx": true}

// attachments lists the files the page links: links to documents, or
// whose text starts 附件, anywhere in the page, once each. Addresses are
// resolved against the page's own address when it gives one (<base>,
// canonical link, og:url).
func attachments(root *hnode) []plan.Attachment {
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
