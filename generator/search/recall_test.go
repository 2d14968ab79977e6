package search

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// found returns the set of eIds a query finds in the one-plan fixture
// index, whose passages are those of ps in order.
func found(t *testing.T, ix *Index, ps []Passage, q string) map[string]bool {
	rs, err := ix.Search(q)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, r := range rs {
		m[ps[r.Passage].EID] = true
	}
	return m
}

// TestSubstringRecall: every substring of the Chinese text, as a query,
// finds every passage whose heading or text contains it. Substrings with
// Latin letters are left out: Latin words match as whole (stemmed) words.
func TestSubstringRecall(t *testing.T) {
	ix := open(t, ModeZh)
	ps := fixture.zh.Passages
	rng := rand.New(rand.NewSource(1))
	tried := 0
	for tried < 1500 {
		p := ps[rng.Intn(len(ps))]
		r := []rune(Normalize(p.Heading + p.Text))
		if len(r) < 2 {
			continue
		}
		i := rng.Intn(len(r))
		q := string(r[i:min(len(r), i+1+rng.Intn(8))])
		if strings.IndexFunc(q, func(r rune) bool { return r < 128 && unicode.IsLetter(r) }) >= 0 || len(Tokens(q, ModeZh)) == 0 {
			continue
		}
		tried++
		got := found(t, ix, ps, q)
		for _, o := range ps {
			if (strings.Contains(Normalize(o.Heading), q) || strings.Contains(Normalize(o.Text), q)) && !got[o.EID] {
				t.Errorf("%q: %s contains it but is not found", q, o.EID)
			}
		}
	}
}

// TestWordRecall: every English word of the translation, as a query, finds
// every passage that has a word with the same stem.
func TestWordRecall(t *testing.T) {
	ix := open(t, ModeEn)
	ps := fixture.en.Passages
	toks := map[string][]string{}
	for _, p := range ps {
		toks[p.EID] = append(Tokens(p.Heading, ModeEn), Tokens(p.Text, ModeEn)...)
	}
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 400; {
		ws := strings.FieldsFunc(ps[rng.Intn(len(ps))].Text, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(ws) == 0 {
			continue
		}
		w := ws[rng.Intn(len(ws))]
		tok := Tokens(w, ModeEn)
		if len(tok) != 1 {
			continue // a stop word
		}
		n++
		got := found(t, ix, ps, w+" ") // the trailing space: no prefix matches
		for _, p := range ps {
			if slices.Contains(toks[p.EID], tok[0]) && !got[p.EID] {
				t.Errorf("%q: %s has %q but is not found", w, p.EID, tok[0])
			}
		}
	}
}

// TestExactOverScattered: a passage holding the query as written ranks
// above one holding only its characters apart.
func TestExactOverScattered(t *testing.T) {
	docs := []Doc{{Slug: "t", URL: "zh/t/", Passages: []Passage{
		{EID: "a", Kind: "item", Text: "心理健康和健康教育，经常开展心理健康"}, // 心理健康教育 scattered, twice 心理健康
		{EID: "b", Kind: "item", Text: "开展心理健康教育"},
	}}}
	files, _, err := Build(docs, ModeZh, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Open(files)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := ix.Search("心理健康教育")
	if err != nil {
		t.Fatal(err)
	}
	if got := ranked(t, ix, rs); !slices.Equal(got, []string{"b", "a"}) || rs[0].Tier != 1 || rs[1].Tier != 0.5 {
		t.Errorf("心理健康教育 ranks %v (tiers %v, %v), want [b a] with tiers 1, 0.5", got, rs[0].Tier, rs[1].Tier)
	}
}
