package parse_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// update rewrites the golden files instead of comparing with them, as in
// goldmark and x/tools/present: go test ./generator/parse -update.
var update = flag.Bool("update", false, "rewrite testdata/*.golden from the parser's output")

// testFiles lists the plans under testdata, the seed and the corpus.
func testFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.txt: %v", err)
	}
	return files
}

// parseFile parses a testdata file, failing the test on error.
func parseFile(t testing.TB, file string) (*plan.Document, []byte) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse.Parse(file, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", file, err)
	}
	return doc, data
}

// outline renders a document as one line per node, indented by depth, then
// its metadata and warnings: small enough to read, precise enough that a
// change in structure, numbering, headings or responsibilities shows up in
// a diff.
func outline(doc *plan.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "slug %s\n", doc.Slug)
	var walk func(ns []*plan.Node, depth int)
	walk = func(ns []*plan.Node, depth int) {
		for _, n := range ns {
			b.WriteString(strings.Repeat("  ", depth))
			fmt.Fprintf(&b, "%s %s L%d", n.EID, n.Kind, n.Line)
			if n.Num != "" {
				fmt.Fprintf(&b, " num=%q", n.Num)
			}
			if n.Heading != "" {
				fmt.Fprintf(&b, " heading=%q", n.Heading)
			}
			if n.RunIn {
				b.WriteString(" runin")
			}
			if n.Text != "" {
				fmt.Fprintf(&b, " text=%q", plan.Clip(n.Text, 16))
			}
			if n.Resp != nil {
				fmt.Fprintf(&b, " lead=%s support=%s", strings.Join(n.Resp.Lead, "|"), strings.Join(n.Resp.Support, "|"))
			}
			for _, r := range n.Inline {
				fmt.Fprintf(&b, " inline=%s/%s", strings.Join(r.Lead, "|"), strings.Join(r.Support, "|"))
			}
			if n.Deadline != nil {
				fmt.Fprintf(&b, " deadline=%q/%s", n.Deadline.Text, n.Deadline.Date)
			}
			if n.Points != "" {
				fmt.Fprintf(&b, " points=%s", n.Points)
			}
			if len(n.Indicators) > 0 {
				fmt.Fprintf(&b, " indicators=%d", len(n.Indicators))
			}
			if len(n.Columns) > 0 {
				fmt.Fprintf(&b, " columns=%s", strings.Join(n.Columns, "|"))
			}
			if len(n.Rows) > 0 {
				fmt.Fprintf(&b, " rows=%d", len(n.Rows))
			}
			b.WriteByte('\n')
			walk(n.Children, depth+1)
		}
	}
	walk(doc.Nodes, 0)
	m := doc.Meta
	fmt.Fprintf(&b, "meta number=%q title=%q noticeTitle=%q issuer=%q date=%q publicity=%q\n",
		m.DocumentNumber, m.Title, m.NoticeTitle, m.Issuer, m.Date, m.Publicity)
	fmt.Fprintf(&b, "meta addressees=%s cc=%s printer=%q printDate=%q\n",
		strings.Join(m.Addressees, "|"), strings.Join(m.CC, "|"), m.Printer, m.PrintDate)
	for _, w := range doc.Warnings {
		fmt.Fprintf(&b, "warning %s\n", w)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	for _, file := range testFiles(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			doc, _ := parseFile(t, file)
			have := outline(doc)
			golden := strings.TrimSuffix(file, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(have), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./generator/parse -update to create it)", err)
			}
			if have != string(want) {
				t.Errorf("outline of %s differs from %s:\n%s", file, golden, diff(string(want), have))
			}
		})
	}
}

// diff names the first lines where want and have differ.
func diff(want, have string) string {
	w, h := strings.Split(want, "\n"), strings.Split(have, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(h)) && shown < 5; i++ {
		var wl, hl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(h) {
			hl = h[i]
		}
		if wl != hl {
			fmt.Fprintf(&b, "line %d:\n\thave %s\n\twant %s\n", i+1, hl, wl)
			shown++
		}
	}
	return b.String()
}

// squeeze removes all whitespace, U+3000 included: the layout the lossless
// contract lets the parser drop.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// withoutDebris removes what the parser reports as word-processor debris.
func withoutDebris(s string) string {
	return parse.Debris.ReplaceAllString(s, "")
}

// TestLossless checks that every character of the source is in the model
// or was taken out of its line and named (Dropped), whitespace aside.
func TestLossless(t *testing.T) {
	for _, file := range testFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			doc, data := parseFile(t, file)
			lines := strings.Split(strings.TrimPrefix(string(data), "\uFEFF"), "\n")
			for _, d := range doc.Dropped {
				if d.Line < 1 || d.Line > len(lines) || !strings.Contains(lines[d.Line-1], d.Text) {
					t.Fatalf("dropped %q (%s) is not on line %d", d.Text, d.Why, d.Line)
				}
				lines[d.Line-1] = strings.Replace(lines[d.Line-1], d.Text, "", 1)
			}
			want := squeeze(withoutDebris(strings.Join(lines, "\n")))
			have := squeeze(doc.Source())
			if have != want {
				t.Errorf("doc.Source() is not the source without debris and whitespace:\n%s", firstDiff(have, want))
			}
		})
	}
}

// firstDiff shows where two long texts part.
func firstDiff(have, want string) string {
	h, w := []rune(have), []rune(want)
	i := 0
	for i < len(h) && i < len(w) && h[i] == w[i] {
		i++
	}
	from := max(0, i-20)
	return fmt.Sprintf("at character %d (have %d, want %d):\n\thave …%s…\n\twant …%s…",
		i, len(h), len(w), string(h[from:min(len(h), i+30)]), string(w[from:min(len(w), i+30)]))
}
