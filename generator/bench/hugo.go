package bench

import (
	"cmp"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// hugoFiles are the Hugo project's configuration and layouts.
//
//go:embed all:hugo
var hugoFiles embed.FS

// export is the part of a plan's JSON export (public/data/<slug>.json,
// <slug>.en.json) that the Hugo pages show.
type export struct {
	Slug string `json:"slug"`
	Lang string `json:"lang"`
	Meta struct {
		Title string `json:"title"`
	} `json:"meta"`
	Nodes       []node `json:"nodes"`
	Departments []struct {
		Name   string   `json:"name"`
		NameEn string   `json:"nameEn"`
		URL    string   `json:"url"`
		URLEn  string   `json:"urlEn"`
		Lead   []string `json:"lead"`
		Sup    []string `json:"support"`
	} `json:"departments"`
}

type node struct {
	EID      string     `json:"eId"`
	Label    string     `json:"label"`
	Heading  string     `json:"heading"`
	Text     string     `json:"text"`
	URL      string     `json:"url"`
	Columns  []string   `json:"columns"`
	Rows     [][]string `json:"rows"`
	Children []node     `json:"children"`
}

// title is how a page or a heading names the passage.
func (n *node) title() string {
	return strings.TrimSpace(n.Label + " " + n.Heading)
}

// HugoProject writes under dir a Hugo project of the pages of the site
// built in public, read from its JSON exports: per language, a home page,
// a page per plan with its whole text and contents, a page per passage
// that has one in Plansite (its text and its parts', breadcrumbs,
// previous and next), a page per department listing its tasks grouped by
// plan, and a department index. It returns how many content files it
// wrote.
func HugoProject(public, dir string) (int, error) {
	layouts, err := fs.Sub(hugoFiles, "hugo")
	if err != nil {
		return 0, err
	}
	if err := os.CopyFS(dir, layouts); err != nil {
		return 0, err
	}
	names, err := filepath.Glob(filepath.Join(public, "data", "*.json"))
	if err != nil {
		return 0, err
	}
	sort.Strings(names)
	h := &hugoWriter{dir: dir, depts: map[string]*hugoDept{}}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return 0, err
		}
		var e export
		if err := json.Unmarshal(data, &e); err != nil {
			return 0, fmt.Errorf("%s: %v", name, err)
		}
		if e.Slug == "" || len(e.Nodes) == 0 {
			continue // the schema, not a plan
		}
		if err := h.plan(&e); err != nil {
			return 0, err
		}
	}
	if h.pages == 0 {
		return 0, fmt.Errorf("%s: no plan exports in data/", public)
	}
	if err := h.departments(); err != nil {
		return 0, err
	}
	return h.pages, nil
}

// hugoWriter writes a Hugo project's content.
type hugoWriter struct {
	dir   string
	pages int
	depts map[string]*hugoDept // by URL
}

// hugoDept is a department's page: its tasks grouped by plan.
type hugoDept struct {
	lang, url, name string
	plans           []deptPlan
}

type deptPlan struct {
	title, url string
	tasks      []*node
}

