package dept

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// counties loads testdata/: a registry of two counties of one city with
// the same department names, and five plans — two of 青山县, one of 白水县,
// one of 绿谷县 (which the registry does not declare) and one without
// issuer that the registry gives to 白水县.
func counties(t *testing.T) (*Registry, map[string]*Responsibilities, []*Department) {
	t.Helper()
	data, err := os.ReadFile("testdata/registry.yaml")
	if err != nil {
		t.Fatal(err)
	}
	reg, err := ParseRegistry("testdata/registry.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("testdata plans: %v %v", files, err)
	}
	bySlug := map[string]*Responsibilities{}
	var all []*Responsibilities
	for _, f := range files {
		r := Assign(testproject.ParseFile(t, f), reg)
		bySlug[r.Doc.Slug] = r
		all = append(all, r)
	}
	return reg, bySlug, Departments(all...)
}

func TestGovernmentOf(t *testing.T) {
	_, plans, _ := counties(t)
	tests := []struct {
		plan, gov, how, en string
		declared           bool
	}{
		{"qingshan-budget-2023", "qingshan", "place", "Qingshan County", true},   // 青山县人民政府
		{"qingshan-schools-2023", "qingshan", "issuer", "Qingshan County", true}, // 青山县教育局, a registry full name
		{"baishui-budget-2023", "baishui", "place", "Baishui County", true},      // 白水县人民政府办公室
		{"lugu-budget-2023", "lvgu", "place", "Lügu County", false},              // 绿谷县: not declared; 绿 is lü, written ü
		{"unsigned-2023", "baishui", "plans", "Baishui County", true},            // no issuer; the registry lists it
	}
	for _, tt := range tests {
		t.Run(tt.plan, func(t *testing.T) {
			rs := plans[tt.plan].Resolver
			if rs.Gov == nil {
				t.Fatalf("no government; want %s", tt.gov)
			}
			if rs.Gov.ID != tt.gov || rs.How != tt.how || rs.Gov.EN != tt.en || rs.Gov.Declared != tt.declared || rs.Scope != tt.gov {
				t.Errorf("have %s by %s (%q, declared %v), want %s by %s (%q, declared %v)",
					rs.Gov.ID, rs.How, rs.Gov.EN, rs.Gov.Declared, tt.gov, tt.how, tt.en, tt.declared)
			}
		})
	}
}

// TestGovernmentOfJoint: a plan issued jointly by a Party committee and
// a government (Meta.Issuer 中共青山县委、青山县人民政府) is the
// government's, whose place the second body names; one issued by a
// registered department and another is that department's government.
func TestGovernmentOfJoint(t *testing.T) {
	reg, _, _ := counties(t)
	for _, tt := range []struct{ issuer, gov, how string }{
		{"中共青山县委、青山县人民政府", "qingshan", "place"},
		{"中共绿谷县委、绿谷县人民政府", "lvgu", "place"},
		{"中共某某委员会、青山县教育局", "qingshan", "issuer"},
	} {
		t.Run(tt.issuer, func(t *testing.T) {
			g, how := reg.GovernmentOf(&plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: tt.issuer}})
			if g == nil || g.ID != tt.gov || how != tt.how {
				t.Errorf("have %v by %q, want %s by %s", g, how, tt.gov, tt.how)
			}
		})
	}
}

// TestSameNameTwoCounties: 县财政局 and 县教育局 of 青山县, 白水县 and 绿谷县
// are different departments, registered or not; 市财政局, the city's,
// which the registry puts above both counties, is one department named by
// both; 县教育局 of 青山县 is one department in its two plans.
func TestSameNameTwoCounties(t *testing.T) {
	_, _, index := counties(t)
	have := map[string]string{}
	for _, d := range index {
		var plans []string
		for _, r := range d.Plans {
			plans = append(plans, r.Doc.Slug)
		}
		gov := "-"
		if d.Gov != nil {
			gov = d.Gov.ID
		}
		have[d.Slug] = d.Name + " " + gov + " " + strings.Join(plans, ",")
	}
	want := map[string]string{
		"qingshan-finance-bureau":   "县财政局 qingshan qingshan-budget-2023,qingshan-schools-2023",
		"qingshan-education-bureau": "县教育局 qingshan qingshan-budget-2023,qingshan-schools-2023",
		"qingshan-xian-shui-li-ju":  "县水利局 qingshan qingshan-budget-2023",
		"baishui-finance-bureau":    "县财政局 baishui baishui-budget-2023,unsigned-2023",
		"baishui-xian-jiao-yu-ju":   "县教育局 baishui baishui-budget-2023,unsigned-2023",
		"baishui-xian-shui-li-ju":   "县水利局 baishui baishui-budget-2023",
		"lvgu-xian-cai-zheng-ju":    "县财政局 lvgu lugu-budget-2023",
		"lvgu-xian-jiao-yu-ju":      "县教育局 lvgu lugu-budget-2023",
		"zibo-finance-bureau":       "市财政局 zibo baishui-budget-2023,qingshan-budget-2023",
	}
	for slug, w := range want {
		if have[slug] != w {
			t.Errorf("%s: have %q, want %q", slug, have[slug], w)
		}
	}
	if len(have) != len(want) {
		t.Errorf("have %d departments %v, want %d", len(have), have, len(want))
	}
}

