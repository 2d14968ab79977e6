package site

import (
	"errors"
	"html/template"
	"strconv"
	"strings"
	ttemplate "text/template"
	tparse "text/template/parse"

	"plansite/generator/pos"
)

// execError restates an error of executing the page template t as a
// *pos.Error at the template's file, line and column, or returns err as it
// is when it names no template. The file comes from the error itself: the
// template it names (text/template's ExecError.Name, html/template's
// Error.Name) is looked up in t and its parse tree named by the file it
// was parsed from (fileOf), so a partial and a page template with the same
// base name (templates/partials/node.html, templates/node.html) are told
// apart. Line and column are in the message only, after the tree's parse
// name, where they are read.
func (ts templates) execError(t *template.Template, err error) error {
	if fe, ok := errors.AsType[*fragmentError](err); ok {
		return fe.err
	}
	if ee, ok := errors.AsType[ttemplate.ExecError](err); ok {
		tree := treeOf(t, ee.Name)
		if tree == nil {
			return err
		}
		line, col, msg, ok := position(strings.TrimPrefix(ee.Error(), "template: "), tree.ParseName)
		if !ok {
			return err
		}
		return &pos.Error{File: ts.fileOf(t, tree), Line: line, Col: col, Msg: msg, Err: err}
	}
	if he, ok := errors.AsType[*template.Error](err); ok {
		tree := treeOf(t, he.Name)
		if he.Node != nil {
			// The escaper's error is at a node of the template it was
			// escaping, which Name need not be: the tree is the one that
			// holds the node.
			loc, _ := (*tparse.Tree)(nil).ErrorContext(he.Node)
			name, _, _ := strings.Cut(loc, ":")
			tree = &tparse.Tree{ParseName: name}
			for _, u := range t.Templates() {
				if u.Tree != nil && u.Tree.ParseName == name && holds(u.Tree.Root, he.Node) {
					tree = u.Tree
					break
				}
			}
			line, col, _, ok := position(loc+": ", name)
			if !ok {
				return err
			}
			return &pos.Error{File: ts.fileOf(t, tree), Line: line, Col: col, Msg: he.Description, Err: err}
		}
		if tree != nil {
			return &pos.Error{File: ts.fileOf(t, tree), Line: he.Line, Msg: he.Description, Err: err}
		}
	}
	return err
}

// treeOf is the parse tree of t's template called name, or nil.
func treeOf(t *template.Template, name string) *tparse.Tree {
	if u := t.Lookup(name); u != nil {
		return u.Tree
	}
	return nil
}

// position reads "NAME:LINE:COL: rest" (or "NAME:LINE: rest") where NAME is
// the parse name the message is known to start with.
func position(s, name string) (line, col int, rest string, ok bool) {
	s, ok = strings.CutPrefix(s, name+":")
	if !ok {
		return 0, 0, "", false
	}
	place, rest, ok := strings.Cut(s, ": ")
	if !ok {
		return 0, 0, "", false
	}
	l, c, hasCol := strings.Cut(place, ":")
	line, err := strconv.Atoi(l)
	if err != nil {
		return 0, 0, "", false
	}
	if hasCol {
		if col, err = strconv.Atoi(c); err != nil {
			return 0, 0, "", false
		}
	}
	return line, col, rest, true
}

// holds says whether the node n is at or under the node at.
func holds(at, n tparse.Node) bool {
	for x := range nodes(at) {
		if x == n {
			return true
		}
	}
	return false
}
