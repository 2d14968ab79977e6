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
	for k := 1; k <= 1000; k++ {
		c := County(k)
		if seen[c] || !strings.HasSuffix(c, "县") {
			t.Errorf("County(%d) = %s: repeated or not a county", k, c)
		}
		seen[c] = true
	}
	if c := County(1); c != "东山县" {
		t.Errorf("County(1) = %s, want 东山县", c)
	}
}

// TestCopyIssuer: a copy's issuer is the same body of its own county, in
// the province the source's names, if any: its government is the county.
func TestCopyIssuer(t *testing.T) {
	for _, tt := range []struct{ issuer, want string }{
		{"安徽省人民政府办公厅", "安徽省东山县人民政府办公厅"},
		{"淄川区人民政府", "东山县人民政府"},
		{"福州市人民政府办公厅", "东山县人民政府办公厅"},
		{"北京市西城区教育委员会", "北京市东山县教育委员会"},
		{"北京市市场监督管理局", "北京市东山县市场监督管理局"},
		{"广西壮族自治区南宁市人民政府", "广西壮族自治区东山县人民政府"},
		{"省粮食和物资储备局", "东山县粮食和物资储备局"},
		{"中共明溪县委", "中共东山县委"},
		{"安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室", "安徽省东山县推进“三地一区”建设领导小组改革开放新高地执行小组办公室"},
	} {
		if have := countyIssuer(tt.issuer, "东山县"); have != tt.want {
			t.Errorf("countyIssuer(%s): have %s, want %s", tt.issuer, have, tt.want)
		}
	}
	seeds, err := Seeds(Sources + 4)
	if err != nil {
		t.Fatal(err)
	}
	// The fourth copy is the Anhui industrial-internet plan's, under the
	// fourth county.
	doc, err := parse.Parse(seeds[Sources+3].Name, seeds[Sources+3].Data)
	if err != nil {
		t.Fatal(err)
	}
	if have, want := doc.Meta.Issuer, "安徽省"+County(4)+"人民政府办公厅"; have != want {
		t.Errorf("%s: issuer %s, want %s", seeds[Sources+3].Name, have, want)
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
