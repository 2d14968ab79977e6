package serve

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"plansite/generator/pos"
	"plansite/generator/textfile"
)

func TestLocate(t *testing.T) {
	fsys := fstest.MapFS{
		"templates/plan.html":          {Data: []byte("a\nb\nc\nd\ne\nf\n")},
		"templates/partials/node.html": {Data: []byte("one\ntwo\n")},
		"templates/node.html":          {Data: []byte("page\n")},
		"content/site.yaml":            {Data: []byte("baseURL: [x\n")},
		"seeds/x.txt":                  {Data: []byte("\xff\xfe\x00bad")},
	}
	var yamlErr error
	if err := yaml.Unmarshal(fsys["content/site.yaml"].Data, new(any)); err != nil {
		yamlErr = textfile.YAMLError("content/site.yaml", err)
	}
	partial := &pos.Error{File: "templates/partials/node.html", Line: 2, Col: 7, Msg: `executing "node" at <.Nope>: can't evaluate field Nope (rendering /zh/x/)`}
	tests := []struct {
		name string
		err  error
		want Problem
	}{
		{"parse error", &pos.Error{File: "seeds/x.txt", Line: 1, Msg: "not text"},
			Problem{Error: pos.Error{File: "seeds/x.txt", Line: 1, Msg: "not text"}}},
		{"yaml", yamlErr,
			Problem{Error: pos.Error{File: "content/site.yaml", Line: 1, Msg: "did not find expected ',' or ']'"},
				Source: []SourceLine{{N: 1, Text: "baseURL: [x", Here: true}, {N: 2, Text: ""}}}},
		{"template", &pos.Error{File: "templates/plan.html", Line: 4, Msg: `unexpected "}" in operand`},
			Problem{Error: pos.Error{File: "templates/plan.html", Line: 4, Msg: `unexpected "}" in operand`},
				Source: []SourceLine{{N: 2, Text: "b"}, {N: 3, Text: "c"}, {N: 4, Text: "d", Here: true}, {N: 5, Text: "e"}, {N: 6, Text: "f"}}}},
		{"partial, named by the error", partial,
			Problem{Error: pos.Error{File: "templates/partials/node.html", Line: 2, Col: 7, Msg: partial.Msg},
				Source: []SourceLine{{N: 1, Text: "one"}, {N: 2, Text: "two", Here: true}, {N: 3, Text: ""}}}},
		{"wrapped", fmt.Errorf("loading links: %w", &pos.Error{File: "content/site.yaml", Line: 1, Msg: "odd"}),
			Problem{Error: pos.Error{File: "content/site.yaml", Line: 1, Msg: "loading links: content/site.yaml:1: odd"},
				Source: []SourceLine{{N: 1, Text: "baseURL: [x", Here: true}, {N: 2, Text: ""}}}},
		{"list", pos.List{{File: "content/site.yaml", Line: 9, Msg: "first"}, {File: "content/site.yaml", Line: 10, Msg: "second"}},
			Problem{Error: pos.Error{File: "content/site.yaml", Line: 9, Msg: "first\ncontent/site.yaml:10: second"}}},
		{"file without a line", &pos.Error{File: "templates/plan.html", Msg: "missing: needed for /zh/x/"},
			Problem{Error: pos.Error{File: "templates/plan.html", Msg: "missing: needed for /zh/x/"}}},
		{"no position", errors.New("seeds: no plan texts found: expected seeds/*.txt"),
			Problem{Error: pos.Error{Msg: "seeds: no plan texts found: expected seeds/*.txt"}}},
		{"a position in words is not read", errors.New("content/site.yaml:1: odd"),
			Problem{Error: pos.Error{Msg: "content/site.yaml:1: odd"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if have := locate(fsys, tt.err); !reflect.DeepEqual(have, tt.want) {
				t.Errorf("have %+v\nwant %+v", have, tt.want)
			}
		})
	}
}
