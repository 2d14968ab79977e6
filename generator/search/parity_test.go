package search

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The client's search code (templates/assets/search-core.js, search-index.js) and
// this package must tokenize, stem and rank identically. These tests run
// the client under Node when it is installed; the Chromium harness
// (browser_test.go) covers CI machines without Node.

const templates = "../../templates/assets"

type jsResult struct {
	Passage int     `json:"passage"`
	Tier    float64 `json:"tier"`
	Score   float64 `json:"score"`
	EID     string  `json:"eid"`
	Q       string  `json:"q"`
	Marks   string  `json:"marks"` // Result.Marks joined by |
}

// jsAnswer is the rest of what the client's query() answers.
type jsAnswer struct {
	Also    []string `json:"also"`
	Partial bool     `json:"partial"`
	Suggest []string `json:"suggest"`
	Goto    []string `json:"goto"`

	GotoPassages []int `json:"gotoPassages"` // eIds repeat from plan to plan
	GotoTotal    int   `json:"gotoTotal"`
	GotoPlans    int   `json:"gotoPlans"`
}

type jsQuery struct {
	Lang string `json:"lang"`
	Q    string `json:"q"`
}

// writeIndexes writes the fixture indexes (Zichuan zh and en, and "hand")
// under dir/<name>/search/.
func writeIndexes(t testing.TB, dir string) map[string]string {
	zichuanIndex(t)
	bases := map[string]string{}
	for lang, files := range fixture.files {
		base := filepath.Join(dir, lang, "search")
		for name, data := range files {
			p := filepath.Join(base, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		bases[lang] = base
	}
	return bases
}

// parityQueries is the quality set plus random substrings of the Chinese
// text and random English words and word pairs.
func parityQueries(t testing.TB) []jsQuery {
	var qs []jsQuery
	for _, c := range loadQuality(t) {
		qs = append(qs, jsQuery{c.Lang, c.Q})
	}
	for _, c := range handQueries {
		r := []rune(c.q)
		qs = append(qs, jsQuery{"hand", c.q}, jsQuery{"hand", string(r[:len(r)-1])}) // and while typing
	}
	qs = append(qs, jsQuery{"hand", "health"}, jsQuery{"hand", "heal"}, jsQuery{"hand", "point a year"})
	// A label in many plans: the go-to list's order and counts, and the
	// text results only where the label is quoted whole.
	for _, q := range []string{"Part III (2)", "III (2)", "Part III", "part", "Plan p3, Part III (2)"} {
		qs = append(qs, jsQuery{"gotolib", q})
	}
	for _, q := range []string{"三（二）", "三(二)", "第三部分（二）", "三二", "三", "规划p3三（二）"} {
		qs = append(qs, jsQuery{"gotolibzh", q})
	}
	for _, q := range []string{"养老", "养老金", "房屋", "屋养", "养老服务", "社区养老"} {
		qs = append(qs, jsQuery{"compound", q})
	}
	rng := rand.New(rand.NewSource(5))
	zh := fixture.zh.Passages
	for len(qs) < 180 {
		r := []rune(zh[rng.Intn(len(zh))].Text)
		if len(r) < 8 {
			continue
		}
		i, n := rng.Intn(len(r)-6), 1+rng.Intn(5)
		qs = append(qs, jsQuery{ModeZh, string(r[i : i+n])})
	}
	en := fixture.en.Passages
	for len(qs) < 280 {
		ws := strings.Fields(en[rng.Intn(len(en))].Text)
		if len(ws) < 4 {
			continue
		}
		i := rng.Intn(len(ws) - 2)
		qs = append(qs, jsQuery{ModeEn, strings.Join(ws[i:i+1+rng.Intn(2)], " ")})
	}
	return qs
}

// tokenSamples are strings whose tokens both sides must agree on.
var tokenSamples = []string{
	"到2025年，学生体质健康优良率达到55%和95％以上", "１，０００ students' CHILDREN’s e-learning 5G IPv6 1+X",
	"2021–2025 2.5% 1,000 3-5 No. 10", "“互联网＋教育” Internet Plus", "Ａｂｃ　ＤＥＦ ÀÉÎ straße", "don't rock'n'roll ''quoted''",
}

// compareRuns checks that the client's results equal the Go mirror's, and
// its answers (when given) the rest of Query's.
func compareRuns(t *testing.T, qs []jsQuery, got [][]jsResult, answers []jsAnswer) {
	t.Helper()
	if len(got) != len(qs) {
		t.Fatalf("client answered %d queries, want %d", len(got), len(qs))
	}
	bad := 0
	for i, q := range qs {
		ix := open(t, q.Lang)
		a, err := ix.Query(q.Q)
		if err != nil {
			t.Fatal(err)
		}
		rs := a.Results
		if answers != nil {
			want := jsAnswer{Also: a.Also, Partial: a.Partial, Suggest: a.Suggest, GotoTotal: a.GotoTotal, GotoPlans: a.GotoPlans}
			for _, r := range a.Goto {
				want.Goto = append(want.Goto, r.EID)
				want.GotoPassages = append(want.GotoPassages, r.Passage)
			}
			have := answers[i]
			if !slices.Equal(have.Also, want.Also) || have.Partial != want.Partial || !slices.Equal(have.Suggest, want.Suggest) ||
				!slices.Equal(have.Goto, want.Goto) || !slices.Equal(have.GotoPassages, want.GotoPassages) ||
				have.GotoTotal != want.GotoTotal || have.GotoPlans != want.GotoPlans {
				t.Errorf("%s %q: client answers %+v, Go %+v", q.Lang, q.Q, have, want)
			}
		}
		var want []jsResult
		for k, r := range rs {
			w := jsResult{Passage: r.Passage, Tier: r.Tier, Score: r.Score}
			if answers != nil {
				w.Q = r.Q
				w.Marks = strings.Join(r.Marks, "|")
			}
			if k < ResultsShown {
				w.EID = r.EID
			}
			want = append(want, w)
		}
		if !slices.Equal(want, got[i]) && bad < 10 {
			bad++
			t.Errorf("%s %q: client ranks\n  %v\nGo ranks\n  %v", q.Lang, q.Q, head(got[i]), head(want))
		}
	}
}

func head(rs []jsResult) []jsResult { return rs[:min(len(rs), 5)] }

// runNode runs the client under Node on a request (see node-runner.js).
func runNode(t *testing.T, req any, res any) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed; the Chromium test covers the client")
	}
	data, _ := json.Marshal(req)
	abs, _ := filepath.Abs(templates)
	cmd := exec.Command(node, "testdata/node-runner.js", abs)
	cmd.Stdin = bytes.NewReader(data)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(out, res); err != nil {
		t.Fatal(err)
	}
}

