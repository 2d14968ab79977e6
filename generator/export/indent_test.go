package export

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestIndent checks indent against json.Indent on what json.Marshal
// writes: the real exports, and values with every kind of JSON text.
func TestIndent(t *testing.T) {
	values := map[string]any{
		"empty object":  map[string]any{},
		"empty array":   []int{},
		"nested empty":  map[string]any{"a": []any{}, "b": map[string]any{}, "c": []any{[]any{}, map[string]any{}}},
		"scalars":       []any{nil, true, false, 0, -1.5e-7, 12345678901, "", "x"},
		"escapes":       []string{`"`, `\`, `\"`, "\\\"\\", "a\"b:c,d{e}f[g]h", "\n\t\u2028<>&", "中文，：【】"},
		"keys":          map[string]int{`"`: 1, `:`: 2, `,`: 3, `{`: 4, "中": 5},
		"deep":          []any{[]any{[]any{[]any{1, map[string]any{"k": []any{2}}}}}},
		"plan metadata": plan.Meta{Title: "标题", Addressees: []string{"甲", "乙"}},
	}
	seed, err := os.ReadFile(testproject.Path("seeds/zichuan-education-2022.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse.Parse("zichuan-education-2022.txt", seed)
	if err != nil {
		t.Fatal(err)
	}
	values["zichuan export"] = New(doc, "zh", func(n *plan.Node) (string, string, string) { return n.Heading, n.Text, "/" + n.EID })
	for name, v := range values {
		t.Run(name, func(t *testing.T) {
			compact, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			if err := json.Indent(&want, compact, "", "  "); err != nil {
				t.Fatal(err)
			}
			have, err := indentAt(nil, compact, 0)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(have, want.Bytes()) {
				t.Errorf("have\n%s\nwant\n%s", clipped(have), clipped(want.Bytes()))
			}
		})
	}
}

// TestIndentErrors: text that is not JSON is an error, not a panic.
func TestIndentErrors(t *testing.T) {
	for _, in := range []string{`{"a":1`, `"abc`, `["a\"]`, `]`, `{}}`} {
		if _, err := indentAt(nil, []byte(in), 0); err == nil {
			t.Errorf("indent(%q): no error", in)
		}
	}
}

// FuzzIndent compares indent with json.Indent on the JSON of arbitrary
// strings and string lists.
func FuzzIndent(f *testing.F) {
	f.Add("a", "b")
	f.Add(`"\`, "{[]}")
	f.Add("", "\x00\xff")
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, v := range []any{a, []string{a, b}, map[string]any{a: []string{b}, b: map[string]string{}}} {
			compact, err := json.Marshal(v)
			if err != nil {
				t.Skip()
			}
			var want bytes.Buffer
			if err := json.Indent(&want, compact, "", "  "); err != nil {
				t.Fatal(err)
			}
			have, err := indentAt(nil, compact, 0)
			if err != nil || !bytes.Equal(have, want.Bytes()) {
				t.Fatalf("indent(%s) = %s, %v; want %s", compact, have, err, want.Bytes())
			}
		}
	})
}

func clipped(b []byte) []byte {
	if len(b) > 400 {
		return append(b[:400:400], "…"...)
	}
	return b
}
