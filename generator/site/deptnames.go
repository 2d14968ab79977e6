package site

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"go.yaml.in/yaml/v3"

	"plansite/generator/plan"
)

// deptFile is the department registry. Package link validates it and builds
// the department pages; the English pages need only its names, read here
// until the site takes them from link.
const deptFile = "content/departments.yaml"

// deptEntry is the part of a registry entry that names a department.
type deptEntry struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	EN      string   `yaml:"en"`
	Scope   string   `yaml:"scope"`
}

// deptNames maps each Chinese name a plan writes to its English name.
type deptNames map[string]string

// loadDeptNames reads the registry and picks, for doc, the scope that
// recognises most of its responsibility names: the same short name
// (省教育厅) means a different body in each province.
func loadDeptNames(root fs.FS, doc *plan.Document) (deptNames, error) {
	data, err := fs.ReadFile(root, deptFile)
	if errors.Is(err, fs.ErrNotExist) {
		return deptNames{}, nil
	}
	if err != nil {
		return nil, err
	}
	var entries []deptEntry
	if err := yaml.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("%s: %s", deptFile, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	byScope := map[string]deptNames{}
	for _, e := range entries {
		if byScope[e.Scope] == nil {
			byScope[e.Scope] = deptNames{}
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			byScope[e.Scope][deptKey(n)] = e.EN
		}
	}
	best, bestN := "", -1
	for scope, names := range byScope {
		count := 0
		doc.Walk(func(n *plan.Node) bool {
			for _, name := range n.Resp.All() {
				if names[deptKey(name)] != "" {
					count++
				}
			}
			return true
		})
		if count > bestN || count == bestN && scope < best {
			best, bestN = scope, count
		}
	}
	out := deptNames{}
	for k, v := range byScope[""] {
		out[k] = v
	}
	for k, v := range byScope[best] {
		out[k] = v
	}
	return out, nil
}

// deptKey folds layout spaces and half-width brackets, as plans write
// names both ways.
func deptKey(name string) string {
	r := strings.NewReplacer(" ", "", "\u3000", "", "\t", "", "(", "（", ")", "）")
	return r.Replace(strings.TrimSpace(name))
}

// Dept is a department name as a page shows it: Lang is set when the name
// is not in the page's language (a name the registry lacks stays Chinese).
type Dept struct {
	Name string
	Lang string
}

// Dept returns the department named zh in the node's language.
func (n *Node) Dept(zh string) Dept {
	if n.Doc.Lang == "zh" {
		return Dept{Name: zh}
	}
	if t, ok := n.Doc.tr.(*translation); ok {
		if en := t.depts[n.Doc.Slug][deptKey(zh)]; en != "" {
			return Dept{Name: en}
		}
	}
	return Dept{Name: zh, Lang: "zh-Hans"}
}
