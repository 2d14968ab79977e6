package site

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"text/template/parse"

	"plansite/generator/pos"
)

// Template functions, beyond html/template's own:
//
//	join LIST SEP     strings.Join
//	iso DATE          the date as printed (2022-12-28) — kept for symmetry
//	longDate LANG ISO 2022年12月28日 / 28 December 2022
//	htmlLang LANG     BCP 47 tag for a lang attribute (zh → zh-Hans)
//	json VALUE        a JSON literal safe inside <script type="application/ld+json">
//	t LANG KEY        a UI string (see ui.go) where no *Page is at hand
var funcs = template.FuncMap{
	"join":     strings.Join,
	"longDate": longDate,
	"htmlLang": htmlLang,
	"json":     jsonLiteral,
	"add":      func(a, b int) int { return a + b },
	"t":        uiString,
}

// templates holds one template set per page kind: templates/base.html and
// templates/partials/*.html, plus templates/<kind>.html defining "title" and
// "main".
type templates struct {
	base  *template.Template // base.html and the partials; never executed, so it can be cloned
	kinds map[string]*template.Template
	// frag renders node fragments (fragment.go) for every page kind but
	// those in own, whose templates redefine one that "node" uses; node
	// holds the text of those templates as the partials define them.
	frag *template.Template
	own  map[string]bool
	node map[string]string
	// sig holds, for each page kind and each template a page or fragment
	// starts from (base.html, node, parrow), the digest of the text of
	// every template it reaches: what its output depends on besides its
	// data, for keys (reuse.go). It is worked out when the templates are
	// parsed, since executing them rewrites their trees (escaping).
	sig map[sigKey]digest
}

// sigKey names a template a page of the kind starts from.
type sigKey struct{ kind, root string }

func loadTemplates(root fs.FS) (templates, error) {
	base, err := template.New("base.html").Funcs(funcs).ParseFS(root, "templates/base.html")
	if err != nil {
		return templates{}, templateError("templates/", err)
	}
	if partials, _ := fs.Glob(root, "templates/partials/*.html"); len(partials) > 0 {
		if base, err = base.ParseFS(root, partials...); err != nil {
			return templates{}, templateError("templates/partials/", err)
		}
	}
	kinds, err := fs.Glob(root, "templates/*.html")
	if err != nil {
		return templates{}, err
	}
	ts := templates{base: base, kinds: map[string]*template.Template{}, own: map[string]bool{}, node: nodeTemplates(base),
		sig: map[sigKey]digest{}}
	if ts.frag, err = base.Clone(); err != nil {
		return templates{}, err
	}
	ts.sig[sigKey{"", "node"}] = closureSig(ts.frag, "node")
	for _, k := range kinds {
		name := path.Base(k)
		if name == "base.html" {
			continue
		}
		if err := ts.parseKind(root, strings.TrimSuffix(name, ".html")); err != nil {
			return templates{}, err
		}
	}
	return ts, nil
}

// parseKind (re)parses templates/<kind>.html over a copy of the base set.
func (ts templates) parseKind(root fs.FS, kind string) error {
	t, err := ts.base.Clone()
	if err != nil {
		return err
	}
	if t, err = t.ParseFS(root, "templates/"+kind+".html"); err != nil {
		return templateError("templates/", err)
	}
	ts.kinds[kind] = t
	ts.own[kind] = len(ts.node) == 0
	for name, text := range ts.node {
		if u := t.Lookup(name); u == nil || u.Tree == nil || u.Tree.Root.String() != text {
			ts.own[kind] = true
		}
	}
	for _, root := range []string{"base.html", "node", "parrow"} {
		ts.sig[sigKey{kind, root}] = closureSig(t, root)
	}
	return nil
}

// sigOf is the digest of the templates a page of the kind reaches from
// root; for "node", those of its fragment set (fragmentSet).
func (ts templates) sigOf(kind, root string) digest {
	if root == "node" && !ts.own[kind] {
		kind = ""
	}
	return ts.sig[sigKey{kind, root}]
}

