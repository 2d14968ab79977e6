package site

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"plansite/generator/internal/library"
	"plansite/generator/search"
	"plansite/generator/view"
)

// The library tests run search on a frozen library of plans: the Zichuan
// plan of the frozen project and the 13 corpus documents
// (internal/library, 14 plans), indexed as the site indexes them.

const libraryPlans = library.Sources

var searchLibrary struct {
	once    sync.Once
	b       *builder
	docs    map[string][]search.Doc
	sharded map[string]map[string][]byte // by language: the index as a build writes it
	whole   map[string]map[string][]byte // the same, in one token shard and one chunk per plan
	err     error
}

// libraryIndexes indexes the frozen library in both languages, sharded as
// a build does and unsharded.
func libraryIndexes(t testing.TB) (*builder, map[string][]search.Doc, map[string]map[string][]byte, map[string]map[string][]byte) {
	t.Helper()
	if testing.Short() {
		t.Skip("a library of 14 plans")
	}
	l := &searchLibrary
	l.once.Do(func() {
		root, err := library.Project(libraryPlans)
		if err != nil {
			l.err = err
			return
		}
		docs, err := LoadDocs(root)
		if err != nil {
			l.err = err
			return
		}
		if l.b, l.err = load(root, docs, nil); l.err != nil {
			return
		}
		glossary, err := searchGlossary(l.b)
		if err != nil {
			l.err = err
			return
		}
		syn, err := search.LoadSynonyms(l.b.root)
		if err != nil {
			l.err = err
			return
		}
		l.docs, l.sharded, l.whole = map[string][]search.Doc{}, map[string]map[string][]byte{}, map[string]map[string][]byte{}
		for _, lang := range view.Langs() {
			l.docs[lang] = l.b.searchDocs(lang)
			opt := search.Options{Glossary: glossary, Synonyms: syn[lang], SkipGzip: true}
			if l.sharded[lang], _, l.err = search.Build(l.docs[lang], lang, opt); l.err != nil {
				return
			}
			opt.ShardBytes, opt.ChunkBytes = 1<<30, 1<<30
			if l.whole[lang], _, l.err = search.Build(l.docs[lang], lang, opt); l.err != nil {
				return
			}
		}
	})
	if l.err != nil {
		t.Fatal(l.err)
	}
	return l.b, l.docs, l.sharded, l.whole
}

// libraryQuery is a query with a scope, as the tests put it.
type libraryQuery struct {
	Lang  string        `json:"lang"`
	Q     string        `json:"q"`
	Scope *search.Scope `json:"-"`
	JS    *jsScope      `json:"scope,omitempty"`
}

type jsScope struct {
	First    string   `json:"first,omitempty"`
	Only     []string `json:"only,omitempty"`
	AllGotos bool     `json:"allGotos,omitempty"`
}

// libraryQueries are the quality queries and queries across plans, each
// in the whole library, with a plan searched first and within one plan.
func libraryQueries(t testing.TB, docs map[string][]search.Doc) []libraryQuery {
	var qs []libraryQuery
	add := func(lang, q string) {
		ds := docs[lang]
		qs = append(qs, libraryQuery{Lang: lang, Q: q},
			libraryQuery{Lang: lang, Q: q, JS: &jsScope{First: ds[len(ds)-1].Slug}},
			libraryQuery{Lang: lang, Q: q, JS: &jsScope{Only: []string{ds[len(ds)/2].Slug, ds[0].Slug}}})
	}
	for _, c := range loadQualityCases(t) {
		add(c.Lang, c.Q)
	}
	for _, q := range []string{"教育", "课后服务", "安全", "房地产", "数据", "2.1.3", "一（二）"} {
		add("zh", q)
	}
	for _, q := range []string{"education", "safety", "real estate", "data", "I (2)"} {
		add("en", q)
	}
	// A label many plans have, as the results page asks for it: every
	// passage it names, translated plans first on the English side.
	for _, q := range []libraryQuery{{Lang: "zh", Q: "三（二）"}, {Lang: "zh", Q: "第二部分（一）"}, {Lang: "en", Q: "Part II (1)"}, {Lang: "en", Q: "III (2)"}} {
		add(q.Lang, q.Q)
		q.JS = &jsScope{AllGotos: true}
		qs = append(qs, q)
	}
	// A passage number with a plan's title, as a citation is pasted: the
	// go-to keeps that plan's passage.
	add("zh", "《"+docs["zh"][0].Title+"》一（二）")
	add("en", docs["en"][0].Title+", Part I (2)")
	for i := range qs {
		if s := qs[i].JS; s != nil {
			qs[i].Scope = &search.Scope{First: s.First, Only: s.Only, AllGotos: s.AllGotos}
		} else {
			qs[i].Scope = &search.Scope{}
		}
	}
	return qs
}

