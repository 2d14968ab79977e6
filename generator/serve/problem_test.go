package serve

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"testing/fstest"
	"time"

	"plansite/generator/pos"
)

func TestLocate(t *testing.T) {
	fsys := fstest.MapFS{
		"templates/plan.html":          {Data: []byte("a\nb\nc\nd\ne\nf\n")},
		"templates/partials/node.html": {Data: []byte("one\ntwo\n"), ModTime: time.Unix(2, 0)},
		"templates/node.html":          {Data: []byte("page\n"), ModTime: time.Unix(1, 0)},
		"content/site.yaml":            {Data: []byte("baseURL: [x\n")},
		"seeds/x.txt":                  {Data: []byte("\xff\xfe\x00bad")},
	}
	tests := []struct {
		name string
		err  error
		want Problem
	}{
		{"parse error", &pos.Error{File: "seeds/x.txt", Line: 1, Msg: "not text"},
			Problem{File: "seeds/x.txt", Line: 1, Message: "not text"}},
		{"yaml", errors.New("content/site.yaml:1: did not find expected ',' or ']'"),
			Problem{File: "content/site.yaml", Line: 1, Message: "did not find expected ',' or ']'",
				Source: []SourceLine{{N: 1, Text: "baseURL: [x", Here: true}, {N: 2, Text: ""}}}},
		{"template parse", fmt.Errorf("templates: %w", errors.New(`template: plan.html:4: unexpected "}" in operand`)),
			Problem{File: "templates/plan.html", Line: 4, Message: `templates: template: plan.html:4: unexpected "}" in operand`,
				Source: []SourceLine{{N: 2, Text: "b"}, {N: 3, Text: "c"}, {N: 4, Text: "d", Here: true}, {N: 5, Text: "e"}, {N: 6, Text: "f"}}}},
		{"partial execution", errors.New(`rendering /zh/x/: template: node.html:2:7: executing "node" at <.Nope>: can't evaluate field Nope`),
			Problem{File: "templates/partials/node.html", Line: 2, Col: 7, Message: `rendering /zh/x/: template: node.html:2:7: executing "node" at <.Nope>: can't evaluate field Nope`,
				Source: []SourceLine{{N: 1, Text: "one"}, {N: 2, Text: "two", Here: true}, {N: 3, Text: ""}}}},
		{"escaper", errors.New(`rendering /zh/x/: html/template:node.html:1:102: no such template "unitnote"`),
			Problem{File: "templates/partials/node.html", Line: 1, Col: 102, Message: `rendering /zh/x/: html/template:node.html:1:102: no such template "unitnote"`,
				Source: []SourceLine{{N: 1, Text: "one", Here: true}, {N: 2, Text: "two"}, {N: 3, Text: ""}}}},
		{"line past the end", errors.New("content/site.yaml:9: odd"),
			Problem{File: "content/site.yaml", Line: 9, Message: "odd"}},
		{"file without a line", errors.New("templates/plan.html: missing: needed for /zh/x/"),
			Problem{File: "templates/plan.html", Message: "missing: needed for /zh/x/"}},
		{"yaml position repeated", errors.New("content/site.yaml:1: yaml: line 1: did not find expected ',' or ']'"),
			Problem{File: "content/site.yaml", Line: 1, Message: "did not find expected ',' or ']'",
				Source: []SourceLine{{N: 1, Text: "baseURL: [x", Here: true}, {N: 2, Text: ""}}}},
		{"no position", errors.New("seeds: no plan texts found: expected seeds/*.txt"),
			Problem{Message: "seeds: no plan texts found: expected seeds/*.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if have := locate(fsys, tt.err); !reflect.DeepEqual(have, tt.want) {
				t.Errorf("have %+v\nwant %+v", have, tt.want)
			}
		})
	}
}

func TestWhere(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.html", Line: 3, Col: 4}, "a.html:3:4"},
		{Problem{File: "a.html", Line: 3}, "a.html:3"},
		{Problem{File: "a.html"}, "a.html"},
		{Problem{File: "seeds/a.pdf", Line: 30, Place: "page 2, line 7"}, "seeds/a.pdf (page 2, line 7)"},
		{Problem{}, ""},
	}
	for _, tt := range tests {
		if have := tt.p.Where(); have != tt.want {
			t.Errorf("have %q, want %q", have, tt.want)
		}
	}
}
