package search

import (
	"encoding/json"
	"maps"
	"regexp"
	"slices"
	"testing"
)

// handDocs is a small hand-made English site of two plans.
func handDocs() []Doc {
	edu := Department{Name: "District Education and Sports Bureau", Lead: true,
		Aliases: []string{"Education Bureau", "区教体局", "教育局"}}
	health := Department{Name: "District Health Commission", Aliases: []string{"区卫健局", "Health Bureau"}}
	campus := Project{Name: "Healthy Campus Action", Aliases: []string{"健康校园行动"}}
	return []Doc{
		{Slug: "one", Title: "Plan One", URL: "en/one/", Passages: []Passage{
			{EID: "part_1", Kind: "part", Label: "I", Heading: "Key Tasks"},
			{EID: "part_1__sec_1", Parent: "part_1", Kind: "section", Label: "I (1)", Heading: "Health of students"},
			{EID: "part_1__sec_1__item_1", Parent: "part_1__sec_1", Kind: "item", Label: "I (1) 1",
				Heading: "Improving eyesight", Text: "Build a mechanism for the prevention and control of myopia among children.",
				Departments: []Department{edu, health}, Targets: []string{"myopia rate down 1 point a year"}},
			{EID: "part_1__sec_1__item_2", Parent: "part_1__sec_1", Kind: "item", Label: "I (1) 2",
				Heading: "Homework", Text: "Carry out the \"double reduction\" policy and regular home visits.",
				Departments: []Department{{Name: health.Name, Aliases: health.Aliases, Lead: true}},
				Projects:    []Project{campus}},
			{EID: "proj_1", Kind: "project", Label: "Key project 1", Heading: "Healthy Campus Action",
				Text: "Build healthy campuses.", URL: "en/one/proj_1/", Projects: []Project{campus}},
		}},
		{Slug: "two", Title: "Plan Two", URL: "en/two/", Passages: []Passage{
			{EID: "part_1", Kind: "part", Label: "I", Heading: "Homework and health", Text: "Schools reduce homework."},
		}},
	}
}