// answerOf is what the tests compare of an answer: every result's
// passage, tier, score and query, the eIds of those described, and the
// rest of the answer.
func answerOf(t testing.TB, ix *search.Index, q libraryQuery) (string, search.Answer) {
	ix.Reset()
	a, err := ix.QueryIn(q.Q, *q.Scope)
	if err != nil {
		t.Fatalf("%s %q: %v", q.Lang, q.Q, err)
	}
	var b strings.Builder
	for _, r := range a.Results {
		fmt.Fprintf(&b, "%d %g %g %q %s\n", r.Passage, r.Tier, r.Score, r.Q, r.EID)
	}
	for _, r := range a.Goto {
		fmt.Fprintf(&b, "goto %d %s\n", r.Passage, r.EID)
	}
	fmt.Fprintf(&b, "%v %v %v\n", a.Also, a.Partial, a.Suggest)
	return b.String(), a
}

// TestLibraryShardedAsWhole: the index a build writes for the library,
// cut into token shards, passage chunks and go-to buckets, answers every
// query exactly as the same index in one shard and one chunk per plan
// does, in the whole library and in each scope; a plan searched first and
// a plan filter reorder and narrow the whole library's answer, never
// rank it anew.
func TestLibraryShardedAsWhole(t *testing.T) {
	_, docs, sharded, whole := libraryIndexes(t)
	acrossPlans := 0
	for _, lang := range view.Langs() {
		ix, err := search.Open(sharded[lang])
		if err != nil {
			t.Fatal(err)
		}
		one, err := search.Open(whole[lang])
		if err != nil {
			t.Fatal(err)
		}
		all := map[string]search.Answer{}
		for _, q := range libraryQueries(t, docs) {
			if q.Lang != lang {
				continue
			}
			have, a := answerOf(t, ix, q)
			if want, _ := answerOf(t, one, q); have != want {
				t.Errorf("%s %q %+v: sharded and whole indexes differ:\n%s\n----\n%s", lang, q.Q, q.JS, have, want)
				continue
			}
			if q.JS == nil {
				all[q.Q] = a
				plans := map[string]bool{}
				for _, r := range a.Results {
					plans[planOf(docs[lang], r.Passage)] = true
				}
				if len(plans) > 1 {
					acrossPlans++
				}
				continue
			}
			// A passage number from a plan's page goes to that plan's
			// passage when it has one.
			if q.Scope.First != "" && len(a.Goto) > 0 {
				for _, r := range all[q.Q].Goto {
					if planOf(docs[lang], r.Passage) == q.Scope.First && planOf(docs[lang], a.Goto[0].Passage) != q.Scope.First {
						t.Errorf("%s %q from %s: goes to %s first", lang, q.Q, q.Scope.First, a.Goto[0].URL)
					}
				}
			}
			// A scope keeps the whole answer's order within each part.
			want := scoped(docs[lang], all[q.Q].Results, *q.Scope)
			if len(want) != len(a.Results) {
				t.Errorf("%s %q %+v: %d results, the whole library's in scope are %d", lang, q.Q, q.JS, len(a.Results), len(want))
				continue
			}
			for i := range want {
				if want[i] != a.Results[i].Passage {
					t.Errorf("%s %q %+v: result %d is passage %d, want %d", lang, q.Q, q.JS, i, a.Results[i].Passage, want[i])
					break
				}
			}
		}
	}
	if acrossPlans < 10 {
		t.Errorf("%d queries found passages of several plans; the library should give more", acrossPlans)
	}
}

// planOf returns the slug of the plan holding passage p (by count).
func planOf(docs []search.Doc, p int) string {
	for _, d := range docs {
		if p < len(d.Passages) {
			return d.Slug
		}
		p -= len(d.Passages)
	}
	return ""
}

