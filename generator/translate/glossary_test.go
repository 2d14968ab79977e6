package translate

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestSameWord(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"campus", "campuses", true},
		{"foster", "fostering", true},
		{"kindergarten", "kindergartens", true},
		{"plan", "plans", true},
		{"one", "one", true},
		{"on", "one", false},
		{"test", "text", false},
		{"education", "educational", true},
		{"examination", "examinations", true},
		{"tutoring", "training", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if have := sameWord(tt.a, tt.b); have != tt.want {
				t.Errorf("have %v, want %v", have, tt.want)
			}
		})
	}
}

func TestCheckTerms(t *testing.T) {
	doc := testDoc()
	doc.Node("part_1__item_1").Text = "坚持立德树人，落实“双减”。"
	terms := []Term{{ZH: "立德树人", EN: "fostering virtue through education"}, {ZH: "双减", EN: `"double reduction"`}, {ZH: "集团化办学", EN: "group-based school running"}}
	tests := []struct{ english, want string }{
		{"Foster virtue through education and implement the \"double reduction\".", ""},
		{"Cultivate virtue and implement the double-reduction policy.", "立德树人"},
		{"Foster virtue through education; reduce homework.", "双减"},
	}
	for _, tt := range tests {
		t.Run(tt.english, func(t *testing.T) {
			d := &Doc{byEID: map[string]*Unit{"part_1__item_1": {EID: "part_1__item_1", Text: tt.english}}}
			var have []string
			for _, i := range CheckTerms(doc, d, terms) {
				have = append(have, i.Term.ZH)
			}
			if strings.Join(have, " ") != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

// TestCheckTermsOfPlans: a term given for some plans (Term.Plans) is
// checked in their translations only: 体育 is physical education in an
// education plan, sports in another's.
func TestCheckTermsOfPlans(t *testing.T) {
	doc := testDoc()
	doc.Node("part_1__item_1").Text = "扩大体育消费。"
	d := &Doc{byEID: map[string]*Unit{"part_1__item_1": {EID: "part_1__item_1", Text: "Expand sports consumption."}}}
	for _, tt := range []struct {
		plans []string
		want  int
	}{{nil, 1}, {[]string{doc.Slug}, 1}, {[]string{"another-plan"}, 0}} {
		terms := []Term{{ZH: "体育", EN: "physical education", Plans: tt.plans}}
		if have := len(CheckTerms(doc, d, terms)); have != tt.want {
			t.Errorf("plans %v: have %d issues, want %d", tt.plans, have, tt.want)
		}
	}
}

// TestTermsInOfPlans: the translation memory gives an export's units the
// terms of their plan only (Term.Plans).
func TestTermsInOfPlans(t *testing.T) {
	m := NewMemory(nil, nil, nil, []Term{{ZH: "体育", EN: "physical education", Plans: []string{"education"}}, {ZH: "消费", EN: "consumption"}})
	for slug, want := range map[string]int{"education": 2, "consumption": 1} {
		if have := len(m.TermsIn("扩大体育消费。", slug)); have != want {
			t.Errorf("%s: have %d terms, want %d", slug, have, want)
		}
	}
}

func TestLoadGlossary(t *testing.T) {
	terms, err := LoadGlossary(fstest.MapFS{GlossaryFile: {Data: []byte("# terms\n- zh: 双减\n  en: '\"double reduction\"'\n  aliases_en: [double reduction]\n")}})
	if err != nil || len(terms) != 1 || terms[0].EN != `"double reduction"` || terms[0].Line != 2 {
		t.Errorf("have %+v, %v; want one term at line 2", terms, err)
	}
	for _, tt := range []struct{ name, yaml, want string }{
		{"no en", "- zh: 双减\n- zh: 十四五\n  en: x\n", ":1: a term needs zh and en"},
		{"misspelt field", "- zh: 双减\n  en: x\n  aliases: [减负]\n", `:3: unknown field "aliases"`},
		{"term twice", "- zh: 双减\n  en: x\n- zh: 十四五\n  en: y\n- zh: 双减\n  en: z\n", ":5: 双减 is already a term at line 1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadGlossary(fstest.MapFS{GlossaryFile: {Data: []byte(tt.yaml)}})
			if err == nil || !strings.Contains(err.Error(), GlossaryFile+tt.want) {
				t.Errorf("have %v, want %s%s", err, GlossaryFile, tt.want)
			}
		})
	}
}

// TestMemoryOfPlans: the memory's matches keep a term's plans
// (Term.Plans) as the pages do: the term's rendering, and English made for
// Chinese using it in a plan of the term's sense, are offered to that
// sense's plans only (体育 is sports in a plan on consumption).
func TestMemoryOfPlans(t *testing.T) {
	m := NewMemory(nil, nil, nil, []Term{{ZH: "体育", EN: "physical education", Plans: []string{"education"}}})
	m.add("加强学校体育", "Strengthening physical education in schools", "education#part_1")
	m.add("加强学校管理", "Strengthening school management", "consumption#part_2")
	for _, c := range []struct {
		zh, slug string
		want     bool
	}{
		{"体育", "education", true},
		{"体育", "consumption", false},
		{"加强学校体育", "education", true},
		{"加强学校体育", "consumption", false},
		{"加强学校管理", "education", true}, // no term of some plans
	} {
		if _, have := m.Exact(c.zh, "", c.slug); have != c.want {
			t.Errorf("Exact(%s) in %s: have %v, want %v", c.zh, c.slug, have, c.want)
		}
	}
	if have := m.Fuzzy("加强学校体育工作", "education", 3); len(have) != 1 {
		t.Errorf("Fuzzy in education: have %v, want the education plan's match", have)
	}
	if have := m.Fuzzy("加强学校体育工作", "consumption", 3); len(have) != 0 {
		t.Errorf("Fuzzy in consumption: have %v, want none", have)
	}
}
