package search

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// QualityCase is one entry of the quality set (testdata/quality.json): a
// query on the index of a language and what its ranking must show. The
// engine's tests run the set on their fixture, the site's tests on the
// site's own indexes, with the same Check.
type QualityCase struct {
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
	// What the box shows besides the ranking (see Answer):
	Goto    string   `json:"goto"`    // the passage the box goes straight to; the results are not judged
	Partial bool     `json:"partial"` // the results are labelled partial matches
	Also    []string `json:"also"`    // the synonyms searched as well, in order
	Suggest string   `json:"suggest"` // a glossary term among the suggestions
	Why     string   `json:"why"`
}

func (c QualityCase) String() string { return c.Lang + " " + fmt.Sprintf("%q", c.Q) }

// LoadQuality reads a quality set.
func LoadQuality(fsys fs.FS, name string) ([]QualityCase, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var cs []QualityCase
	if err := json.Unmarshal(data, &cs); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return cs, nil
}

// Check returns what the ranking got (eIds, best first) got wrong for the
// case; passages holds the indexed passages by language and eId, for LedBy
// (judged on the Chinese departments) and Recall.
func (c QualityCase) Check(got []string, passages map[string]map[string]*Passage) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	rank := func(eid string) int { return slices.Index(got, eid) }
	switch {
	case c.None && len(got) > 0:
		fail("want no results, got %d", len(got))
	case !c.None && len(got) == 0:
		return []string{"no results"}
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
		if a, b := rank(c.Before[0]), rank(c.Before[1]); a < 0 || b < 0 || a > b {
			fail("%s at %d should rank above %s at %d", c.Before[0], a+1, c.Before[1], b+1)
		}
	}
	if c.Count > 0 && len(got) != c.Count {
		fail("%d results, want %d", len(got), c.Count)
	}
	if c.LedBy != "" {
		for i := 0; i < len(got) && i < c.Top; i++ {
			if !ledBy(passages[ModeZh][got[i]], c.LedBy) {
				fail("result %d %s is not led by %s", i+1, got[i], c.LedBy)
			}
		}
	}
	if c.Recall {
		q := Normalize(c.Q)
		for eid, p := range passages[c.Lang] {
			if (strings.Contains(Normalize(p.Heading), q) || strings.Contains(Normalize(p.Text), q)) && rank(eid) < 0 {
				fail("%s contains the query but is not found", eid)
			}
		}
	}
	return errs
}

// CheckAnswer returns what the rest of an answer got wrong for the case:
// gotos are the eIds the box offers to go to, best first.
func (c QualityCase) CheckAnswer(gotos []string, partial bool, also, suggest []string) []string {
	var errs []string
	if c.Goto != "" && (len(gotos) == 0 || gotos[0] != c.Goto) {
		errs = append(errs, fmt.Sprintf("goes to %v, want %s", gotos, c.Goto))
	}
	if c.Goto == "" && len(gotos) > 0 {
		errs = append(errs, fmt.Sprintf("goes to %v, want no passage", gotos))
	}
	if c.Goto == "" && partial != c.Partial {
		errs = append(errs, fmt.Sprintf("partial %v, want %v", partial, c.Partial))
	}
	if !slices.Equal(also, c.Also) && (len(also) > 0 || len(c.Also) > 0) {
		errs = append(errs, fmt.Sprintf("also searched %q, want %q", also, c.Also))
	}
	if c.Suggest != "" && !slices.Contains(suggest, c.Suggest) {
		errs = append(errs, fmt.Sprintf("suggests %q, want %q among them", suggest, c.Suggest))
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
