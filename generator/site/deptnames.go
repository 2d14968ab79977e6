package site

import (
	"errors"
	"io/fs"
	"strings"

	"plansite/generator/link"
	"plansite/generator/plan"
)

// deptFile is the department registry (package link).
const deptFile = "content/departments.yaml"

// deptNames maps each Chinese name a plan writes (folded by deptKey) to
// its name in the translation's language.
type deptNames map[string]string

// loadDeptNames resolves every department name doc uses through the
// registry, in the scope link picks for the document (the same short name,
// 省教育厅, means a different body in each province). A name the registry
// lacks gets link's fallback, its pinyin; link reports it.
func loadDeptNames(root fs.FS, doc *plan.Document, lang string) (deptNames, error) {
	reg, err := link.Load(root, deptFile)
	if errors.Is(err, fs.ErrNotExist) {
		return deptNames{}, nil
	}
	if err != nil {
		return nil, err
	}
	rs := link.NewResolver(reg, doc)
	out := deptNames{}
	doc.Walk(func(n *plan.Node) bool {
		for _, name := range n.Resp.All() {
			out[deptKey(name)] = rs.Resolve(name, n.Line).NameIn(lang)
		}
		return true
	})
	return out, nil
}

// deptKey folds layout spaces and half-width brackets, as plans write
// names both ways.
func deptKey(name string) string {
	r := strings.NewReplacer(" ", "", "\u3000", "", "\t", "", "(", "（", ")", "）")
	return r.Replace(strings.TrimSpace(name))
}

// Dept is a department name as a page shows it: Lang is set when the name
// is not in the page's language (without a registry, names stay Chinese).
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
