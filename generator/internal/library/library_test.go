package library

import (
	"strings"
	"testing"

	"plansite/generator/parse"
)

// TestSeedsDistinct checks that a library of 30 plans (two rounds and a
// part) has distinct slugs, that every copy parses like its source, and
// that every issuer a text names is distinct.
func TestSeedsDistinct(t *testing.T) {
	seeds, err := Seeds(30)
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) != 30 {
		t.Fatalf("have %d seeds, want 30", len(seeds))
	}
	names := map[string]bool{}
	issuers := map[string]string{}
	nodes := map[int]int{} // source → top-level nodes
	for i, s := range seeds {
		if names[s.Name] {
			t.Errorf("two seeds named %s", s.Name)
		}
		names[s.Name] = true
		doc, err := parse.Parse(s.Name, s.Data)
		if err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
		if n, ok := nodes[i%Sources]; ok && n != len(doc.Nodes) {
			t.Errorf("%s: have %d top-level nodes, its source has %d", s.Name, len(doc.Nodes), n)
		}
		nodes[i%Sources] = len(doc.Nodes)
		if iss := doc.Meta.Issuer; iss != "" {
			if other, dup := issuers[iss]; dup {
				t.Errorf("%s and %s both issued by %s", other, s.Name, iss)
			}
			issuers[iss] = s.Name
		}
	}
	if !names["seeds/zichuan-education-2022.txt"] || !names["seeds/zichuan-education-2022-2.txt"] {
		t.Errorf("the Zichuan plan and its first copy are missing: %v", names)
	}
	if len(issuers) < 20 {
		t.Errorf("have %d distinct issuers in 30 plans, want at least 20", len(issuers))
	}
}

func TestCounty(t *testing.T) {
	seen := map[string]bool{}
	for r := 1; r <= 100; r++ {
		c := County(r)
		if seen[c] || !strings.HasSuffix(c, "县") {
			t.Errorf("County(%d) = %s: repeated or not a county", r, c)
		}
		seen[c] = true
	}
}

func TestPlanSize(t *testing.T) {
	n := ItemsFor(5 << 20)
	size := len(Plan(n))
	if size < 4<<20 || size > 6<<20 {
		t.Errorf("Plan(ItemsFor(5 MB)) is %d bytes, want about 5 MB", size)
	}
	// 250 items are three parts, 100 one: two more top-level nodes.
	small, err := parse.Parse("seeds/x.txt", Plan(100))
	if err != nil {
		t.Fatal(err)
	}
	big, err := parse.Parse("seeds/x.txt", Plan(250))
	if err != nil {
		t.Fatal(err)
	}
	if len(big.Nodes)-len(small.Nodes) != 2 {
		t.Errorf("Plan(250) has %d top-level nodes, Plan(100) %d: want two more parts", len(big.Nodes), len(small.Nodes))
	}
}

func TestProject(t *testing.T) {
	m, err := Project(3)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"templates/base.html", "content/i18n/zh.yaml", "content/departments.yaml", "seeds/zichuan-education-2022.txt"} {
		if _, ok := m[want]; !ok {
			t.Errorf("project lacks %s", want)
		}
	}
	var seeds int
	for name := range m {
		if strings.HasPrefix(name, "seeds/") {
			seeds++
		}
	}
	if seeds != 3 {
		t.Errorf("have %d seeds, want 3", seeds)
	}
}