func TestPlaceLevels(t *testing.T) {
	tests := []struct{ issuer, levels, id, en string }{
		{"安化县人民政府办公室", "安化县", "anhua", "Anhua County"},
		{"北京市西城区教育委员会", "北京市 西城区", "beijing-xicheng", "Xicheng District, Beijing"},
		{"北京市市场监督管理局", "北京市", "beijing", "Beijing"},
		{"福州市人民政府办公厅", "福州市", "fuzhou", "Fuzhou"},
		{"阿坝州人民政府办公室", "阿坝州", "aba", "Aba Tibetan and Qiang Autonomous Prefecture"},
		{"阿坝藏族羌族自治州人民政府", "阿坝藏族羌族自治州", "abazangzuqiangzu", "Aba Tibetan and Qiang Autonomous Prefecture"},
		{"阿坝县人民政府", "阿坝县", "aba", "Aba County"},
		{"安徽省推进“三地一区”建设领导小组", "安徽省", "anhui", "Anhui Province"},
		{"中共淄川区委", "淄川区", "zichuan", "Zichuan District"},
		{"广西壮族自治区人民政府", "广西壮族自治区", "guangxizhuangzu", "Guangxi Zhuang Autonomous Region"},
		{"省粮食和物资储备局", "", "", ""},
		{"区教体局", "", "", ""},
		{"市促进房地产市场平稳健康发展领导小组办公室", "", "", ""}, // 市场, a market
	}
	for _, tt := range tests {
		t.Run(tt.issuer, func(t *testing.T) {
			levels := placeLevels(tt.issuer)
			if got := strings.Join(levels, " "); got != tt.levels {
				t.Fatalf("levels: have %q, want %q", got, tt.levels)
			}
			if len(levels) == 0 {
				return
			}
			if g := placeGovernment(levels); g.ID != tt.id || g.EN != tt.en || g.Name != strings.ReplaceAll(tt.levels, " ", "") {
				t.Errorf("have %s %q %q, want %s %q", g.ID, g.EN, g.Name, tt.id, tt.en)
			}
		})
	}
}

// TestProjectGovernments: the project's plan is Zichuan's (its issuer,
// 淄川区人民政府, is a registry department), and the corpus plans with
// responsibility lists find theirs.
func TestProjectGovernments(t *testing.T) {
	reg := registry(t)
	for _, tt := range []struct{ file, gov, how string }{
		{testproject.Path("seeds/zichuan-education-2022.txt"), "zichuan", "issuer"},
		{corpus("shandong-education-2021.txt"), "shandong", "names"}, // no issuer printed
		{corpus("anhui-industrial-internet-2021.txt"), "anhui", "place"},
		{corpus("anhui-rcep-2022.txt"), "anhui", "place"},
		{corpus("anhua-realestate-2022.txt"), "anhua", "place"},
	} {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			g, how := reg.GovernmentOf(testproject.ParseFile(t, tt.file))
			if g == nil || g.ID != tt.gov || how != tt.how {
				t.Errorf("have %v by %q, want %s by %s", g, how, tt.gov, tt.how)
			}
		})
	}
	if g := reg.Government("zichuan"); g == nil || g.Within != "shandong" || g.NameIn("en") != "Zichuan District" || g.NameIn("zh") != "淄川区" {
		t.Errorf("zichuan: %+v", g)
	}
}

func corpus(name string) string {
	return filepath.Join(testproject.Repo(), "generator", "testdata", "corpus", name)
}

func TestGovernmentErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"within undeclared", "- government: a\n  name: 甲县\n  en: A County\n  within: b\n", `reg.yaml:1: government a: within "b", which the registry does not declare`},
		{"circle", "- government: a\n  name: 甲县\n  en: A\n  within: b\n- government: b\n  name: 乙县\n  en: B\n  within: a\n", "within runs in a circle"},
		{"twice", "- government: a\n  name: 甲县\n  en: A\n- government: a\n  name: 乙县\n  en: B\n", `reg.yaml:4: government "a" already declared (line 1)`},
		{"no en", "- government: a\n  name: 甲县\n", `government "a" has no en`},
		{"unknown field", "- government: a\n  name: 甲县\n  en: A\n  parent: b\n", `unknown field "parent" (expected government, name, full, en, within, national, plans, roles)`},
		{"plan twice", "- government: a\n  name: 甲县\n  en: A\n  plans: [x]\n- government: b\n  name: 乙县\n  en: B\n  plans: [x]\n", `plan "x" already issued by government a (line 1)`},
		{"former is a slug", "- name: 甲局\n  en: A\n  kind: other\n  slug: a\n- name: 乙局\n  en: B\n  kind: other\n  slug: b\n  former: [a]\n", `former slug "a" of 乙局 is the slug of 甲局 (line 1)`},
		{"former twice", "- name: 甲局\n  en: A\n  kind: other\n  slug: a\n  former: [c]\n- name: 乙局\n  en: B\n  kind: other\n  slug: b\n  former: [c]\n", `former slug "c" of 乙局 is already a former slug of 甲局`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRegistry("reg.yaml", []byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("have %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestFormerSlug: a department registered after its pinyin page was
// published names that slug as former; Former finds it, and a name the
// registry lacks never takes a former slug.
func TestFormerSlug(t *testing.T) {
	reg, _, _ := counties(t)
	if e := reg.Former("qingshan-xian-jiao-yu-ju"); e == nil || e.Slug != "qingshan-education-bureau" {
		t.Errorf("Former: have %v", e)
	}
	doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: "青山县人民政府"}}
	rs := NewResolver(reg, doc)
	if e := rs.Resolve("县教育局", 0); e.Slug != "qingshan-education-bureau" {
		t.Errorf("县教育局 of 青山县: %s", e.Slug)
	}
	// A name whose pinyin slug is retired gets the next one.
	reg.former["qingshan-xian-wei-sheng-ju"] = reg.slugs["qingshan-education-bureau"]
	if e := rs.Resolve("县卫生局", 0); e.Slug != "qingshan-xian-wei-sheng-ju-2" {
		t.Errorf("slug %s, want qingshan-xian-wei-sheng-ju-2", e.Slug)
	}
}

// TestSamePinyinTwoGovernments: 福州市 and 抚州市, neither declared, are
// both fuzhou in pinyin; their 市财政局 are two departments all the same,
// and each keeps its slug when the index is made again (the preview's
// next load).
func TestSamePinyinTwoGovernments(t *testing.T) {
	reg, err := ParseRegistry("reg.yaml", []byte("[]"))
	if err != nil {
		t.Fatal(err)
	}
	doc := func(slug, issuer string) *Responsibilities {
		d, err := parse.Parse("seeds/"+slug+".txt", []byte("发文机关："+issuer+"\n成文日期：2023-03-01\n2023年工作要点\n一、加强管理\n1．编制预算。（市财政局负责）\n"))
		if err != nil {
			t.Fatal(err)
		}
		return Assign(d, reg)
	}
	a, b, c := doc("a", "福州市人民政府"), doc("b", "抚州市人民政府"), doc("c", "福州市人民政府办公厅")
	for range 2 {
		index := Departments(a, b, c)
		have := map[string]string{}
		for _, d := range index {
			var plans []string
			for _, r := range d.Plans {
				plans = append(plans, r.Doc.Slug)
			}
			have[d.Slug] = d.Gov.Name + " " + strings.Join(plans, ",")
		}
		want := map[string]string{"fuzhou-shi-cai-zheng-ju": "福州市 a,c", "fuzhou-shi-cai-zheng-ju-2": "抚州市 b"}
		if len(have) != len(want) || have["fuzhou-shi-cai-zheng-ju"] != want["fuzhou-shi-cai-zheng-ju"] || have["fuzhou-shi-cai-zheng-ju-2"] != want["fuzhou-shi-cai-zheng-ju-2"] {
			t.Errorf("have %v, want %v", have, want)
		}
	}
	if b.Departments[0].URL("zh") != "/zh/departments/fuzhou-shi-cai-zheng-ju-2/" {
		t.Errorf("抚州市's 市财政局 links to %s", b.Departments[0].URL("zh"))
	}
}

// TestWithinDeclared: a county the registry does not declare, whose
// issuer names the province above it (安徽省东山县人民政府), is a government
// of its own within the province: its plan's 省教育厅 is Anhui's, its
// 县教育局 its own, and its English name is the county's.
func TestWithinDeclared(t *testing.T) {
	reg, err := Load(testproject.FS(), "content/departments.yaml")
	if err != nil {
		t.Fatal(err)
	}
	doc := &plan.Document{Slug: "x", File: "seeds/x.txt", Meta: plan.Meta{Issuer: "安徽省东山县人民政府办公室"}}
	rs := NewResolver(reg, doc)
	if g := rs.Gov; g == nil || g.ID != "anhui-dongshan" || g.EN != "Dongshan County, Anhui Province" || g.Within != "anhui" {
		t.Fatalf("government of 安徽省东山县人民政府办公室: have %+v, want anhui-dongshan, Dongshan County, Anhui Province, within anhui", g)
	}
	if e := rs.Resolve("省教育厅", 0); e.Slug != "ah-education-department" {
		t.Errorf("省教育厅 of 安徽省东山县: have %s, want Anhui's (ah-education-department)", e.Slug)
	}
	if e := rs.Resolve("县教育局", 0); e.Known || e.Slug != "anhui-dongshan-xian-jiao-yu-ju" || e.NameIn("en") != "County Education Bureau" {
		t.Errorf("县教育局 of 安徽省东山县: have %s known %v %q, want its own page, anhui-dongshan-xian-jiao-yu-ju, County Education Bureau", e.Slug, e.Known, e.NameIn("en"))
	}
	if _, en, _ := GovernmentBody("安徽省东山县人民政府办公室", rs.Gov); en != "Office of the Dongshan County People's Government" {
		t.Errorf("安徽省东山县人民政府办公室 in English: have %q", en)
	}
	// A county of a province the registry does not declare lies within
	// none.
	if g, _ := reg.GovernmentOf(&plan.Document{Meta: plan.Meta{Issuer: "湖南省安化县人民政府"}}); g == nil || g.Within != "" {
		t.Errorf("湖南省安化县: have %+v, want a government within none", g)
	}
}

// TestScopeTypo: a department's scope a letter off a declared government
// (zichaun for zichuan) is an error naming the government meant, where the
// department silently became a government's of its own and left the
// plan; a scope far from any declared one still makes its own.
func TestScopeTypo(t *testing.T) {
	const govs = "- government: zichuan\n  name: 淄川区\n  en: Zichuan District\n"
	for _, tt := range []struct{ scope, want string }{
		{"zichaun", `reg.yaml:4: 区教体局: scope "zichaun" is not declared; did you mean zichuan (line 1)? If it is another government, declare it (- government: zichaun)`},
		{"zichuang", `reg.yaml:4: 区教体局: scope "zichuang" is not declared; did you mean zichuan (line 1)? If it is another government, declare it (- government: zichuang)`},
		{"zichun", `reg.yaml:4: 区教体局: scope "zichun" is not declared; did you mean zichuan (line 1)? If it is another government, declare it (- government: zichun)`},
		{"zibo", ""},
		{"zichuan", ""},
	} {
		t.Run(tt.scope, func(t *testing.T) {
			_, err := ParseRegistry("reg.yaml", []byte(govs+"- name: 区教体局\n  en: Education Bureau\n  kind: government\n  scope: "+tt.scope+"\n  slug: edu\n"))
			have := ""
			if err != nil {
				have = err.Error()
			}
			if have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		a, b string
		want bool
	}{{"ab", "ba", true}, {"abc", "acb", true}, {"abc", "abd", true}, {"abc", "ab", true}, {"abc", "abc", false}, {"abc", "cba", false}, {"a", "abc", false}} {
		if have := oneEditApart(tt.a, tt.b); have != tt.want {
			t.Errorf("oneEditApart(%q, %q): have %v, want %v", tt.a, tt.b, have, tt.want)
		}
	}
}