// plan writes one plan's pages in its export's language.
func (h *hugoWriter) plan(e *export) error {
	planURL := "/" + e.Lang + "/" + e.Slug + "/"
	byID := map[string]*node{}
	var body strings.Builder
	weight := 0
	var walk func(ns []node, crumbs []crumb) error
	walk = func(ns []node, crumbs []crumb) error {
		for i := range ns {
			n := &ns[i]
			byID[n.EID] = n
			sub := crumbs
			if file, ok := pageFile(n.URL, planURL); ok {
				weight++
				var b strings.Builder
				writeContent(&b, n, 2)
				fm := map[string]any{"title": n.title(), "weight": weight, "crumbs": crumbs}
				if err := h.write(e.Lang, e.Slug+"/"+file+".md", fm, b.String()); err != nil {
					return err
				}
				sub = append(crumbs[:len(crumbs):len(crumbs)], crumb{T: n.title(), U: n.URL})
			}
			if err := walk(n.Children, sub); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(e.Nodes, []crumb{}); err != nil {
		return err
	}
	for i := range e.Nodes {
		writeBody(&body, &e.Nodes[i], 2)
	}
	title := cmp.Or(e.Meta.Title, e.Slug)
	if err := h.write(e.Lang, e.Slug+"/_index.md", map[string]any{"title": title}, body.String()); err != nil {
		return err
	}
	for _, d := range e.Departments {
		url, name := d.URL, d.Name
		if e.Lang == "en" {
			url = d.URLEn
			if d.NameEn != "" {
				name = d.NameEn
			}
		}
		if url == "" {
			continue
		}
		hd := h.depts[url]
		if hd == nil {
			hd = &hugoDept{lang: e.Lang, url: url, name: name}
			h.depts[url] = hd
		}
		p := deptPlan{title: title, url: planURL}
		for _, id := range append(d.Lead, d.Sup...) {
			if n := byID[id]; n != nil {
				p.tasks = append(p.tasks, n)
			}
		}
		hd.plans = append(hd.plans, p)
	}
	return nil
}

// crumb is a breadcrumb: an ancestor's title and URL.
type crumb struct {
	T string `json:"t"`
	U string `json:"u"`
}

// pageFile returns the content file name (without .md) of a passage whose
// URL is a page of the plan at planURL, and false for an anchor.
func pageFile(url, planURL string) (string, bool) {
	rest, ok := strings.CutPrefix(url, planURL)
	if !ok || rest == "" || strings.Contains(rest, "#") || strings.Count(rest, "/") != 1 || !strings.HasSuffix(rest, "/") {
		return "", false
	}
	return strings.TrimSuffix(rest, "/"), true
}

// departments writes each department's page and the index of them.
func (h *hugoWriter) departments() error {
	indexed := map[string]bool{}
	for _, u := range slices.Sorted(maps.Keys(h.depts)) {
		d := h.depts[u]
		rest, ok := strings.CutPrefix(u, "/"+d.lang+"/")
		if !ok {
			continue
		}
		var b strings.Builder
		for _, p := range d.plans {
			fmt.Fprintf(&b, "## [%s](%s)\n\n", escapeMD(p.title), p.url)
			for _, n := range p.tasks {
				fmt.Fprintf(&b, "- [%s](%s) %s\n", escapeMD(n.title()), n.URL, escapeMD(n.Text))
			}
			b.WriteString("\n")
		}
		if err := h.write(d.lang, strings.TrimSuffix(rest, "/")+".md", map[string]any{"title": d.name}, b.String()); err != nil {
			return err
		}
		if dir := path.Dir(strings.TrimSuffix(rest, "/")); !indexed[d.lang+dir] {
			indexed[d.lang+dir] = true
			title := map[string]string{"zh": "部门", "en": "Departments"}[d.lang]
			if err := h.write(d.lang, dir+"/_index.md", map[string]any{"title": title}, ""); err != nil {
				return err
			}
		}
	}
	return nil
}

// write writes one content file: JSON front matter, then Markdown.
func (h *hugoWriter) write(lang, name string, front map[string]any, body string) error {
	fm, err := json.Marshal(front)
	if err != nil {
		return err
	}
	file := filepath.Join(h.dir, "content", lang, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	h.pages++
	return os.WriteFile(file, []byte(string(fm)+"\n\n"+body), 0o644)
}

// writeBody writes a passage and its parts as Markdown, its heading at
// level depth.
func writeBody(b *strings.Builder, n *node, depth int) {
	if t := n.title(); t != "" && len(n.Children)+len(n.Rows) > 0 {
		fmt.Fprintf(b, "%s %s\n\n", strings.Repeat("#", min(depth, 6)), escapeMD(t))
	}
	writeContent(b, n, depth+1)
}

// writeContent writes a passage's text, table and parts, their headings
// at level depth.
func writeContent(b *strings.Builder, n *node, depth int) {
	if n.Text != "" {
		b.WriteString(escapeMD(n.Text))
		b.WriteString("\n\n")
	}
	if len(n.Rows) > 0 {
		cols := len(n.Columns)
		for _, r := range n.Rows {
			cols = max(cols, len(r))
		}
		row := func(cells []string) {
			b.WriteString("|")
			for i := range cols {
				c := ""
				if i < len(cells) {
					c = cells[i]
				}
				b.WriteString(" " + escapeMD(c) + " |")
			}
			b.WriteString("\n")
		}
		row(n.Columns)
		b.WriteString(strings.Repeat("|---", cols) + "|\n")
		for _, r := range n.Rows {
			row(r)
		}
		b.WriteString("\n")
	}
	for i := range n.Children {
		writeBody(b, &n.Children[i], depth)
	}
}

// mdSpecial are the characters that could make plain text Markdown.
var mdSpecial = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "~", `\~`, "\n", " ")

// escapeMD escapes text for Markdown, so that it reads as the text.
func escapeMD(s string) string {
	s = mdSpecial.Replace(s)
	// A leading "1." or "-" would start a list.
	if i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (s[i] == '.' || s[i] == ')') {
		s = s[:i] + `\` + s[i:]
	} else if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		s = `\` + s
	}
	return s
}
