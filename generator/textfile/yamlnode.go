package textfile

import (
	"cmp"
	"reflect"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"plansite/generator/pos"
)

// YAMLRoot parses the YAML data of file into its root node, a syntax
// error being YAMLError's. A file of comments only gives a nil root.
func YAMLRoot(file string, data []byte) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, atProblem(data, err, YAMLError(file, err))
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// YAMLDoc is YAMLRoot after Check, adding a problem to ps instead of
// returning it.
func YAMLDoc(file string, data []byte, ps *pos.List) *yaml.Node {
	if err := Check(file, data); err != nil {
		*ps = append(*ps, err.(*pos.Error))
		return nil
	}
	root, err := YAMLRoot(file, data)
	if err != nil {
		*ps = append(*ps, err.(pos.List)...)
	}
	return root
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

// Fields reports the first key of the mapping node n that no field of
// the struct v (or *v) is decoded from, as `unknown field "x" (expected
// …)` at its line: yaml's Node.Decode passes such keys over, and a
// misspelt key would be a field silently left out. Anything but a mapping
// is left to Decode to report.
func Fields(file string, n *yaml.Node, v any) error {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	t := reflect.TypeOf(v)
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var names []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if f.IsExported() && name != "-" {
			names = append(names, cmp.Or(name, strings.ToLower(f.Name)))
		}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; !slices.Contains(names, k.Value) {
			return pos.Errorf(file, k.Line, "unknown field %q (expected %s)", k.Value, strings.Join(names, ", "))
		}
	}
	return nil
}
