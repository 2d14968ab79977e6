package highlight

import (
	"errors"
	"html/template"
	"testing"
	"time"
)

// TestSteady: a run slow enough that one of chroma's matches may have
// timed out is not trusted; a fast run, or a result two runs agree on,
// is.
func TestSteady(t *testing.T) {
	fast, slow := time.Millisecond, time.Second
	type run struct {
		out  template.HTML
		took time.Duration
	}
	spoiled := errors.New("spoiled")
	tests := []struct {
		name  string
		runs  []run
		err   error
		want  template.HTML
		tries int
	}{
		{"fast", []run{{"good", fast}}, nil, "good", 1},
		{"paused, then fast", []run{{"spoiled", slow}, {"good", fast}}, nil, "good", 2},
		{"always slow, two agree", []run{{"spoiled", slow}, {"good", slow}, {"good", slow}}, nil, "good", 3},
		{"always slow, none agree", []run{{"a", slow}, {"b", slow}, {"c", slow}, {"d", slow}, {"e", slow}, {"f", slow}}, nil, "e", maxTries},
		{"error", []run{{"", fast}}, spoiled, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := 0
			have, err := steady(func() (template.HTML, error) {
				i++
				return tt.runs[i-1].out, tt.err
			}, func(time.Time) time.Duration { return tt.runs[i-1].took })
			if have != tt.want || !errors.Is(err, tt.err) || i != tt.tries {
				t.Errorf("have %q, %v after %d runs; want %q, %v after %d", have, err, i, tt.want, tt.err, tt.tries)
			}
		})
	}
}
