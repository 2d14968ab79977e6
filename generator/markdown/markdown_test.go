package markdown

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// TestDialect converts whole sources with the shared converter.
func TestDialect(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // substrings of the HTML
		not       []string
	}{
		{"heading id from the author", "## Key Tasks {#part_2}\n", []string{`<h2 id="part_2">Key Tasks</h2>`}, nil},
		{"no automatic ids", "## Key Tasks\n", []string{`<h2>Key Tasks</h2>`}, []string{"id="}},
		{"raw HTML left out", "Text <script>alert(1)</script> end.\n", []string{"Text", "end."}, []string{"<script>"}},
		{"tables", "| a | b |\n|---|---|\n| 1 | 2 |\n", []string{"<table>", "<td>1</td>"}, nil},
		{"code highlighted", "```json\n{\"a\": 1}\n```\n", []string{"<pre", "<span"}, nil},
		{"text escaped", "AT&T < 3\n", []string{"AT&amp;T &lt; 3"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := converter.Convert([]byte(tt.src), &buf); err != nil {
				t.Fatal(err)
			}
			have := buf.String()
			for _, w := range tt.want {
				if !strings.Contains(string(have), w) {
					t.Errorf("have %s, want it to contain %s", have, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(string(have), w) {
					t.Errorf("have %s, want no %s", have, w)
				}
			}
		})
	}
}

func TestPieces(t *testing.T) {
	src := []byte("# Title *one* {#a}\n\nFirst *line*\nsecond `code`.\n\n- item\n")
	doc := Parse(src)
	h := doc.FirstChild()
	p := h.NextSibling()
	list := p.NextSibling()
	if h.Kind() != ast.KindHeading || p.Kind() != ast.KindParagraph || list.Kind() != ast.KindList {
		t.Fatalf("have %s %s %s, want heading, paragraph, list", h.Kind(), p.Kind(), list.Kind())
	}
	tests := []struct{ name, have, want string }{
		{"heading text", PlainText(src, h), "Title one"},
		{"paragraph text", PlainText(src, p), "First line second code."},
		{"blocks", mustHTML(t)(RenderBlocks(src, []ast.Node{list})), "<ul>\n<li>item</li>\n</ul>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.have != tt.want {
				t.Errorf("have %q, want %q", tt.have, tt.want)
			}
		})
	}
	if have := Line(src, p); have != 3 {
		t.Errorf("paragraph line: have %d, want 3", have)
	}
	if have := LineAt(src, len(src)); have != 7 {
		t.Errorf("end of source: have line %d, want 7", have)
	}
}

// mustHTML fails the test on a rendering error.
func mustHTML(t *testing.T) func(template.HTML, error) string {
	return func(h template.HTML, err error) string {
		if err != nil {
			t.Fatal(err)
		}
		return string(h)
	}
}
