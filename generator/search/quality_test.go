package search

import (
	"os"
	"testing"
)

// loadQuality reads the quality set, testdata/quality.json.
func loadQuality(t testing.TB) []QualityCase {
	cs, err := LoadQuality(os.DirFS("."), "testdata/quality.json")
	if err != nil {
		t.Fatal(err)
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

// fixturePassages holds the fixture's passages by language and eId.
func fixturePassages() map[string]map[string]*Passage {
	return map[string]map[string]*Passage{ModeZh: passagesOf(ModeZh), ModeEn: passagesOf(ModeEn)}
}

// TestQuality runs the quality set with the Go mirror of the client's scoring.
func TestQuality(t *testing.T) {
	cases := loadQuality(t)
	if len(cases) < 40 {
		t.Fatalf("quality set has %d queries, want at least 40", len(cases))
	}
	for _, c := range cases {
		ix := open(t, c.Lang)
		a, err := ix.Query(c.Q)
		if err != nil {
			t.Fatal(err)
		}
		var gotos []string
		for _, r := range a.Goto {
			gotos = append(gotos, r.EID)
		}
		var errs []string
		if c.Goto == "" {
			errs = c.Check(ranked(t, ix, a.Results), fixturePassages())
		}
		if !c.None || len(gotos) > 0 {
			errs = append(errs, c.CheckAnswer(gotos, a.Partial, a.Also, a.Suggest)...)
		}
		for _, e := range errs {
			t.Errorf("%v: %s", c, e)
		}
	}
}
