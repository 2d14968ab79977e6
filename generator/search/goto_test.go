package search

import (
	"fmt"
	"strings"
	"testing"
)

// gotoLibrary is seven plans, each with a Part III (2); only the last is
// translated, and the fourth quotes "Part III (2)" in its text while every
// plan says "part" somewhere.
func gotoLibrary() []Doc {
	var docs []Doc
	for i := 1; i <= 7; i++ {
		slug := fmt.Sprintf("p%d", i)
		text := "Every part of the county takes part."
		if i == 4 {
			text = "As Part III (2) sets out, every part takes part."
		}
		docs = append(docs, Doc{Slug: slug, Title: "Plan " + slug, URL: "en/" + slug + "/", Untranslated: i < 7,
			Goto: map[string]string{"pt3.2": "part_3__sec_2", "3.2": "part_3__sec_2"},
			Passages: []Passage{
				{EID: "part_3", Kind: "part", Label: "III", Heading: "Tasks", Text: text},
				{EID: "part_3__sec_2", Parent: "part_3", Kind: "section", Label: "III (2)", Heading: "Schools"},
			}})
	}
	return docs
}

// TestGotoLibrary: a label many plans have lists the plan searched first,
// then translated plans, then the rest in library order, at most
// GotoShown, saying how many plans have it; the results page lists them
// all; and the text results are only passages quoting the label whole.
func TestGotoLibrary(t *testing.T) {
	ix := buildOpen(t, gotoLibrary(), ModeEn, Options{})
	plans := func(rs []Result) string {
		var out []string
		for _, r := range rs {
			out = append(out, strings.Split(r.URL, "/")[1])
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct {
		name  string
		sc    Scope
		gotos string
	}{
		{"library", Scope{}, "p7 p1 p2 p3 p4"},
		{"from a plan's page", Scope{First: "p5"}, "p5 p7 p1 p2 p3"},
		{"results page", Scope{AllGotos: true}, "p7 p1 p2 p3 p4 p5 p6"},
		{"filtered", Scope{Only: []string{"p2", "p6"}}, "p2 p6"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := ix.QueryIn("Part III (2)", c.sc)
			if err != nil {
				t.Fatal(err)
			}
			if have := plans(a.Goto); have != c.gotos {
				t.Errorf("goes to %q, want %q", have, c.gotos)
			}
			wantN := 7
			if c.sc.Only != nil {
				wantN = 2
			}
			if a.GotoTotal != wantN || a.GotoPlans != wantN {
				t.Errorf("have %d passages in %d plans, want %d in %d", a.GotoTotal, a.GotoPlans, wantN, wantN)
			}
			var text []string
			for _, r := range a.Results {
				text = append(text, fmt.Sprint(r.Passage))
			}
			if c.sc.Only == nil && (len(a.Results) != 1 || ix.doc(a.Results[0].Passage) != 3) {
				t.Errorf("text results %v, want only p4's passage quoting Part III (2)", text)
			}
		})
	}
}

// gotoLibraryZh is gotoLibrary in Chinese: seven plans with a 三（二）,
// the fourth quoting "三（二）" in its text, every plan saying 三 and 二
// elsewhere (三是……二是……).
func gotoLibraryZh() []Doc {
	var docs []Doc
	for i := 1; i <= 7; i++ {
		slug := fmt.Sprintf("p%d", i)
		text := "三是加强管理，二是完善制度，推进第三部分工作。"
		if i == 4 {
			text = "按照三（二）的要求，三是加强管理，二是完善制度。"
		}
		docs = append(docs, Doc{Slug: slug, Title: "规划" + slug, URL: "zh/" + slug + "/",
			Goto: map[string]string{"pt3.2": "part_3__sec_2", "3.2": "part_3__sec_2"},
			Passages: []Passage{
				{EID: "part_3", Kind: "part", Label: "三", Heading: "主要任务", Text: text},
				{EID: "part_3__sec_2", Parent: "part_3", Kind: "section", Label: "三（二）", Heading: "学校建设"},
			}})
	}
	return docs
}

// TestGotoLibraryZh: a passage number typed in Chinese finds in the text
// only the passage quoting it whole, as an English one does (its phrase,
// labelPhrase), not every passage holding its characters.
func TestGotoLibraryZh(t *testing.T) {
	ix := buildOpen(t, gotoLibraryZh(), ModeZh, Options{})
	for _, q := range []string{"三（二）", "三(二)", "第三部分（二）"} {
		t.Run(q, func(t *testing.T) {
			a, err := ix.QueryIn(q, Scope{AllGotos: true})
			if err != nil {
				t.Fatal(err)
			}
			if a.GotoTotal != 7 {
				t.Errorf("goes to %d passages, want 7", a.GotoTotal)
			}
			var text []string
			for _, r := range a.Results {
				text = append(text, fmt.Sprintf("passage %d of p%d", r.Passage, ix.doc(r.Passage)+1))
			}
			want := 1
			if q == "第三部分（二）" {
				want = 0 // p4 writes 三（二）, not 第三部分（二）
			}
			if len(a.Results) != want || want == 1 && ix.doc(a.Results[0].Passage) != 3 {
				t.Errorf("text results %v, want only p4's passage quoting 三（二）", text)
			}
		})
	}
}
