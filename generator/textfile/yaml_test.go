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
		{"type", "b: 2\n\na: x\n", "f.yaml:3: cannot unmarshal !!str `x` into int", 3},
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
