package link

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"plansite/generator/textfile"
)

// Problem is a mistake in an input file, named by file and line.
type Problem struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Message string `json:"message"`
}

// String formats the problem as file:line: message.
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
}

// Problems is a list of problems that together make an input unusable; it is
// the error returned by the loaders and by Analyze.
type Problems []Problem

// Error lists the problems, one a line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// add records a problem at file:line.
func (ps *Problems) add(file string, line int, format string, args ...any) {
	*ps = append(*ps, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// err returns ps as an error, or nil when there are none.
func (ps Problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// yamlDoc parses data into its root node, reporting a syntax error with its
// line. An empty file gives a nil root.
func yamlDoc(file string, data []byte, ps *Problems) *yaml.Node {
	if err := textfile.Check(file, data); err != nil {
		e := err.(*textfile.Error)
		ps.add(file, e.Line, "%s", e.Msg)
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		ps.add(file, errLine(err), "%v", err)
		return nil
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	return doc.Content[0]
}

// errLine digs the line out of a yaml error ("yaml: line 3: …"), or 1.
func errLine(err error) int {
	var n int
	s := err.Error()
	for _, prefix := range []string{"yaml: line ", "yaml: unmarshal errors:\n  line "} {
		if len(s) > len(prefix) && s[:len(prefix)] == prefix {
			for _, c := range s[len(prefix):] {
				if c < '0' || c > '9' {
					break
				}
				n = n*10 + int(c-'0')
			}
		}
	}
	return max(n, 1)
}

// pairs calls fn for each key and value of a mapping node; it reports a node
// that is not a mapping.
func pairs(file string, n *yaml.Node, what string, ps *Problems, fn func(key string, k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		ps.add(file, n.Line, "%s: expected a mapping", what)
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		fn(n.Content[i].Value, n.Content[i], n.Content[i+1])
	}
}

// scalar returns the string value of a scalar node, reporting anything else.
func scalar(file string, n *yaml.Node, what string, ps *Problems) string {
	if n.Kind != yaml.ScalarNode {
		ps.add(file, n.Line, "%s: expected a single value", what)
		return ""
	}
	return n.Value
}

// list returns the strings of a sequence node (a single scalar counts as a
// one-element list), reporting anything else.
func list(file string, n *yaml.Node, what string, ps *Problems) []string {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Value == "" {
			return nil
		}
		return []string{n.Value}
	case yaml.SequenceNode:
		var out []string
		for _, c := range n.Content {
			if s := scalar(file, c, what, ps); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	ps.add(file, n.Line, "%s: expected a list", what)
	return nil
}
