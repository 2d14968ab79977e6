package alias

import (
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/plan"
)

func doc() *plan.Document {
	d := &plan.Document{Slug: "z", File: "seeds/z.txt"}
	p := &plan.Node{EID: "part_2", Kind: plan.KindPart, Ordinal: 2}
	s := &plan.Node{EID: "part_2__sec_1", Kind: plan.KindSection, Ordinal: 1, Parent: p}
	p.Children = []*plan.Node{s}
	d.Nodes = []*plan.Node{p}
	return d
}

func TestLoad(t *testing.T) {
	docs := []*plan.Document{doc()}
	tests := []struct {
		name, yaml string
		want       map[string]string // old → new for plan z
		err        string
	}{
		{"no aliases", "# only a comment\n", map[string]string{}, ""},
		{"one alias", "z:\n  part_2__sec_9: part_2__sec_1\n", map[string]string{"part_2__sec_9": "part_2__sec_1"}, ""},
		{"empty plan", "z:\n", map[string]string{}, ""},
		{"missing target", "z:\n  part_2__sec_9: part_2__sec_1\n  part_3: part_7\n", nil, "content/aliases.yaml:3: part_3 points at part_7, which seeds/z.txt does not have"},
		{"current eId", "z:\n  part_2: part_2__sec_1\n", nil, "content/aliases.yaml:2: part_2 is a current eId of z"},
		{"unknown plan", "\ny:\n  part_9: part_2\n", nil, "content/aliases.yaml:2: no plan \"y\" in seeds/ (its plans: z): was its seed renamed?"},
		{"not an eId", "z:\n  二（九）: part_2\n", nil, "content/aliases.yaml:2: \"二（九）\" is not an eId"},
		{"duplicate", "z:\n  part_9: part_2\n  part_9: part_2__sec_1\n", nil, "content/aliases.yaml:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{File: {Data: []byte(tt.yaml)}}
			set, err := Load(fsys, docs)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("have error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]string{}
			for _, a := range set.For("z") {
				have[a.Old] = a.New
			}
			if len(have) != len(tt.want) {
				t.Fatalf("have %v, want %v", have, tt.want)
			}
			for o, n := range tt.want {
				if have[o] != n {
					t.Errorf("%s: have %q, want %q", o, have[o], n)
				}
			}
		})
	}
}

func TestLoadWithoutFile(t *testing.T) {
	set, err := Load(fstest.MapFS{}, []*plan.Document{doc()})
	if err != nil || len(set) != 0 {
		t.Errorf("have %v, %v; want no aliases", set, err)
	}
}