func buildOpen(t *testing.T, docs []Doc, lang string, opt Options) *Index {
	t.Helper()
	files, _, err := Build(docs, lang, opt)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Open(files)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func firstN(t *testing.T, ix *Index, q string, n int) []string {
	t.Helper()
	rs, err := ix.Search(q)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i := 0; i < len(rs) && i < n; i++ {
		if err := ix.Describe(&rs[i]); err != nil {
			t.Fatal(err)
		}
		out = append(out, rs[i].URL+"#"+rs[i].EID)
	}
	return out
}

var handGlossary = []Term{{Zh: "双减", En: `"double reduction"`, AliasesEn: []string{"tutoring ban"}}}

// handQueries are queries on handDocs with their expected first results.
var handQueries = []struct {
	q    string
	want []string
}{
	{"myopia", []string{"en/one/#part_1__sec_1__item_1"}},                                             // text and target
	{"education bureau", []string{"en/one/#part_1__sec_1__item_1"}},                                   // lead department alias
	{"教育局", []string{"en/one/#part_1__sec_1__item_1"}},                                                // Chinese alias
	{"health commission", []string{"en/one/#part_1__sec_1__item_2", "en/one/#part_1__sec_1__item_1"}}, // lead over support
	{"双减", []string{"en/one/#part_1__sec_1__item_2"}},                                                 // glossary, other language
	{"tutoring ban", []string{"en/one/#part_1__sec_1__item_2"}},                                       // glossary search synonym
	{"healthy campus action", []string{"en/one/proj_1/#proj_1", "en/one/#part_1__sec_1__item_2"}},     // project by its name, then its task
	{"健康校园行动", []string{"en/one/proj_1/#proj_1", "en/one/#part_1__sec_1__item_2"}},
	{"homework", []string{"en/one/#part_1__sec_1__item_2", "en/two/#part_1"}}, // heading weight; second plan
	{"home visits", []string{"en/one/#part_1__sec_1__item_2"}},
}

func TestBuildHandMadeEnglish(t *testing.T) {
	ix := buildOpen(t, handDocs(), ModeEn, Options{Glossary: handGlossary})
	for _, c := range handQueries {
		if got := firstN(t, ix, c.q, len(c.want)); !slices.Equal(got, c.want) {
			t.Errorf("%q: first results %q, want %q", c.q, got, c.want)
		}
	}
	// A task over its parent section: "health" is in the section's heading
	// and in the task's departments and project.
	if got := firstN(t, ix, "health", 10); slices.Index(got, "en/one/#part_1__sec_1__item_2") > slices.Index(got, "en/one/#part_1__sec_1") {
		t.Errorf("health: %q ranks the section above its task", got)
	}
}

func TestBuildErrors(t *testing.T) {
	if _, _, err := Build(nil, "fr", Options{}); err == nil {
		t.Error("language fr: no error")
	}
	dup := []Doc{{Slug: "x", Passages: []Passage{{EID: "a"}, {EID: "a"}}}}
	if _, _, err := Build(dup, ModeZh, Options{}); err == nil {
		t.Error("repeated eId: no error")
	}
	if _, _, err := Build([]Doc{{Slug: "x", Passages: []Passage{{Text: "x"}}}}, ModeZh, Options{}); err == nil {
		t.Error("missing eId: no error")
	}
	files, st, err := Build(nil, ModeZh, Options{})
	if err != nil || st.Passages != 0 {
		t.Fatalf("empty index: %v, %+v", err, st)
	}
	ix, err := Open(files)
	if err != nil {
		t.Fatal(err)
	}
	if rs, err := ix.Search("近视"); err != nil || len(rs) != 0 {
		t.Errorf("search of an empty index: %v, %v", rs, err)
	}
}

// TestBuildLayout: the same input gives the same files; every file the
// manifest names exists, and no other.
func TestBuildLayout(t *testing.T) {
	zichuanIndex(t)
	again, _, err := Build([]Doc{fixture.zh}, ModeZh, Options{Glossary: fixture.gloss, Synonyms: fixture.syn[ModeZh]})
	if err != nil {
		t.Fatal(err)
	}
	if !maps.EqualFunc(again, fixture.files[ModeZh], slices.Equal) {
		t.Error("two builds of the same Docs differ")
	}
	var m manifest
	if err := json.Unmarshal(again["manifest.json"], &m); err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{"manifest.json": true}
	for _, g := range m.Shards {
		for j := range g[1:] {
			named[shardName(g[0], j)] = true
		}
	}
	for _, d := range m.Docs {
		for k := range d.C {
			named[chunkName(&d, k)] = true
		}
	}
	for _, g := range m.Goto {
		named[g] = true
	}
	hashed := regexp.MustCompile(`^(g/[0-9a-f]{10}|[tp]/[0-9a-f]{10}-[0-9]+)\.json$`)
	for name := range again {
		if !named[name] || name != "manifest.json" && !hashed.MatchString(name) {
			t.Errorf("file %s: named by the manifest %v", name, named[name])
		}
		delete(named, name)
	}
	for name := range named {
		t.Errorf("manifest names %s, which was not built", name)
	}
	if m.Lang != ModeZh || len(m.Kind) != len(fixture.zh.Passages) || len(m.Up) != len(fixture.zh.Passages) || len(m.Weight) != numFields {
		t.Errorf("manifest: lang %s, %d kinds, %d parents, %d weights", m.Lang, len(m.Kind), len(m.Up), len(m.Weight))
	}
}

// TestBuildEnglishUntranslated finds an English index's passage still in
// Chinese (a plan not yet translated) by the English of a glossary term
// its Chinese uses.
func TestBuildEnglishUntranslated(t *testing.T) {
	docs := []Doc{{Slug: "flood", URL: "en/flood/", Untranslated: true, Passages: []Passage{
		{EID: "part_1", Kind: "part", Heading: "完善防洪排涝体系", Text: "提升城市防洪能力。"},
		{EID: "part_2", Kind: "part", Heading: "加强组织保障", Text: "落实责任。"},
	}}}
	gloss := []Term{{Zh: "防洪", En: "flood control", AliasesEn: []string{"flood prevention"}}}
	ix := buildOpen(t, docs, ModeEn, Options{Glossary: gloss})
	for _, q := range []string{"flood", "flood control", "flood prevention", "防洪"} {
		if have, want := firstN(t, ix, q, 2), []string{"en/flood/#part_1"}; !slices.Equal(have, want) {
			t.Errorf("%q: have %q, want %q", q, have, want)
		}
	}
	// The result says which Chinese the English found, for the snippet
	// to mark (a query in Chinese finds the term by its Chinese form too).
	for q, want := range map[string][]string{"flood": {"防洪"}, "flood prev": {"防洪"}, "防洪": {"防洪"}, "levee": nil} {
		rs, err := ix.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		var have []string
		if len(rs) > 0 {
			have = rs[0].Marks
		}
		if !slices.Equal(have, want) {
			t.Errorf("%q: marks %q, want %q", q, have, want)
		}
	}
}

// TestBuildGlossaryPlans: a term given for some plans (Term.Plans: 体育,
// physical education in an education plan, sports in a plan on
// consumption) finds by its English only those plans' passages; another
// plan's passage using the Chinese is found by its own words alone.
func TestBuildGlossaryPlans(t *testing.T) {
	docs := []Doc{
		{Slug: "education", URL: "en/education/", Untranslated: true, Passages: []Passage{
			{EID: "part_1", Kind: "part", Heading: "加强学校体育", Text: "开足开齐体育课。"}}},
		{Slug: "consumption", URL: "en/consumption/", Untranslated: true, Passages: []Passage{
			{EID: "part_1", Kind: "part", Heading: "扩大体育消费", Text: "举办体育赛事。"}}},
	}
	gloss := []Term{{Zh: "体育", En: "physical education", AliasesEn: []string{"PE"}, Plans: []string{"education"}}}
	ix := buildOpen(t, docs, ModeEn, Options{Glossary: gloss})
	for _, q := range []string{"physical education", "PE"} {
		if have, want := firstN(t, ix, q, 3), []string{"en/education/#part_1"}; !slices.Equal(have, want) {
			t.Errorf("%q: have %q, want %q", q, have, want)
		}
	}
	if have := firstN(t, ix, "体育", 3); len(have) != 2 {
		t.Errorf("体育: have %q, want both plans' passages", have)
	}
}
