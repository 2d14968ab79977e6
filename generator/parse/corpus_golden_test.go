package parse_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/parse"
)

// corpusFiles lists the 13 documents of ../testdata/corpus.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil || len(files) != 13 {
		t.Fatalf("corpus: have %d files (%v), want 13", len(files), err)
	}
	return files
}

// TestCorpusGolden compares the outline of each corpus document with
// testdata/corpus/NAME.golden, as inspect prints it. The goldens were read
// against the sources by hand; -update rewrites them, after which the diff
// must be read again before it is committed.
func TestCorpusGolden(t *testing.T) {
	for _, file := range corpusFiles(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			doc, _ := parseFile(t, file)
			doc.File = name + ".txt"
			for i := range doc.Warnings {
				doc.Warnings[i].File = doc.File
			}
			var b bytes.Buffer
			parse.Outline(&b, doc)
			fmt.Fprintln(&b, parse.Count(doc))
			golden := filepath.Join("testdata", "corpus", name+".golden")
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
				t.Fatalf("%v (go test ./generator/parse -update writes it)", err)
			}
			if have := b.String(); have != string(want) {
				t.Errorf("outline of %s differs from %s:\n%s", file, golden, diff(string(want), have))
			}
		})
	}
}

// TestGenerality prints the generality report, one line per corpus
// document (go test -v -run TestGenerality ./generator/parse), and checks
// that the running text comes out in whole paragraphs: at least 95% of them
// end a sentence.
func TestGenerality(t *testing.T) {
	var b strings.Builder
	fmt.Fprintf(&b, "%-36s %5s %5s %5s %5s %5s %5s %5s %5s %5s %5s %6s\n", "document", "parts", "chps", "secs", "arts", "items", "boxes", "resp", "dlines", "tables", "warns", "whole")
	for _, file := range corpusFiles(t) {
		doc, _ := parseFile(t, file)
		c := parse.Count(doc)
		whole := 100.0
		if c.Paragraphs > 0 {
			whole = 100 * float64(c.Whole) / float64(c.Paragraphs)
		}
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		fmt.Fprintf(&b, "%-36s %5d %5d %5d %5d %5d %5d %5d %5d %5d %5d %5.0f%%\n", name, c.Parts, c.Chapters, c.Sections, c.Articles, c.Items, c.Boxes, c.Responsibilities, c.Deadlines, c.Tables, c.Warnings, whole)
		if whole < 95 {
			t.Errorf("%s: %.0f%% of %d paragraphs end a sentence, want at least 95%%", name, whole, c.Paragraphs)
		}
	}
	t.Log("\n" + b.String())
}
