package site_test

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// roleRule is a rule of 淄川区 whose duties name roles: 教育行政部门, which
// the registry says the District Education and Sports Bureau holds, and
// 公安机关, which it does not say.
const roleRule = "淄川区校车安全管理办法\n\n" +
	"第一条　为了加强校车安全管理，制定本办法。\n" +
	"第二条　县级以上人民政府教育行政部门负责校车安全管理工作。\n" +
	"第三条　公安机关负责校车通行安全管理，教育行政部门配合。\n"

// TestDepartmentDutiesFromRoles: a rule's duty assigned to a role the
// registry resolves is listed on the department's page, linking to the
// article, in both languages; a role it does not resolve has a page of
// its own, named by rule in English, saying the registry lacks it, and
// the build warns once at its line.
func TestDepartmentDutiesFromRoles(t *testing.T) {
	s, err := site.Build(roleProject(t, roleRule))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/departments/education-sports-bureau/index.html"
		links := hrefs(name, findAll(dom(t, s, name), tag("main"))[0])
		for _, want := range []string{lang + "/zichuan-school-bus-2023/art_2/index.html", lang + "/zichuan-school-bus-2023/art_3/index.html"} {
			if !slices.ContainsFunc(links, func(l string) bool { return strings.HasPrefix(l, strings.TrimSuffix(want, "index.html")) || l == want }) {
				t.Errorf("%s: no link to %s among %v", name, want, links)
			}
		}
		// The page says by which role the plan assigns the duties.
		as := findAll(dom(t, s, name), tag("p", "class", "dept-as-roles"))
		wantAs := map[string]string{"zh": "教育行政部门", "en": "Education Administrative Department (教育行政部门)"}[lang]
		if len(as) != 1 || !strings.Contains(text(as[0]), wantAs) {
			t.Errorf("%s: role sentence %v, want one naming %q", name, as, wantAs)
		}
		role := lang + "/departments/zichuan-gong-an-ji-guan/index.html"
		page := text(dom(t, s, role))
		want := map[string][]string{"zh": {"公安机关", "职能部门"}, "en": {"Public Security Authority", "role"}}[lang]
		for _, w := range want {
			if !strings.Contains(page, w) {
				t.Errorf("%s lacks %q", role, w)
			}
		}
	}
	// The export says it too: the department's roles, and which
	// department is a role of its own.
	export := string(s.Files["data/zichuan-school-bus-2023.json"])
	for _, want := range []string{`"asRoles": [`, `"教育行政部门"`, `"role": true`} {
		if !strings.Contains(export, want) {
			t.Errorf("data/zichuan-school-bus-2023.json lacks %s", want)
		}
	}
	var warned []string
	for _, w := range s.Warnings {
		if strings.Contains(w.Msg, "role") {
			warned = append(warned, w.String())
		}
	}
	if len(warned) != 1 || !strings.HasPrefix(warned[0], "seeds/zichuan-school-bus-2023.txt:5:") || !strings.Contains(warned[0], "role 公安机关") {
		t.Errorf("warnings %q, want one for 公安机关 at its line", warned)
	}
}

// roleProject is the frozen project with rule as the seed
// zichuan-school-bus-2023, a plan of 淄川区, whose registry entry says
// the District Education and Sports Bureau holds the role 教育行政部门.
func roleProject(t *testing.T, rule string) fstest.MapFS {
	t.Helper()
	m := testproject.Map(t)
	reg := string(m["content/departments.yaml"].Data)
	const gov = "- government: zichuan\n  name: 淄川区\n  full: 山东省淄博市淄川区\n  en: Zichuan District\n  within: shandong\n"
	if !strings.Contains(reg, gov) {
		t.Fatal("the frozen registry has no zichuan government as expected")
	}
	m["content/departments.yaml"].Data = []byte(strings.Replace(reg, gov,
		gov+"  plans: [zichuan-school-bus-2023]\n  roles:\n    教育行政部门: education-sports-bureau\n", 1))
	m["seeds/zichuan-school-bus-2023.txt"] = &fstest.MapFile{Data: []byte(rule)}
	return m
}