// scoped returns the passages of rs kept by sc, sc.First's first.
func scoped(docs []search.Doc, rs []search.Result, sc search.Scope) []int {
	var mine, rest []int
	for _, r := range rs {
		slug := planOf(docs, r.Passage)
		switch {
		case len(sc.Only) > 0 && !contains(sc.Only, slug):
		case slug == sc.First:
			mine = append(mine, r.Passage)
		default:
			rest = append(rest, r.Passage)
		}
	}
	return append(mine, rest...)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestLibraryParityNode runs the client's query() under Node on the
// library's index, with scopes, and compares it with the Go mirror. It
// runs the scripts as published, minified (minify.go), where the search
// package's parity tests run them as written.
func TestLibraryParityNode(t *testing.T) {
	b, docs, sharded, _ := libraryIndexes(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	dir := t.TempDir()
	indexes := map[string]string{}
	for _, lang := range view.Langs() {
		for name, data := range sharded[lang] {
			p := filepath.Join(dir, lang, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		indexes[lang] = filepath.Join(dir, lang)
	}
	qs := libraryQueries(t, docs)
	req, _ := json.Marshal(map[string]any{"indexes": indexes, "queries": qs})
	assets := filepath.Join(dir, "assets")
	if err := os.Mkdir(assets, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range searchScripts {
		data, ok := b.files["assets/"+name]
		if !ok {
			t.Fatalf("the site has no assets/%s", name)
		}
		if err := os.WriteFile(filepath.Join(assets, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(node, "../search/testdata/node-runner.js", assets)
	cmd.Stdin = strings.NewReader(string(req))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var res struct {
		Results [][]struct {
			Passage int     `json:"passage"`
			Tier    float64 `json:"tier"`
			Score   float64 `json:"score"`
			EID     string  `json:"eid"`
			Q       string  `json:"q"`
		}
		Answers []struct {
			Also         []string `json:"also"`
			Partial      bool     `json:"partial"`
			Suggest      []string `json:"suggest"`
			GotoPassages []int    `json:"gotoPassages"`
			GotoTotal    int      `json:"gotoTotal"`
			GotoPlans    int      `json:"gotoPlans"`
		}
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	ixs := map[string]*search.Index{}
	for _, lang := range view.Langs() {
		if ixs[lang], err = search.Open(sharded[lang]); err != nil {
			t.Fatal(err)
		}
	}
	for i, q := range qs {
		_, a := answerOf(t, ixs[q.Lang], q)
		js := res.Results[i]
		if len(js) != len(a.Results) {
			t.Errorf("%s %q %+v: Go %d results, JS %d", q.Lang, q.Q, q.JS, len(a.Results), len(js))
			continue
		}
		for k, r := range a.Results {
			j := js[k]
			if j.Passage != r.Passage || j.Tier != r.Tier || j.Score != r.Score || j.Q != r.Q || j.EID != r.EID {
				t.Errorf("%s %q %+v: result %d: Go %d %g %g %q %s, JS %+v", q.Lang, q.Q, q.JS, k, r.Passage, r.Tier, r.Score, r.Q, r.EID, j)
				break
			}
		}
		var gotos []int
		for _, r := range a.Goto {
			gotos = append(gotos, r.Passage)
		}
		ja := res.Answers[i]
		if fmt.Sprint(gotos) != fmt.Sprint(ja.GotoPassages) || a.GotoTotal != ja.GotoTotal || a.GotoPlans != ja.GotoPlans || a.Partial != ja.Partial ||
			fmt.Sprint(a.Also) != fmt.Sprint(ja.Also) || fmt.Sprint(a.Suggest) != fmt.Sprint(ja.Suggest) {
			t.Errorf("%s %q %+v: Go goto %v partial %v also %v suggest %v; JS %+v", q.Lang, q.Q, q.JS, gotos, a.Partial, a.Also, a.Suggest, ja)
		}
	}
}

// TestLibraryGotoTitled: in a library, a passage number goes to that
// passage in several plans; with a plan's title, as a citation is pasted,
// only to that plan's.
func TestLibraryGotoTitled(t *testing.T) {
	_, docs, sharded, _ := libraryIndexes(t)
	for _, c := range []struct{ lang, num, before, after string }{
		{"zh", "一（二）", "《", "》一（二）"},
		{"en", "Part I (2)", "", ", Part I (2)"},
	} {
		ix, err := search.Open(sharded[c.lang])
		if err != nil {
			t.Fatal(err)
		}
		plans := func(q string) []string {
			rs, err := ix.Goto(q, search.Scope{})
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, r := range rs {
				out = append(out, planOf(docs[c.lang], r.Passage))
			}
			return out
		}
		all := plans(c.num)
		if len(all) < 2 {
			t.Fatalf("%s %q: goes to %q, want several plans", c.lang, c.num, all)
		}
		for _, d := range docs[c.lang] {
			if d.Slug != all[1] {
				continue
			}
			q := c.before + d.Title + c.after
			if have, want := plans(q), []string{d.Slug}; !slices.Equal(have, want) {
				t.Errorf("%s %q: goes to %q, want %q", c.lang, q, have, want)
			}
		}
	}
}
