package translate

import (
	"strings"
	"testing"

	"plansite/generator/plan"
)

// testDoc is a small plan: a part with a heading, an item, a paragraph and
// a date, under a notice container.
func testDoc() *plan.Document {
	d := &plan.Document{Slug: "p", File: "seeds/p.txt"}
	notice := &plan.Node{EID: "notice", Kind: plan.KindNotice}
	date := &plan.Node{EID: "notice__date", Kind: plan.KindDate, Text: "2022年12月28日", Parent: notice}
	notice.Children = []*plan.Node{date}
	part := &plan.Node{EID: "part_1", Kind: plan.KindPart, Num: "一、", Heading: "总体要求", Line: 3}
	item := &plan.Node{EID: "part_1__item_1", Kind: plan.KindItem, Num: "1．", Heading: "完善体系", Text: "坚持……。", Parent: part, Line: 4,
		Resp: &plan.Responsibility{Lead: []string{"区教体局"}, Raw: "（区教体局负责）"}}
	para := &plan.Node{EID: "part_1__para_1", Kind: plan.KindParagraph, Text: "到2025年。", Parent: part, Line: 5}
	part.Children = []*plan.Node{item, para}
	d.Nodes = []*plan.Node{notice, part}
	return d
}

func TestFingerprint(t *testing.T) {
	n := &plan.Node{EID: "part_1__item_1", Kind: plan.KindItem, Num: "1．", Heading: "完善体系", Text: "坚持……。"}
	fp := Fingerprint(n)
	if !fingerprintPattern.MatchString(fp) {
		t.Fatalf("have %q, want 8 hex digits", fp)
	}
	tests := []struct {
		name   string
		change func(n *plan.Node)
		same   bool
	}{
		{"renumbered", func(n *plan.Node) { n.Num = "2．" }, true},
		{"responsibility changed", func(n *plan.Node) { n.Resp = &plan.Responsibility{Raw: "（区财政局负责）"} }, true},
		{"text changed", func(n *plan.Node) { n.Text = "坚持……！" }, false},
		{"heading changed", func(n *plan.Node) { n.Heading = "健全体系" }, false},
		{"text moved into heading", func(n *plan.Node) { n.Heading, n.Text = "完善体系坚持……。", "" }, false},
		{"table cell changed", func(n *plan.Node) { n.Rows = [][]string{{"1"}} }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := *n
			tt.change(&m)
			if have := Fingerprint(&m) == fp; have != tt.same {
				t.Errorf("have same=%v, want %v", have, tt.same)
			}
		})
	}
}

func TestNeeds(t *testing.T) {
	d := testDoc()
	want := map[string]bool{"notice": false, "notice__date": false, "part_1": true, "part_1__item_1": true, "part_1__para_1": true}
	d.Walk(func(n *plan.Node) bool {
		if have := Needs(n); have != want[n.EID] {
			t.Errorf("%s: have %v, want %v", n.EID, have, want[n.EID])
		}
		return true
	})
}

func TestAlign(t *testing.T) {
	doc := testDoc()
	item := doc.Node("part_1__item_1")
	src := "# Overall {#part_1 zh=\"" + Fingerprint(doc.Node("part_1")) + "\"}\n\n" +
		"### Improve {#part_1__item_1 zh=\"00000000\"}\n\nUphold.\n\n" +
		"#### {#part_1__para_9}\n\nOrphan.\n\n" +
		"#### {#notice__date}\n\n28 December 2022\n"
	units, err := ParseFile("content/en/p/a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d := &Doc{Slug: "p", Lang: "en", byEID: map[string]*Unit{}}
	for _, u := range units {
		d.Units = append(d.Units, u)
		d.byEID[u.EID] = u
	}
	r := Align(doc, d, "en")
	eids := func(us []*Unit) string {
		var s []string
		for _, u := range us {
			s = append(s, u.EID)
		}
		return strings.Join(s, " ")
	}
	var missing []string
	for _, n := range r.Missing {
		missing = append(missing, n.EID)
	}
	tests := []struct{ name, have, want string }{
		{"translated", eids(r.Translated), "notice__date part_1 part_1__item_1"},
		{"missing", strings.Join(missing, " "), "part_1__para_1"},
		{"orphaned", eids(r.Orphaned), "part_1__para_9"},
		{"stale", eids(r.Stale), "part_1__item_1"},
		{"unstamped", eids(r.Unstamped), ""},
		{"extra", eids(r.Extra), "notice__date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.have != tt.want {
				t.Errorf("have %q, want %q", tt.have, tt.want)
			}
		})
	}
	if r.Progress.Units != 3 || r.Complete() {
		t.Errorf("have needed %d complete %v, want 3 false", r.Progress.Units, r.Complete())
	}
	if StateOf(item, d) != Stale || StateOf(doc.Node("part_1"), d) != Current || StateOf(doc.Node("part_1__para_1"), d) != Missing {
		t.Error("StateOf disagrees with Align")
	}
	if r := Align(doc, nil, "en"); len(r.Missing) != 3 || len(r.Translated) != 0 {
		t.Errorf("no translation: have %d missing %d translated, want 3 and 0", len(r.Missing), len(r.Translated))
	}
}

// Complete reports whether every needed unit is there, current and stamped,
// with no orphans.
func (r *Report) Complete() bool {
	return len(r.Missing) == 0 && len(r.Orphaned) == 0 && len(r.Stale) == 0 && len(r.Unstamped) == 0
}
