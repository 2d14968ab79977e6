package search

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// qualityCase is one entry of testdata/quality.json: a query on the Zichuan
// index of a language and what its ranking must show.
type qualityCase struct {
	Lang   string   `json:"lang"`
	Q      string   `json:"q"`
	First  string   `json:"first"`  // the top result
	In     []string `json:"in"`     // each within the first Top results
	Top    int      `json:"top"`    // for In and LedBy
	LedBy  string   `json:"ledBy"`  // every one of the first Top results is led by this department
	Before []string `json:"before"` // Before[0] ranks above Before[1]
	Count  int      `json:"count"`  // exact number of results
	None   bool     `json:"none"`   // no results
	Recall bool     `json:"recall"` // every passage whose heading or text contains Q is found
	Why    string   `json:"why"`
}

func (c qualityCase) String() string { return c.Lang + " " + fmt.Sprintf("%q", c.Q) }

func loadQuality(t testing.TB) []qualityCase {
	data, err := os.ReadFile("testdata/quality.json")
	if err != nil {
		t.Fatal(err)
	}
	var cs []qualityCase
	if err := json.Unmarshal(data, &cs); err != nil {
		t.Fatalf("testdata/quality.json: %v", err)
	}
	return cs
}

// ranked returns the eIds of all results in order.
func ranked(t testing.TB, ix *Index, rs []Result) []string {
	var out []string
	for i := range rs {
		if err := ix.Describe(&rs[i]); err != nil {
			t.Fatal(err)
		}
		out = append(out, rs[i].EID)
	}
	return out
}

// passagesOf returns the fixture passages of lang by eId.
func passagesOf(lang string) map[string]*Passage {
	doc := fixture.zh
	if lang == ModeEn {
		doc = fixture.en
	}
	m := map[string]*Passage{}
	for i := range doc.Passages {
		m[doc.Passages[i].EID] = &doc.Passages[i]
	}
	return m
}

// check returns what the ranking got wrong for the case.
func (c qualityCase) check(got []string) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	rank := func(eid string) int { return slices.Index(got, eid) }
	if c.None && len(got) > 0 {
		fail("want no results, got %d", len(got))
	}
	if !c.None && len(got) == 0 {
		fail("no results")
		return errs
	}
	if c.First != "" && len(got) > 0 && got[0] != c.First {
		fail("first is %s, want %s (at %d)", got[0], c.First, rank(c.First)+1)
	}
	for _, e := range c.In {
		if r := rank(e); r < 0 || r >= c.Top {
			fail("%s at %d, want within the first %d", e, r+1, c.Top)
		}
	}
	if len(c.Before) == 2 {
		a, b := rank(c.Before[0]), rank(c.Before[1])
		if a < 0 || b < 0 || a > b {
			fail("%s at %d should rank above %s at %d", c.Before[0], a+1, c.Before[1], b+1)
		}
	}
	if c.Count > 0 && len(got) != c.Count {
		fail("%d results, want %d", len(got), c.Count)
	}
	if c.LedBy != "" {
		zh := passagesOf(ModeZh)
		for i := 0; i < len(got) && i < c.Top; i++ {
			if !ledBy(zh[got[i]], c.LedBy) {
				fail("result %d %s is not led by %s", i+1, got[i], c.LedBy)
			}
		}
	}
	if c.Recall {
		ps := passagesOf(c.Lang)
		q := Normalize(c.Q)
		for eid, p := range ps {
			if strings.Contains(Normalize(p.Heading), q) || strings.Contains(Normalize(p.Text), q) {
				if rank(eid) < 0 {
					fail("%s contains the query but is not found", eid)
				}
			}
		}
	}
	return errs
}

func ledBy(p *Passage, dept string) bool {
	if p == nil {
		return false
	}
	for _, d := range p.Departments {
		if d.Lead && d.Name == dept {
			return true
		}
	}
	return false
}

// TestQuality runs the quality set with the Go mirror of the client's scoring.
func TestQuality(t *testing.T) {
	cases := loadQuality(t)
	if len(cases) < 40 {
		t.Fatalf("quality set has %d queries, want at least 40", len(cases))
	}
	for _, c := range cases {
		ix := open(t, c.Lang)
		rs, err := ix.Search(c.Q)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range c.check(ranked(t, ix, rs)) {
			t.Errorf("%v: %s", c, e)
		}
	}
}
