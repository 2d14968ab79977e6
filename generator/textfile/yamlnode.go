package textfile

import (
	"go.yaml.in/yaml/v3"

	"plansite/generator/pos"
)

// YAMLDoc parses data into its root node, after Check,, reporting a syntax error with its
// line. An empty file gives a nil root.
func YAMLDoc(file string, data []byte, ps *pos.List) *yaml.Node {
	if err := Check(file, data); err != nil {
		*ps = append(*ps, err.(*pos.Error))
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		*ps = append(*ps, YAMLError(file, err).(pos.List)...)
		return nil
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	return doc.Content[0]
}

// Pairs calls fn for each key and value of a mapping node; it reports a node
// that is not a mapping.
func Pairs(file string, n *yaml.Node, what string, ps *pos.List, fn func(key string, k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		ps.Add(file, n.Line, "%s: expected a mapping", what)
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		fn(n.Content[i].Value, n.Content[i], n.Content[i+1])
	}
}

// Scalar returns the string value of a scalar node, reporting anything else.
func Scalar(file string, n *yaml.Node, what string, ps *pos.List) string {
	if n.Kind != yaml.ScalarNode {
		ps.Add(file, n.Line, "%s: expected a single value", what)
		return ""
	}
	return n.Value
}

// List returns the strings of a sequence node (a single scalar counts as a
// one-element list), reporting anything else.
func List(file string, n *yaml.Node, what string, ps *pos.List) []string {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Value == "" {
			return nil
		}
		return []string{n.Value}
	case yaml.SequenceNode:
		var out []string
		for _, c := range n.Content {
			if s := Scalar(file, c, what, ps); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	ps.Add(file, n.Line, "%s: expected a list", what)
	return nil
}
