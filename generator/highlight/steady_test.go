package highlight

import (
	"errors"
	"html/template"
	"testing"
)

// TestSteady: a result is trusted once two runs agree, whether a run is
// quick or slow (a quick run may be spoiled too); after maxTries runs
// that all differ, the last is taken.
func TestSteady(t *testing.T) {
	spoiled := errors.New("spoiled")
	tests := []struct {
		name  string
		runs  []template.HTML
		err   error
		want  template.HTML
		tries int
	}{
		{"two agree", []template.HTML{"good", "good"}, nil, "good", 2},
		{"the first spoiled", []template.HTML{"spoiled", "good", "good"}, nil, "good", 3},
		{"the second spoiled", []template.HTML{"good", "spoiled", "good"}, nil, "good", 3},
		{"none agree", []template.HTML{"a", "b", "c", "d", "e", "f"}, nil, "e", maxTries},
		{"error", []template.HTML{""}, spoiled, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := 0
			have, err := steady(func() (template.HTML, error) {
				i++
				return tt.runs[i-1], tt.err
			})
			if have != tt.want || !errors.Is(err, tt.err) || i != tt.tries {
				t.Errorf("have %q, %v after %d runs; want %q, %v after %d", have, err, i, tt.want, tt.err, tt.tries)
			}
		})
	}
}
