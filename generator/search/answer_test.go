package search

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"plansite/generator/pos"
)

func TestExpand(t *testing.T) {
	rows := synonymRows([]Synonym{
		{Words: []string{"眼睛", "视力"}, Search: []string{"近视"}},
		{Words: []string{"Eyes"}, Search: []string{"myopia", "eyesight"}},
		{Words: []string{"after school care"}, Search: []string{"after-school services"}},
	})
	for _, c := range []struct {
		q        string
		variants []string
		also     []string
	}{
		{"眼睛", []string{"近视"}, []string{"近视"}},
		{"保护眼睛视力", []string{"保护近视视力", "保护眼睛近视"}, []string{"近视"}},
		{"近视 眼睛", nil, nil}, // the query already holds 近视
		{"eyes", []string{"myopia", "eyesight"}, []string{"myopia", "eyesight"}},
		{"Eyes of pupils", []string{"myopia of pupils", "eyesight of pupils"}, []string{"myopia", "eyesight"}},
		{"keyes", nil, nil}, // not a whole word
		{"eyes2", nil, nil}, // nor here
		{"eyes-test", []string{"myopia-test", "eyesight-test"}, []string{"myopia", "eyesight"}},
		{"After school care", []string{"after-school services"}, []string{"after-school services"}},
	} {
		v, a := expand(c.q, rows)
		if !slices.Equal(v, c.variants) || !slices.Equal(a, c.also) {
			t.Errorf("expand(%q) = %q, %q; want %q, %q", c.q, v, a, c.variants, c.also)
		}
	}
}

func TestSplitRuns(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"学前教育普及率", "学前 教育 普及率"},
		{"学前教育", "学前 教育"},
		{"普及率", ""},
		{"myopia", ""},
		{"学前教育 rate 55%", "学前 教育 rate 55%"},
	} {
		if got := splitRuns(c.q, ModeZh); got != c.want {
			t.Errorf("splitRuns(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestParseSynonyms(t *testing.T) {
	for _, c := range []struct {
		name, src string
		line      int
	}{
		{"not a mapping", "- a\n", 1},
		{"unknown language", "zh: []\nfr: []\n", 2},
		{"no search words", "zh:\n  - words: [眼睛]\n", 2},
		{"nothing to search", "en:\n  - words: [the]\n    search: [myopia]\n", 2},
		{"bad YAML", "zh: [\n", 1},
		{"misspelt field", "zh:\n  - words: [眼睛]\n    search: [近视]\n    serch: [视力]\n", 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseSynonyms("content/synonyms.yaml", []byte(c.src))
			var pe *pos.Error
			if !errors.As(err, &pe) || pe.File != "content/synonyms.yaml" || pe.Line != c.line {
				t.Errorf("have %v, want an error at content/synonyms.yaml:%d", err, c.line)
			}
		})
	}
	got, err := ParseSynonyms("s.yaml", []byte("zh:\n  - words: [眼睛]\n    search: [近视]\n"))
	if err != nil || len(got["zh"]) != 1 || got["zh"][0].Search[0] != "近视" {
		t.Errorf("have %v, %v", got, err)
	}
}

// TestGotoRetired: a retired eId (Doc.Moved) goes to its successor, and a
// query naming no passage goes nowhere.
func TestGotoRetired(t *testing.T) {
	ix := open(t, ModeZh)
	for q, want := range map[string]string{"part_9__sec_9__item_9": "part_2__sec_1__item_4", "近视": "", "九（九）9": ""} {
		rs, err := ix.Goto(q, Scope{})
		if err != nil {
			t.Fatal(err)
		}
		have := ""
		if len(rs) > 0 {
			have = rs[0].EID
		}
		if have != want {
			t.Errorf("Goto(%q): have %q, want %q", q, have, want)
		}
	}
}

// TestPartialSuggests: a query nothing holds whole is answered with
// labelled partial matches and glossary suggestions.
func TestPartialSuggests(t *testing.T) {
	a, err := open(t, ModeZh).Query("学前教育普及率")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Partial || len(a.Results) == 0 || !slices.Contains(a.Suggest, "学前教育") {
		t.Errorf("have partial %v, %d results, suggestions %q; want partial results and 学前教育 suggested", a.Partial, len(a.Results), a.Suggest)
	}
	if a.Results[0].Q != "学前 教育 普及率" {
		t.Errorf("first result found by %q, want the split query", a.Results[0].Q)
	}
}

// TestGotoTitled: a passage number goes to that passage in every plan
// holding one, unless the query quotes a plan's title (a pasted citation,
// 《X》第一部分), which keeps that plan's.
func TestGotoTitled(t *testing.T) {
	docs := handDocs()
	for i := range docs {
		docs[i].Goto = map[string]string{"1": "part_1", "pt1": "part_1"}
	}
	ix := buildOpen(t, docs, ModeEn, Options{})
	for _, c := range []struct{ q, want string }{
		{"Part I", "en/one/ en/two/"},
		{"Plan Two, Part I", "en/two/"},
		{"《plan two》I", "en/two/"},
		{"Plan One (Chuan Zheng Fa [2022] No. 10), Part I", "en/one/"},
		{"Plan Three, Part I", "en/one/ en/two/"},
	} {
		rs, err := ix.Goto(c.q, Scope{})
		if err != nil {
			t.Fatal(err)
		}
		var have []string
		for _, r := range rs {
			have = append(have, r.URL)
		}
		if strings.Join(have, " ") != c.want {
			t.Errorf("Goto(%q): have %q, want %s", c.q, have, c.want)
		}
	}
}