// TestStemmerVocabularyNode checks the client's Porter2 against the
// reference vocabulary that ships with github.com/kljensen/snowball
// (29,414 words with their Snowball stems), and against stem.
func TestStemmerVocabularyNode(t *testing.T) {
	if testing.Short() {
		t.Skip("Node test")
	}
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/kljensen/snowball").Output()
	if err != nil {
		t.Skipf("snowball module not found: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(dir)), "english_vocab", "vocab_test.go"))
	if err != nil {
		t.Skipf("reference vocabulary: %v", err)
	}
	pairs := regexp.MustCompile(`\{"([^"]*)", "([^"]*)"\}`).FindAllStringSubmatch(string(data), -1)
	if len(pairs) < 20000 {
		t.Fatalf("reference vocabulary: %d words", len(pairs))
	}
	var words []string
	for _, p := range pairs {
		words = append(words, p[1])
	}
	var res struct{ Stems []string }
	runNode(t, map[string]any{"stems": words}, &res)
	bad := 0
	for i, p := range pairs {
		if res.Stems[i] != p[2] || stem(p[1]) != p[2] {
			if bad++; bad <= 10 {
				t.Errorf("%s: client %q, Go %q, reference %q", p[1], res.Stems[i], stem(p[1]), p[2])
			}
		}
	}
}

func TestClientParityNode(t *testing.T) {
	if testing.Short() {
		t.Skip("Node test")
	}
	bases := writeIndexes(t, t.TempDir())
	qs := parityQueries(t)
	var stems []string
	seen := map[string]bool{}
	for _, d := range []Doc{fixture.zh, fixture.en} {
		for _, p := range d.Passages {
			for _, w := range strings.FieldsFunc(strings.ToLower(p.Heading+" "+p.Text), func(r rune) bool { return r < 'a' || r > 'z' }) {
				if !seen[w] {
					seen[w] = true
					stems = append(stems, w)
				}
			}
		}
	}
	var toks []map[string]string
	for _, s := range tokenSamples {
		toks = append(toks, map[string]string{"s": s, "mode": ModeZh}, map[string]string{"s": s, "mode": ModeEn})
	}
	var res struct {
		Tokens  [][]string   `json:"tokens"`
		Stems   []string     `json:"stems"`
		Results [][]jsResult `json:"results"`
		Answers []jsAnswer   `json:"answers"`
		Labels  []string     `json:"labels"`
	}
	labels := labelCases(t)
	var lq []string
	for _, c := range labels {
		lq = append(lq, c.Query)
	}
	runNode(t, map[string]any{"indexes": bases, "queries": qs, "stems": stems, "tokens": toks, "labels": lq}, &res)
	for i, c := range labels {
		if res.Labels[i] != c.Want {
			t.Errorf("label(%q): client %q, want %q", c.Query, res.Labels[i], c.Want)
		}
	}
	for i, s := range stems {
		if want := stem(s); res.Stems[i] != want {
			t.Errorf("stem(%q): client %q, Go %q", s, res.Stems[i], want)
		}
	}
	for i, m := range toks {
		if want := Tokens(m["s"], m["mode"]); !slices.Equal(res.Tokens[i], want) {
			t.Errorf("tokens(%q, %s):\n client %q\n Go     %q", m["s"], m["mode"], res.Tokens[i], want)
		}
	}
	compareRuns(t, qs, res.Results, res.Answers)
}

// labelCases is package cite's contract for reading passage numbers,
// which search-core.js's label() implements again: its cases, and a sample
// of the forms the corpus plans' citations print.
func labelCases(t *testing.T) []struct{ Query, Want string } {
	var cs []struct{ Query, Want string }
	for _, name := range []string{"parse.json", "roundtrip.json"} {
		data, err := os.ReadFile("../cite/testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var more []struct{ Query, Want string }
		if err := json.Unmarshal(data, &more); err != nil {
			t.Fatal(err)
		}
		cs = append(cs, more...)
	}
	return cs
}
