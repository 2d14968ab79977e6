package alias

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/plan"
)

func TestReadPublished(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string // address@line
		err        string
	}{
		{"no ledger", "", nil, ""},
		{"comments and blanks", "# ledger\n\nz\n  z/part_2 \r\ndepartments/qu-jiao-ti-ju\n", []string{"z@3", "z/part_2@4", "departments/qu-jiao-ti-ju@5"}, ""},
		{"not an eId", "z\nz/二（九）\n", nil, `content/published.txt:2: want <plan slug>, <plan slug>/<eId> or departments/<department slug>, found "z/二（九）"`},
		{"a space", "z part_2\n", nil, `content/published.txt:1: want <plan slug>`},
		{"a department's name", "departments/区教体局\n", nil, `content/published.txt:1: want <plan slug>, <plan slug>/<eId> or departments/<department slug>, found "departments/区教体局"`},
		{"no department", "departments/\n", nil, `content/published.txt:1: want`},
		{"twice", "z/part_2\nz\nz/part_2\n", nil, "content/published.txt:3: z/part_2 is listed already at line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			if tt.data != "" {
				fsys[PublishedFile] = &fstest.MapFile{Data: []byte(tt.data)}
			}
			have, err := ReadPublished(fsys)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("have error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := lines(have); !slices.Equal(got, tt.want) {
				t.Errorf("have %q, want %q", got, tt.want)
			}
		})
	}
}

// lines writes addresses as address@line.
func lines(as []Address) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.String()+"@"+strconv.Itoa(a.Line))
	}
	return out
}

func TestLost(t *testing.T) {
	docs := []*plan.Document{doc()}
	set := Set{"z": {"part_2__sec_9": {Old: "part_2__sec_9", New: "part_2__sec_1", Line: 2}}}
	ledger := "z\nz/part_2\nz/part_2__sec_1\nz/part_2__sec_9\nz/part_3\ny\ny/part_1\nx/part_1\nx/part_2\ndepartments/finance-bureau\ndepartments/qu-cai-zheng-ju\ndepartments/gone\n"
	published, err := ReadPublished(fstest.MapFS{PublishedFile: {Data: []byte(ledger)}})
	if err != nil {
		t.Fatal(err)
	}
	// part_2__sec_9 is answered by its alias; part_3 by nothing; plan y
	// and plan x are gone, each once, at its first line.
	want := []string{
		"content/published.txt:5: z/part_3 was published, and the plan has no passage part_3 now: list it in content/aliases.yaml under z with the eId of the passage it became (a redirect), or delete this line to let it go",
		"content/published.txt:6: the plan y was published, and seeds/ has no plan y now: name its seed y again, or delete its lines to let its addresses go",
		"content/published.txt:8: the plan x was published",
		"content/published.txt:12: departments/gone was published, and no department has that page now: give gone as former: of the department that took its place in content/departments.yaml (a redirect), or delete this line to let it go",
	}
	// finance-bureau is a department's page; qu-cai-zheng-ju its former
	// slug, which redirects.
	have := Lost(published, docs, set, map[string]bool{"finance-bureau": true, "qu-cai-zheng-ju": true}, 0)
	if len(have) != len(want) {
		t.Fatalf("have %d warnings %v, want %d", len(have), have, len(want))
	}
	for i := range want {
		if !strings.HasPrefix(have[i].Error(), want[i]) {
			t.Errorf("have %q, want %q", have[i].Error(), want[i])
		}
	}
}

// TestLostMoved: passages a heading above the plan's title moved into an
// attachment (part_2 is att_2__part_2) are lost with the alias that would
// redirect each; beyond most, a plan's lost passages are one warning that
// says how many, and how many moved.
func TestLostMoved(t *testing.T) {
	d := doc()
	att := &plan.Node{EID: "att_2", Kind: plan.KindAttachment, Children: d.Nodes}
	var rename func(n *plan.Node)
	rename = func(n *plan.Node) {
		n.EID = "att_2__" + n.EID
		for _, c := range n.Children {
			rename(c)
		}
	}
	for _, n := range d.Nodes {
		rename(n)
	}
	d.Nodes = []*plan.Node{att}
	published, err := ReadPublished(fstest.MapFS{PublishedFile: {Data: []byte("z\nz/part_2\nz/part_2__sec_1\nz/part_3\n")}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		most int
		want []string
	}{
		{0, []string{
			`content/published.txt:2: z/part_2 was published, and the plan has no passage part_2 now; the passage moved in the outline and is att_2__part_2: add "part_2: att_2__part_2" under z in content/aliases.yaml (a redirect), or delete this line to let it go`,
			`content/published.txt:3: z/part_2__sec_1 was published, and the plan has no passage part_2__sec_1 now; the passage moved in the outline and is att_2__part_2__sec_1: add "part_2__sec_1: att_2__part_2__sec_1" under z in content/aliases.yaml (a redirect), or delete this line to let it go`,
			`content/published.txt:4: z/part_3 was published, and the plan has no passage part_3 now: list it in content/aliases.yaml under z with the eId of the passage it became (a redirect), or delete this line to let it go`,
		}},
		{2, []string{
			"content/published.txt:2: 3 published passages of z no longer answer; 2 of them moved in the outline (a heading added or taken out above them moves their eIds); go run ./generator check lists each with the alias that redirects it",
		}},
	} {
		t.Run(strconv.Itoa(tt.most), func(t *testing.T) {
			var have []string
			for _, w := range Lost(published, []*plan.Document{d}, nil, nil, tt.most) {
				have = append(have, w.Error())
			}
			if !slices.Equal(have, tt.want) {
				t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestRecordPublished(t *testing.T) {
	docs := []*plan.Document{doc()}
	first := Unlisted(nil, docs, []string{"finance-bureau"})
	if have, want := lines(first), []string{"z@0", "z/part_2@0", "z/part_2__sec_1@0", "departments/finance-bureau@0"}; !slices.Equal(have, want) {
		t.Fatalf("unlisted in an empty ledger: have %q, want %q", have, want)
	}
	data := AppendPublished(nil, first)
	if !strings.HasPrefix(string(data), "# Addresses this site has published") || !strings.HasSuffix(string(data), "\nz\nz/part_2\nz/part_2__sec_1\ndepartments/finance-bureau\n") {
		t.Fatalf("a new ledger reads\n%s", data)
	}
	// An editor's ledger: a line kept for a passage that is gone, no
	// newline at its end. Recording again adds only what it lacks, and
	// keeps every line it had.
	edited := []byte("# mine\nz/part_2__sec_1\ndepartments/finance-bureau\nz/part_7")
	published, err := ReadPublished(fstest.MapFS{PublishedFile: {Data: edited}})
	if err != nil {
		t.Fatal(err)
	}
	add := Unlisted(published, docs, []string{"finance-bureau"})
	if have, want := lines(add), []string{"z@0", "z/part_2@0"}; !slices.Equal(have, want) {
		t.Fatalf("unlisted: have %q, want %q", have, want)
	}
	if have, want := string(AppendPublished(edited, add)), "# mine\nz/part_2__sec_1\ndepartments/finance-bureau\nz/part_7\nz\nz/part_2\n"; have != want {
		t.Errorf("have %q, want %q", have, want)
	}
}