// TestDepartmentShallDuties: a rule's duty stated with 应当 is its
// subject's, as one stated with 负责 is: the department holding the role
// lists it, linking to the article, and a role no department holds has
// its page; the district government's 应当 and 单位和个人应当 are no
// department's duty.
func TestDepartmentShallDuties(t *testing.T) {
	const rule = "淄川区校车安全管理办法\n\n" +
		"第一条　为了加强校车安全管理，制定本办法。\n" +
		"第二条　县级以上人民政府教育行政部门应当建立校车安全管理制度。\n" +
		"第三条　公安机关应当依法查处校车交通违法行为。\n" +
		"第四条　区人民政府应当统筹校车服务。单位和个人应当遵守本办法。\n"
	s, err := site.Build(roleProject(t, rule))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/departments/education-sports-bureau/index.html"
		links := hrefs(name, findAll(dom(t, s, name), tag("main"))[0])
		at := func(art string) bool {
			return slices.ContainsFunc(links, func(l string) bool {
				return strings.HasPrefix(l, lang+"/zichuan-school-bus-2023/"+art+"/")
			})
		}
		if !at("art_2") || at("art_4") {
			var into []string
			for _, l := range links {
				if strings.Contains(l, "zichuan-school-bus-2023/art_") {
					into = append(into, l)
				}
			}
			t.Errorf("%s: links into the rule %v, want one to art_2 and none to art_4", name, into)
		}
		role := lang + "/departments/zichuan-gong-an-ji-guan/index.html"
		if _, ok := s.Files[role]; !ok {
			t.Errorf("no page %s for the role 公安机关 of 第三条", role)
		}
	}
	for name := range s.Files {
		if strings.Contains(name, "/departments/") && (strings.Contains(name, "ren-min-zheng-fu") || strings.Contains(name, "dan-wei")) {
			t.Errorf("a page %s for no department", name)
		}
	}
}

// TestLibraryRolesOfBeijing: in the library, the Beijing railway
// regulation's duties assigned to roles are the duties of the city's
// departments the frozen registry says hold them (公安机关 → 市公安局), and
// the role it leaves unresolved (消防救援主管部门) has its page, in
// English "Competent Fire and Rescue Authority".
func TestLibraryRolesOfBeijing(t *testing.T) {
	s := libraryBuilt(t)
	const rule = "beijing-railway-safety-2023"
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/departments/bj-public-security-bureau/index.html"
		links := hrefs(name, findAll(dom(t, s, name), tag("main"))[0])
		if !slices.ContainsFunc(links, func(l string) bool { return strings.HasPrefix(l, lang+"/"+rule+"/art_6") }) {
			t.Errorf("%s: no link into %s's article 6 among %v", name, rule, links)
		}
		role := lang + "/departments/beijing-xiao-fang-jiu-yuan-zhu-guan-bu-men/index.html"
		want := map[string]string{"zh": "消防救援主管部门", "en": "Competent Fire and Rescue Authority"}[lang]
		if h := findAll(dom(t, s, role), tag("h1")); len(h) != 1 || !strings.Contains(text(h[0]), want) {
			t.Errorf("%s: heading %v, want %q", role, h, want)
		}
	}
}

// TestLibraryOneRoleOfAba: the Aba prefecture's data rules name one role
// as 州数据资源主管部门 and as 数据资源主管部门; it has one page, named by
// the fuller form, listing the duties of both (第八条, 第四十六条).
func TestLibraryOneRoleOfAba(t *testing.T) {
	s := libraryBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		if name := lang + "/departments/aba-shu-ju-zi-yuan-zhu-guan-bu-men/index.html"; s.Files[name] != nil {
			t.Errorf("%s: a second page for the bare form of the role", name)
		}
		name := lang + "/departments/aba-zhou-shu-ju-zi-yuan-zhu-guan-bu-men/index.html"
		links := hrefs(name, findAll(dom(t, s, name), tag("main"))[0])
		for _, art := range []string{"art_8", "art_46"} {
			if !slices.ContainsFunc(links, func(l string) bool { return strings.HasPrefix(l, lang+"/aba-gov-data-2021/"+art+"/") }) {
				t.Errorf("%s: no link to %s", name, art)
			}
		}
	}
}
