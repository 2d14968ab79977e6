package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestCorpusLossless checks the lossless contract on the 13 corpus
// documents: every character of the source is in the model (Source) or
// was taken out as layout and named in a warning (Dropped), whitespace
// aside.
func TestCorpusLossless(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	if len(files) != 13 {
		t.Fatalf("corpus: have %d files, want 13", len(files))
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			text, _, err := decode(file, data)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(file, data)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(text, "\n")
			for _, d := range doc.Dropped {
				if d.Line < 1 || d.Line > len(lines) || !strings.Contains(lines[d.Line-1], d.Text) {
					t.Fatalf("dropped %q (%s) is not on line %d", d.Text, d.Why, d.Line)
				}
				lines[d.Line-1] = strings.Replace(lines[d.Line-1], d.Text, "", 1)
			}
			want := squeezeAll(debris.ReplaceAllString(strings.Join(lines, "\n"), ""))
			have := squeezeAll(doc.Source())
			if have != want {
				h, w := []rune(have), []rune(want)
				i := 0
				for i < len(h) && i < len(w) && h[i] == w[i] {
					i++
				}
				from := max(0, i-20)
				t.Errorf("Source and Dropped are not the source: at character %d\n\thave …%s…\n\twant …%s…", i, string(h[from:min(len(h), i+30)]), string(w[from:min(len(w), i+30)]))
			}
		})
	}
}

func squeezeAll(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u00a0' {
			return -1
		}
		return r
	}, s)
}

// TestSimplifiedSameLength keeps simplified's promise that an offset in
// the simplified text is one in the text as printed: every character of
// simplifiedOf is as long in UTF-8 as its simplified one.
func TestSimplifiedSameLength(t *testing.T) {
	for tr, s := range simplifiedOf {
		if utf8.RuneLen(tr) != utf8.RuneLen(s) || tr == s {
			t.Errorf("%c → %c: have %d and %d bytes, want the same length and another character", tr, s, utf8.RuneLen(tr), utf8.RuneLen(s))
		}
	}
}
