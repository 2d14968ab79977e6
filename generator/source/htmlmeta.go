package source

import (
	"net/url"
	"path"
	"regexp"
	"strings"
	"unicode"

	"plansite/generator/plan"
)

// metaLabels maps the labels of a portal's metadata table, spaces taken
// out, to the field they fill.
var metaLabels = map[string]string{
	"索引号": "index", "主题分类": "subject", "分类": "subject", "主题词": "",
	"发文机关": "issuer", "发文机构": "issuer", "发文单位": "issuer", "发布机构": "", "发布单位": "",
	"成文日期": "date", "发文日期": "", "印发日期": "",
	"标题": "title", "名称": "title", "文件名称": "title",
	"文号": "number", "发文字号": "number",
	"发布日期": "published", "发布时间": "published", "公开日期": "published",
	"有效性": "validity", "时效": "validity", "效力状态": "validity",
	"实施日期": "", "生效日期": "", "废止日期": "", "失效日期": "", "登记日期": "", "统一登记号": "",
	"组配分类": "", "联合发文单位": "", "文件来源": "", "体裁分类": "", "公开方式": "", "公开范围": "",
}

// label returns the metadata label s starts with ("[主题分类] …",
// "索  引  号: …", "发布日期：…", or a label alone), its field and the rest
// of s; ok is false when s does not start with one. A label must be marked
// as one — bracketed, followed by a colon, or alone in its cell — so that
// "标题" in running text is not taken for one.
func label(s string) (lab, field, rest string, ok bool) {
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
		f, known := metaLabels[b.String()]
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
			return b.String(), f, strings.TrimSpace(strings.Trim(after, " \u3000")), true
		}
	}
	return "", "", "", false
}

// isLabelled reports whether s is a metadata entry, not a title.
func isLabelled(s string) bool {
	_, _, _, ok := label(s)
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
	set := func(field, v string) {
		v = strings.TrimSpace(v)
		if v == "" {
			return
		}
		switch field {
		case "index":
			setOnce(&m.Index, v)
		case "subject":
			setOnce(&m.Subject, v)
		case "issuer":
			setOnce(&m.Issuer, v)
		case "date":
			setOnce(&m.Date, isoDay(v))
		case "published":
			setOnce(&m.Published, isoDay(v))
		case "validity":
			setOnce(&m.Validity, v)
		case "number":
			if strings.ContainsAny(v, "0123456789") {
				setOnce(&m.DocumentNumber, v)
			}
		case "title":
			if strings.HasPrefix(v, "关于") || strings.Contains(v, "印发") || strings.HasSuffix(v, "通知") {
				setOnce(&m.NoticeTitle, v)
			} else {
				setOnce(&m.Title, v)
			}
		}
	}
	for i := 0; i < len(frags); i++ {
		_, field, rest, ok := label(frags[i])
		if !ok {
			continue
		}
		if rest == "" && i+1 < len(frags) {
			if _, _, _, next := label(frags[i+1]); !next {
				rest = frags[i+1]
				i++
			}
		}
		set(field, rest)
	}
	if m.Published == "" {
		root.walk(func(n *hnode) bool {
			if n.tag == "meta" {
				switch strings.ToLower(n.attr("name")) {
				case "pubdate", "publishdate", "firstpublishedtime", "published", "article:published_time":
					setOnce(&m.Published, isoDay(n.attr("content")))
				}
			}
			return true
		})
	}
	return m
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

var dayRe = regexp.MustCompile(`(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})`)

// isoDay turns 2022-10-12, 2022年10月12日, 2022.10.12 20:28 into YYYY-MM-DD,
// or "" when s holds no date.
func isoDay(s string) string {
	m := dayRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	pad := func(d string) string {
		if len(d) == 1 {
			return "0" + d
		}
		return d
	}
	return m[1] + "-" + pad(m[2]) + "-" + pad(m[3])
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
