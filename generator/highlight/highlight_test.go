package highlight

import (
	"bytes"
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