// closureSig is the digest of the names and text of the templates of t that
// root reaches, itself included; 0 if t has no root.
func closureSig(t *template.Template, root string) digest {
	if u := t.Lookup(root); u == nil || u.Tree == nil {
		return 0
	}
	h := newHasher()
	seen := map[string]bool{}
	var visit func(name string)
	visit = func(name string) {
		u := t.Lookup(name)
		if seen[name] || u == nil || u.Tree == nil {
			return
		}
		seen[name] = true
		h.str(name)
		h.str(u.Tree.Root.String())
		for _, called := range templateCalls(u.Tree.Root, nil) {
			visit(called)
		}
	}
	visit(root)
	return h.sum()
}

// fragmentSet is the template set that renders node fragments on pages of
// the kind.
func (ts templates) fragmentSet(kind string) *template.Template {
	if ts.own[kind] {
		return ts.kinds[kind]
	}
	return ts.frag
}

// nodeTemplates returns the templates "node" uses, itself included, with
// their text; none when base has no "node".
func nodeTemplates(base *template.Template) map[string]string {
	out := map[string]string{}
	var visit func(name string)
	visit = func(name string) {
		t := base.Lookup(name)
		if _, seen := out[name]; seen || t == nil || t.Tree == nil {
			return
		}
		out[name] = t.Tree.Root.String()
		for _, called := range templateCalls(t.Tree.Root, nil) {
			visit(called)
		}
	}
	visit("node")
	return out
}

// templateCalls appends the names of the templates n calls, with
// {{template}} or as a node view's part ({{.Part "name"}}, NodeView.Part).
func templateCalls(n parse.Node, out []string) []string {
	switch n := n.(type) {
	case *parse.ActionNode:
		out = partCalls(n.Pipe, out)
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				out = templateCalls(c, out)
			}
		}
	case *parse.TemplateNode:
		out = append(out, n.Name)
	case *parse.IfNode:
		out = templateCalls(n.ElseList, templateCalls(n.List, out))
	case *parse.RangeNode:
		out = templateCalls(n.ElseList, templateCalls(n.List, out))
	case *parse.WithNode:
		out = templateCalls(n.ElseList, templateCalls(n.List, out))
	}
	return out
}

// partCalls appends the names of the templates pipe renders with .Part.
func partCalls(pipe *parse.PipeNode, out []string) []string {
	if pipe == nil {
		return out
	}
	for _, c := range pipe.Cmds {
		if len(c.Args) != 2 {
			continue
		}
		var ident []string
		switch f := c.Args[0].(type) {
		case *parse.FieldNode:
			ident = f.Ident
		case *parse.VariableNode:
			ident = f.Ident
		}
		name, isString := c.Args[1].(*parse.StringNode)
		if isString && len(ident) > 0 && ident[len(ident)-1] == "Part" {
			out = append(out, name.Text)
		}
	}
	return out
}

// render executes the page's template into buf, which a worker keeps from
// page to page, and returns a copy of exactly the page's size: growing a
// fresh buffer for every page allocated twice the site's size per build.
func (ts templates) render(p *Page, buf *bytes.Buffer) ([]byte, error) {
	t, ok := ts.kinds[p.Kind]
	if !ok {
		return nil, fmt.Errorf("templates/%s.html: missing: needed for %s", p.Kind, p.Path)
	}
	buf.Reset()
	if err := t.ExecuteTemplate(buf, "base.html", p); err != nil {
		return nil, fmt.Errorf("rendering %s: %w", p.Path, innermostFragmentError(err))
	}
	return bytes.Clone(buf.Bytes()), nil
}

// templateError is a template parse error of a file in dir as a
// *pos.Error naming the file by its path in the project, as every other
// input error is named: text/template knows only the base name, and a page
// template and a partial may share it. The parser gives the place only in
// its message, "template: NAME:LINE: what", which is read here, where it is
// made, so that nothing downstream reads error strings.
func templateError(dir string, err error) error {
	rest, ok := strings.CutPrefix(err.Error(), "template: ")
	name, rest, ok2 := strings.Cut(rest, ":")
	num, msg, ok3 := strings.Cut(rest, ": ")
	line, nerr := strconv.Atoi(num)
	if !ok || !ok2 || !ok3 || nerr != nil || strings.ContainsAny(name, " /") {
		return fmt.Errorf("templates: %w", err)
	}
	return &pos.Error{File: dir + name, Line: line, Msg: msg, Err: err}
}
