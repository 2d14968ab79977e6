package source_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
	"plansite/generator/source"
)

// more holds real documents found after the corpus, each tried as a new
// user would bring it (its SOURCES.md says where each comes from).
const more = "../testdata/more"

// TestMoreDocuments reads each of them as published (text or portal page)
// and compares how it was understood, as inspect prints it, with
// testdata/more/NAME.golden, read against the document by hand; -update
// rewrites the goldens, whose diff must then be read again. Every
// paragraph must end a sentence and every character of the text must be in
// the model or named in a warning.
func TestMoreDocuments(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(more, "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		name := filepath.Base(file)
		if name == "SOURCES.md" {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			doc, lines, err := readMore(name)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			parse.Outline(&b, doc)
			c := parse.Count(doc)
			fmt.Fprintln(&b, c)
			t.Log(c) // the generality report's line (go test -v -run TestMoreDocuments)
			golden := filepath.Join("testdata", "more", strings.TrimSuffix(name, filepath.Ext(name))+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./generator/source -run TestMoreDocuments -update writes it)", err)
			}
			if have := b.String(); have != string(want) {
				t.Errorf("outline of %s differs from %s:\n%s", name, golden, firstLineDiff(string(want), have))
			}
			if c.Paragraphs > 0 && 100*c.Whole < 95*c.Paragraphs {
				t.Errorf("%d of %d paragraphs end a sentence, want at least 95%%", c.Whole, c.Paragraphs)
			}
			if lost := lostText(doc, lines); lost != "" {
				t.Errorf("text neither in the model nor named in a warning: %q", lost)
			}
		})
	}
	if n < 5 {
		t.Errorf("%d documents in %s, want 5", n, more)
	}
}

// readMore parses a document of more as the build does (without the
// Original, which the goldens leave out) and returns the lines it was read
// from: a text's lines, or those a reader took from a page.
func readMore(name string) (*plan.Document, []parse.Line, error) {
	data, err := os.ReadFile(filepath.Join(more, name))
	if err != nil {
		return nil, nil, err
	}
	if filepath.Ext(name) == ".txt" {
		doc, err := parse.Parse(name, data)
		var lines []parse.Line
		for _, l := range strings.Split(string(data), "\n") {
			lines = append(lines, parse.Line{Text: l})
		}
		return doc, lines, err
	}
	text, err := source.ReadBytes(name, data)
	if err != nil {
		return nil, nil, err
	}
	return text.Document(), text.Lines, nil
}

// lostText returns the first run of the source's characters (spaces
// aside) that the model's text does not hold, in order, and that was not
// taken out of its line (Dropped) or named in a warning; "" when none is
// lost.
func lostText(doc *plan.Document, lines []parse.Line) string {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.Text
	}
	for _, d := range doc.Dropped {
		if d.Line >= 1 && d.Line <= len(texts) {
			texts[d.Line-1] = strings.Replace(texts[d.Line-1], d.Text, "", 1)
		}
	}
	src := strings.Join(texts, "")
	model := []rune(squeeze(doc.Source()))
	var warned strings.Builder
	for _, w := range doc.Warnings {
		warned.WriteString(w.Msg)
	}
	for _, d := range doc.Dropped {
		warned.WriteString(d.Text)
	}
	dropped := squeeze(warned.String())
	i := 0
	var lost []rune
	for _, r := range squeeze(src) {
		if i < len(model) && model[i] == r {
			i++
			continue
		}
		lost = append(lost, r)
	}
	if len(lost) == 0 || strings.Contains(dropped, string(lost)) {
		return ""
	}
	return string(lost)
}

// squeeze leaves out spaces, and the zero-width characters the parser
// takes out of a text (they print as nothing).
func squeeze(s string) string {
	return strings.NewReplacer("\u200B", "", "\u2060", "", "\uFEFF", "").Replace(strings.Join(strings.Fields(s), ""))
}

// firstLineDiff shows the first line where two outlines differ.
func firstLineDiff(want, have string) string {
	w, h := strings.Split(want, "\n"), strings.Split(have, "\n")
	for i := 0; i < len(w) || i < len(h); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(h) {
			b = h[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n\twant %s\n\thave %s", i+1, a, b)
		}
	}
	return ""
}
