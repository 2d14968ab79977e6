// Package alias keeps old links working when a revision renumbers a plan.
//
// content/aliases.yaml maps, per plan, each retired eId to the eId that
// now holds its passage:
//
//	zichuan-education-2022:
//	  part_2__sec_1__item_9: part_2__sec_1__item_8
//
// The site then answers both forms an old link can take:
//
//	/zh/<slug>/<old>/     a page with a meta refresh, rel=canonical and a
//	                      plain link to the new passage (path alias)
//	/zh/<slug>/#<old>     the plan page's script replaces #old with #new
//	                      (fragment alias)
//
// and the go-to box accepts the old eId. An alias must name a plan in
// seeds/, an old eId that is no longer in use (a current eId would be
// hidden) and a new eId that exists; otherwise Load fails with file:line.
//
// content/published.txt, the ledger of every address the site has
// published (published.go), lets check and the build tell which old
// links nothing answers any more, so that a lost address is aliased or
// let go on purpose.
package alias

import (
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"plansite/generator/plan"
	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// File is where editors keep aliases.
const File = "content/aliases.yaml"

// Alias is one retired eId.
type Alias struct {
	Old, New string
	Line     int // in File
}

// Set holds the aliases of every plan: slug → old eId → alias.
type Set map[string]map[string]Alias

// For returns the aliases of one plan sorted by old eId.
func (s Set) For(slug string) []Alias {
	return slices.SortedFunc(maps.Values(s[slug]), func(a, b Alias) int { return strings.Compare(a.Old, b.Old) })
}

var eidPattern = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*(__[a-z][a-z0-9]*(_[a-z0-9]+)*)*$`)

// Load reads File (optional: no file, no aliases) and checks every alias
// against docs.
func Load(root fs.FS, docs []*plan.Document) (Set, error) {
	data, err := textfile.Read(root, File)
	if err != nil {
		return nil, err
	}
	top, err := textfile.YAMLRoot(File, data)
	if err != nil {
		return nil, err
	}
	set := Set{}
	if top == nil {
		return set, nil // only comments
	}
	if top.Kind != yaml.MappingNode {
		return nil, pos.Errorf(File, top.Line, "want a mapping of plan slugs to aliases")
	}
	bySlug := map[string]*plan.Document{}
	for _, d := range docs {
		bySlug[d.Slug] = d
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		d := bySlug[k.Value]
		if d == nil {
			return nil, &pos.Error{File: File, Line: k.Line, Msg: plan.NoSuchPlan(k.Value, docs)}
		}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			continue
		}
		if v.Kind != yaml.MappingNode {
			return nil, pos.Errorf(File, v.Line, "want old eId: new eId pairs under %s", k.Value)
		}
		m := map[string]Alias{}
		for j := 0; j+1 < len(v.Content); j += 2 {
			o, n := v.Content[j], v.Content[j+1]
			if err := check(d, o, n, m); err != nil {
				return nil, err
			}
			m[o.Value] = Alias{Old: o.Value, New: n.Value, Line: o.Line}
		}
		set[k.Value] = m
	}
	return set, nil
}

// check validates one old: new pair of plan d.
func check(d *plan.Document, o, n *yaml.Node, seen map[string]Alias) error {
	if o.Kind != yaml.ScalarNode || n.Kind != yaml.ScalarNode {
		return pos.Errorf(File, o.Line, "want old eId: new eId")
	}
	if !eidPattern.MatchString(o.Value) {
		return pos.Errorf(File, o.Line, "%q is not an eId", o.Value)
	}
	if prev, dup := seen[o.Value]; dup {
		return pos.Errorf(File, o.Line, "%s is already an alias at line %d", o.Value, prev.Line)
	}
	if d.Node(o.Value) != nil {
		return pos.Errorf(File, o.Line, "%s is a current eId of %s; an alias would hide it", o.Value, d.Slug)
	}
	if d.Node(n.Value) == nil {
		return pos.Errorf(File, n.Line, "%s points at %s, which %s does not have", o.Value, n.Value, d.File)
	}
	return nil
}
