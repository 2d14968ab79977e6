package export

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// indented is what WriteJSON must write for x: json.Marshal's text laid
// out by json.Indent, with Extra through a map.
func indented(x *Doc) ([]byte, error) {
	var v any = x
	if len(x.Extra) > 0 {
		m := map[string]any{"slug": x.Slug, "lang": x.Lang, "meta": x.Meta, "nodes": x.Nodes, "projects": x.Projects, "warnings": x.Warnings}
		for k, e := range x.Extra {
			m[k] = e
		}
		v = m
	}
	compact, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	err = json.Indent(&out, compact, "", "  ")
	return out.Bytes(), err
}

// TestWriteJSON checks that WriteJSON writes json.Indent's bytes, with
// and without Extra, and for a plan with no nodes.
func TestWriteJSON(t *testing.T) {
	seed, err := os.ReadFile(testproject.Path("seeds/zichuan-education-2022.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse.Parse("zichuan-education-2022.txt", seed)
	if err != nil {
		t.Fatal(err)
	}
	texts := func(n *plan.Node) (string, string, string) { return n.Heading, n.Text, "/" + n.EID }
	cases := map[string]func() *Doc{
		"plain": func() *Doc { return New(doc, "zh", texts) },
		"extra": func() *Doc {
			x := New(doc, "en", texts)
			x.Extra = map[string]any{"departments": []string{"区教体局", "<&>"}, "links": map[string]int{"b": 1, "a": 2}, "aaa": nil}
			return x
		},
		"extra lists": func() *Doc {
			x := New(doc, "zh", texts)
			type row struct {
				ID   string   `json:"id"`
				Tags []string `json:"tags,omitempty"`
				N    float64  `json:"n,omitempty"`
			}
			var rows []row
			for i := range 3000 {
				rows = append(rows, row{ID: "t" + strings.Repeat("<&>", i%3), Tags: []string{"a", "b"}[:i%3], N: float64(i) / 7})
			}
			x.Extra = map[string]any{"targets": rows, "empty": []row{}, "none": []row(nil), "bytes": []byte("ab"),
				"nested": [][]int{{1, 2}, {}, nil}, "raw": []json.RawMessage{json.RawMessage(`{"a":[1,2]}`)},
				"list": List{N: len(rows), At: func(i int) any { return rows[i] }}, "empty list": List{}}
			return x
		},
		"extra names nodes": func() *Doc {
			x := New(doc, "zh", texts)
			x.Extra = map[string]any{"nodes": []int{1}}
			return x
		},
		"no nodes": func() *Doc {
			x := New(doc, "zh", texts)
			x.Nodes = nil
			return x
		},
		"empty nodes": func() *Doc {
			x := New(doc, "zh", texts)
			x.Nodes = []*Node{}
			x.Extra = map[string]any{"z": 1}
			return x
		},
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			x := mk()
			want, err := indented(x)
			if err != nil {
				t.Fatal(err)
			}
			var have bytes.Buffer
			if err := x.WriteJSON(&have); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(have.Bytes(), want) {
				t.Errorf("WriteJSON differs from json.Indent: have %d bytes, want %d\nhave %.300s\nwant %.300s", have.Len(), len(want), have.Bytes(), want)
			}
		})
	}
}
