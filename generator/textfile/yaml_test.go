package textfile

import (
	"errors"
	"testing"

	"go.yaml.in/yaml/v3"

	"plansite/generator/pos"
)

func TestYAMLError(t *testing.T) {
	var v struct{ A int }
	tests := []struct {
		name, data string
		want       string
		line       int
	}{
		{"syntax", "a: [x\n", "f.yaml:1: did not find expected ',' or ']'", 1},
		{"type", "b: 2\n\na: x\n", `f.yaml:3: "x": expected a whole number`, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := YAMLError("f.yaml", yaml.Unmarshal([]byte(tt.data), &v))
			if err.Error() != tt.want {
				t.Errorf("have %q, want %q", err.Error(), tt.want)
			}
			var pe *pos.Error
			if !errors.As(err, &pe) || pe.File != "f.yaml" || pe.Line != tt.line {
				t.Errorf("have %+v, want a *pos.Error at f.yaml:%d", pe, tt.line)
			}
		})
	}
}

func TestFields(t *testing.T) {
	type unit struct {
		ZH   string `yaml:"zh"`
		Text string `yaml:"en,omitempty"`
		Kind string
		Line int `yaml:"-"`
	}
	tests := []struct{ name, data, want string }{
		{"known fields", "zh: a\nen: b\nkind: c\n", ""},
		{"misspelt field", "zh: a\n\nenn: b\n", `f.yaml:3: unknown field "enn" (expected zh, en, kind)`},
		{"a field kept out of YAML", "zh: a\nline: 3\n", `f.yaml:2: unknown field "line" (expected zh, en, kind)`},
		{"not a mapping", "[a, b]\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := YAMLRoot("f.yaml", []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			have := ""
			if err := Fields("f.yaml", root, &unit{}); err != nil {
				have = err.Error()
			}
			if have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

// TestYAMLErrorAtProblem: a syntax error is reported at the line where
// the parser stopped, not where the list or mapping it was reading began.
func TestYAMLErrorAtProblem(t *testing.T) {
	list := "# terms\n\n- zh: 甲\n  en: a\n\n- zh: 乙\n  en: b\n"
	tests := []struct {
		name, data string
		line       int
	}{
		{"entry without its dash", list + "\nzh: 丙\nen: c\n", 9},
		{"field indented one space short", list + "\n- zh: 丙\n en: c\n", 10},
		{"tab", list + "\t- zh: 丙\n", 8},
		{"unclosed flow list", "a: [x\n", 1},
		{"mapping in a mapping's place", "a:\n  b: 1\n  c: 2\n d: 3\n", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, rootErr := YAMLRoot("f.yaml", []byte(tt.data))
			var v any
			decodeErr := Decode("f.yaml", []byte(tt.data), &v)
			for _, err := range []error{rootErr, decodeErr} {
				var pe *pos.Error
				if !errors.As(err, &pe) || pe.Line != tt.line {
					t.Errorf("have %v, want an error at f.yaml:%d", err, tt.line)
				}
			}
		})
	}
}
