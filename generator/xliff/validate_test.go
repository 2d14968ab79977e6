package xliff

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	if errs := Validate(Marshal(sample())); len(errs) > 0 {
		t.Fatalf("sample: %v", errs)
	}
	tests := []struct {
		name   string
		change func(*Document)
		want   string
	}{
		{"unit without segment", func(d *Document) { d.Files[0].Units[1].Segments = nil }, "at least one <segment>"},
		{"repeated unit", func(d *Document) { d.Files[0].Units[1].ID = "part_1" }, `unit id "part_1" repeated`},
		{"bad state", func(d *Document) { d.Files[0].Units[1].Segments[0].State = "done" }, `state "done"`},
		{"subState alone", func(d *Document) {
			d.Files[0].Units[1].Segments[0].State, d.Files[0].Units[1].Segments[0].SubState = "", "pls:x"
		}, "needs a state"},
		{"target code without source", func(d *Document) {
			d.Files[0].Units[1].Segments[0].Target = Content{{Code: &Code{ID: "9"}}}
			d.Files[0].Units[1].Segments[0].HasTarget = true
		}, `target code "9"`},
		{"dangling dataRef", func(d *Document) { d.Files[0].Units[0].Data = nil }, `dataRef "d1"`},
		{"match for no segment", func(d *Document) { d.Files[0].Units[0].Matches[0].Ref = "#x" }, `ref "#x"`},
		{"empty file", func(d *Document) { d.Files[0].Units = nil }, "at least one <unit>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := sample()
			tt.change(d)
			errs := Validate(Marshal(d))
			if !strings.Contains(strings.Join(errs, "\n"), tt.want) {
				t.Errorf("have %v, want …%s…", errs, tt.want)
			}
		})
	}
}
