package site

import (
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/view"
)

// TestGlossaryTermOfPlans: a glossary term given for some plans (体育:
// physical education, the education plans' sense) is given on their
// English pages, where a passage waits for its translation, and in a title
// made by rule; another plan's (体育消费: sports consumption) gives no
// "physical education", and its title names the subject by the subjects
// vocabulary (Sports), where 体育 read "physical education" in every plan.
func TestGlossaryTermOfPlans(t *testing.T) {
	m := testproject.Map(t)
	gl := string(m["content/glossary.yaml"].Data)
	const entry = "- zh: 体育\n  en: physical education\n"
	if !strings.Contains(gl, entry) {
		t.Fatal("the frozen glossary has no 体育")
	}
	m["content/glossary.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(gl, entry, entry+"  plans: [school-sports]\n", 1))}
	m["seeds/school-sports.txt"] = &fstest.MapFile{Data: []byte("淄川区学校体育发展规划\n一、总体要求\n开齐开足体育课。\n")}
	m["seeds/sports-consumption.txt"] = &fstest.MapFile{Data: []byte("淄川区体育发展规划\n一、总体要求\n扩大体育消费。\n")}
	b := loadOnce(t, m)
	for _, tt := range []struct {
		slug, title string
		pe          bool
	}{
		{"school-sports", "Plan of Zichuan District", true}, // 学校 is no subject the rule knows
		{"sports-consumption", "Plan of Zichuan District for Sports Development", false},
	} {
		d := b.Plan("en", tt.slug)
		if have := d.Title(); have != tt.title {
			t.Errorf("%s: have title %q, want %q", tt.slug, have, tt.title)
		}
		pe := false
		d.WalkViews(func(n *view.Node) {
			for _, g := range n.PendingTerms() {
				pe = pe || g.EN == "physical education"
			}
		})
		if pe != tt.pe {
			t.Errorf("%s: gives 体育 as physical education %v, want %v", tt.slug, pe, tt.pe)
		}
	}
}
