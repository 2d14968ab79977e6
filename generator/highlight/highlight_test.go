package highlight

import (
	"bytes"
	"html/template"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
)

func TestHTML(t *testing.T) {
	tests := []struct{ lang, code, class string }{
		{"json", `{"eId": "part_2"}`, `class="nt"`},
		{"xml", `<part eId="part_2"/>`, `class="nt"`},
		{"csv", "eId,label\npart_2,二\n", `class="chroma"`},
		{"no-such-language", "plain <text>", `plain &lt;text&gt;`},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			h, err := HTML(tt.code, tt.lang)
			if err != nil {
				t.Fatal(err)
			}
			s := string(h)
			if !strings.Contains(s, tt.class) {
				t.Errorf("have %s, want it to contain %s", s, tt.class)
			}
			if strings.Contains(s, "style=") {
				t.Errorf("have inline styles: %s", s)
			}
		})
	}
}

func TestGoldmarkMatchesHTML(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(Goldmark()))
	var buf bytes.Buffer
	if err := md.Convert([]byte("```json\n{\"eId\": \"part_2\"}\n```\n"), &buf); err != nil {
		t.Fatal(err)
	}
	h, _ := HTML("{\"eId\": \"part_2\"}\n", "json")
	if have, want := strings.TrimSpace(buf.String()), strings.TrimSpace(string(h)); have != want {
		t.Errorf("goldmark and HTML differ:\nhave %s\nwant %s", have, want)
	}
}

// TestGoldmarkHighlights: a Markdown code block is what its highlighter
// (HTML, steady under load) makes of its code and language, once.
func TestGoldmarkHighlights(t *testing.T) {
	var calls []string
	fake := func(code, lang string) (template.HTML, error) {
		calls = append(calls, lang+": "+code)
		return "<pre>highlighted</pre>", nil
	}
	md := goldmark.New(goldmark.WithExtensions(codeBlocks{highlight: fake}))
	var buf bytes.Buffer
	if err := md.Convert([]byte("Text.\n\n```json\n{\"eId\": \"part_2\"}\n```\n"), &buf); err != nil {
		t.Fatal(err)
	}
	if have, want := buf.String(), "<p>Text.</p>\n<pre>highlighted</pre>"; have != want {
		t.Errorf("have %q, want %q", have, want)
	}
	if want := []string{"json: {\"eId\": \"part_2\"}\n"}; !slices.Equal(calls, want) {
		t.Errorf("highlighter called with %q, want %q", calls, want)
	}
}

// TestGoldmarkPlain: a block in a language chroma does not know, or in
// none, is written as goldmark writes a code block, unhighlighted.
func TestGoldmarkPlain(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(Goldmark()))
	for _, tt := range []struct{ src, want string }{
		{"```no-such-language\nplain <text> & \"q\"\n```\n", `<pre><code class="language-no-such-language">plain &lt;text&gt; &amp; &quot;q&quot;` + "\n</code></pre>\n"},
		{"```\nno language\n```\n", "<pre><code>no language\n</code></pre>\n"},
		{"```a\"b\nx\n```\n", `<pre><code class="language-a&quot;b">x` + "\n</code></pre>\n"},
	} {
		var buf bytes.Buffer
		if err := md.Convert([]byte(tt.src), &buf); err != nil {
			t.Fatal(err)
		}
		if have := buf.String(); have != tt.want {
			t.Errorf("%q:\nhave %q\nwant %q", tt.src, have, tt.want)
		}
	}
}

func TestCSS(t *testing.T) {
	css, err := CSS()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{".chroma", ".chroma .nt"} {
		if !bytes.Contains(css, []byte(want)) {
			t.Errorf("CSS lacks %s", want)
		}
	}
}
