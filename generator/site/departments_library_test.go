package site_test

import (
	"bytes"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"plansite/generator/internal/library"
	"plansite/generator/internal/testproject"
	"plansite/generator/plan"
	"plansite/generator/site"
)

// libraryBuilt is the site of the frozen library of the Zichuan plan and
// the 13 corpus plans, built once per test binary (site.LibrarySite). It
// takes seconds, so not under -short.
func libraryBuilt(t *testing.T) *site.Site {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a library of 14 plans")
	}
	return site.LibrarySite(t, library.Sources)
}

// twoPlans is a department with tasks in two plans of the library: the
// Anhui Provincial Department of Commerce (省商务厅), named by the
// industrial internet policy and the RCEP opinions.
const (
	twoPlans    = "ah-commerce-department"
	twoPlansOne = "anhui-industrial-internet-2021"
	twoPlansTwo = "anhui-rcep-2022"
)

// TestLibraryDepartmentOfTwoPlans: the department's page has a section
// for each plan, in which every task links into that plan, with the counts
// of each plan adding up to the page's total. Each plan's counts are given
// once in the contents list and by its lists' headings, not a third time
// in a sentence above the lists.
func TestLibraryDepartmentOfTwoPlans(t *testing.T) {
	s := libraryBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			name := lang + "/departments/" + twoPlans + "/index.html"
			doc := dom(t, s, name)
			sections := findAll(doc, tag("section", "class", "dept-plan"))
			var ids []string
			for _, sec := range sections {
				ids = append(ids, attr(sec, "aria-labelledby"))
			}
			if want := []string{"plan-" + twoPlansOne, "plan-" + twoPlansTwo}; !slices.Equal(ids, want) {
				t.Fatalf("plan sections %v, want %v", ids, want)
			}
			for i, sec := range sections {
				slug := []string{twoPlansOne, twoPlansTwo}[i]
				tasks := 0
				for _, li := range findAll(sec, tag("ul", "class", "dept-tasks")) {
					for _, target := range hrefs(name, li) {
						if !strings.HasPrefix(target, lang+"/"+slug+"/") {
							t.Errorf("%s: a task of %s links to %s", name, slug, target)
						}
						tasks++
					}
				}
				if tasks == 0 {
					t.Errorf("%s: no tasks listed under %s", name, slug)
				}
				// A plan's counts are said once in its section, by the
				// heading of each list (Tasks led 5): the sentence that
				// said them again above the lists (Leads 5 tasks;
				// supports 2 tasks.), after the contents list had said
				// them, is gone.
				if c := findAll(sec, tag("p", "class", "dept-plan-counts")); len(c) != 0 {
					t.Errorf("%s: %s says its counts again above its lists: %q", name, slug, text(c[0]))
				}
			}
			// The contents list names both plans with their counts; the
			// counts of the plans add up to the department's, and each
			// plan's to its lists' headings.
			toc := findAll(doc, tag("nav", "class", "dept-plans-toc"))
			if len(toc) != 1 {
				t.Fatalf("%s: %d plan contents lists, want 1", name, len(toc))
			}
			items := findAll(toc[0], tag("li"))
			if len(items) != 2 {
				t.Fatalf("%s: contents list has %d plans, want 2", name, len(items))
			}
			for i, sec := range sections {
				listed := 0
				for _, role := range findAll(sec, tag("section", "class", "dept-role")) {
					if strings.HasPrefix(attr(role, "aria-labelledby"), "due-") {
						continue // its deadlines: of the tasks counted already
					}
					listed += sumCounts(text(findAll(role, tag("span", "class", "count"))[0]))
				}
				if c := sumCounts(text(findAll(items[i], tag("span", "class", "dept-plan-count"))[0])); c != listed || c == 0 {
					t.Errorf("%s: the contents list counts %d for %s, its lists' headings %d", name, c, attr(sec, "aria-labelledby"), listed)
				}
			}
			facts := text(findAll(doc, tag("dl", "class", "dept-facts"))[0])
			total := sumCounts(facts)
			sum := 0
			for _, c := range findAll(toc[0], tag("span", "class", "dept-plan-count")) {
				sum += sumCounts(text(c))
			}
			if total == 0 || sum != total {
				t.Errorf("%s: plans count %d lists, the department %d (%q)", name, sum, total, facts)
			}
			wantPlans := map[string]string{"zh": "见于2份文件", "en": "Named in 2 plans"}[lang]
			if !strings.Contains(facts, wantPlans) {
				t.Errorf("%s: facts %q do not say %q", name, facts, wantPlans)
			}
			if strings.Contains(facts, " 0 ") || strings.Contains(facts, "0项") {
				t.Errorf("%s: facts count nothing: %q", name, facts)
			}
		})
	}
}

var number = regexp.MustCompile(`\d+`)

// sumCounts adds the numbers of a count sentence ("Leads 3 tasks; supports
// 2 tasks." → 5), leaving out "Named in 2 plans".
func sumCounts(s string) int {
	s, _, _ = strings.Cut(s, "Named in")
	s, _, _ = strings.Cut(s, "见于")
	n := 0
	for _, m := range number.FindAllString(s, -1) {
		v, _ := strconv.Atoi(m)
		n += v
	}
	return n
}

// TestLibraryDepartmentsByGovernment: the index groups departments by
// government with their counts, each government has its own index
// listing only its departments, and a department's page names its
// government; the counts add up to the index's total.
func TestLibraryDepartmentsByGovernment(t *testing.T) {
	s := libraryBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			name := lang + "/departments/index.html"
			doc := dom(t, s, name)
			nav := findAll(doc, tag("nav", "class", "gov-filter"))
			if len(nav) != 1 {
				t.Fatalf("%s: %d government filters, want 1", name, len(nav))
			}
			links := findAll(nav[0], tag("a"))
			govs := map[string]int{}
			total, sum := 0, 0
			for i, a := range links {
				n := sumCounts(text(a))
				target := resolve(name, attr(a, "href"))
				if i == 0 {
					total = n
					if target != name || attr(a, "aria-current") != "page" {
						t.Errorf("%s: first filter %s (aria-current %q), want this page, current", name, target, attr(a, "aria-current"))
					}
					continue
				}
				sum += n
				id := path.Base(path.Dir(target))
				govs[id] = n
				// The government's index: its departments, each page
				// naming the government.
				gdoc := dom(t, s, target)
				rows := findAll(gdoc, tag("th", "scope", "row"))
				if len(rows) != n {
					t.Errorf("%s: %d departments, the filter says %d", target, len(rows), n)
				}
				cur := findAll(gdoc, tag("a", "aria-current", "page"))
				if len(cur) != 1 || resolve(target, attr(cur[0], "href")) != target {
					t.Errorf("%s: the filter does not mark this government current", target)
				}
				for _, row := range rows[:min(len(rows), 5)] {
					dept := hrefs(target, row)[0]
					gov := findAll(dom(t, s, dept), tag("dl", "class", "dept-facts"))[0]
					if got := hrefs(dept, gov); !slices.Contains(got, target) {
						t.Errorf("%s: lists %s, whose page links governments %v", target, dept, got)
					}
				}
			}
			if sum != total || total != len(findAll(doc, tag("th", "scope", "row"))) {
				t.Errorf("%s: governments count %d departments, all %d, rows %d", name, sum, total, len(findAll(doc, tag("th", "scope", "row"))))
			}
			// The plans' governments: Zichuan (its issuer), Shandong (its
			// names), Anhui (two plans), Anhua (a county the registry does
			// not declare).
			for _, id := range []string{"zichuan", "shandong", "anhui", "anhua"} {
				if govs[id] == 0 {
					t.Errorf("%s: no government %s among %v", name, id, govs)
				}
			}
		})
	}
	// Zichuan's 区教体局 is a department of Zichuan alone, and the county
	// of Anhua's departments are Anhua's, not another government's.
	if _, ok := s.Files["zh/departments/anhua-xian-cai-zheng-ju/index.html"]; !ok {
		t.Error("no page for 县财政局 of 安化县 at anhua-xian-cai-zheng-ju")
	}
	if got := len(findAll(dom(t, s, "zh/departments/education-sports-bureau/index.html"), tag("section", "class", "dept-plan"))); got != 1 {
		t.Errorf("区教体局: %d plans, want 1 (Zichuan's)", got)
	}
}

// TestLibraryDepartmentsInEnglish: the English department pages of the
// library carry no Chinese outside lang="zh" (a Chinese plan title is
// marked so; a department the registry lacks is named in pinyin).
func TestLibraryDepartmentsInEnglish(t *testing.T) {
	s := libraryBuilt(t)
	checked := 0
	for name, data := range s.Files {
		if !strings.HasPrefix(name, "en/departments/") || !strings.HasSuffix(name, ".html") {
			continue
		}
		checked++
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if found := chineseOutsideZh(doc); len(found) > 0 {
			t.Errorf("%s: Chinese outside lang=zh: %q", name, found[:min(3, len(found))])
		}
	}
	if checked < 50 {
		t.Errorf("checked %d English department pages, want the library's (50 or more)", checked)
	}
}

// chineseOutsideZh lists the texts and reader-facing attributes under n
// (title, alt, aria-label, placeholder) that hold Han characters outside
// an element with lang="zh…" (lang="" is not Chinese). Scripts and
// styles are not read; code samples (pre: the open-data page quotes the
// data files) are, as a screen reader reads them.
func chineseOutsideZh(n *html.Node) []string {
	var found []string
	var walk func(n *html.Node, zh bool)
	walk = func(n *html.Node, zh bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "template":
				return
			}
			for _, a := range n.Attr {
				if a.Key == "lang" {
					zh = strings.HasPrefix(strings.ToLower(a.Val), "zh")
				}
			}
			for _, a := range n.Attr {
				switch a.Key {
				case "title", "alt", "aria-label", "placeholder":
					if !zh && plan.HasHan(a.Val) {
						found = append(found, n.Data+"@"+a.Key+": "+a.Val)
					}
				}
			}
		}
		if n.Type == html.TextNode && !zh && plan.HasHan(n.Data) {
			found = append(found, strings.TrimSpace(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, zh)
		}
	}
	walk(n, false)
	return found
}

// TestFormerDepartmentSlug: a slug the registry lists as a department's
// former one keeps working — its page sends the reader to the
// department's page — and stays out of the sitemap.
func TestFormerDepartmentSlug(t *testing.T) {
	m := testproject.Map(t)
	reg := string(m["content/departments.yaml"].Data)
	const slugLine = "  slug: education-sports-bureau\n"
	if !strings.Contains(reg, slugLine) {
		t.Fatal("the frozen registry has no education-sports-bureau")
	}
	m["content/departments.yaml"].Data = []byte(strings.Replace(reg, slugLine, slugLine+"  former: [zichuan-qu-jiao-ti-ju]\n", 1))
	s, err := site.Build(m)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/departments/zichuan-qu-jiao-ti-ju/index.html"
		doc := dom(t, s, name)
		want := lang + "/departments/education-sports-bureau/index.html"
		refresh := findAll(doc, tag("meta", "http-equiv", "refresh"))
		if len(refresh) != 1 || !strings.HasSuffix(attr(refresh[0], "content"), "url=../education-sports-bureau/") {
			t.Errorf("%s: refresh %v, want one to ../education-sports-bureau/", name, refresh)
		}
		if links := hrefs(name, findAll(doc, tag("main"))[0]); !slices.Contains(links, want) {
			t.Errorf("%s: links %v, want %s", name, links, want)
		}
	}
	if sm := string(s.Files["sitemap.xml"]); strings.Contains(sm, "zichuan-qu-jiao-ti-ju") || !strings.Contains(sm, "education-sports-bureau") {
		t.Error("the sitemap lists the retired slug, or not the department")
	}
}

// TestLibraryPlanNamingNoDepartments: a plan that names no department
// (the Fuzhou real-estate notice) has a matrix page, and a plan that
// states no target (the Beijing railway regulation, whose duties are its
// roles') a targets page, that say so in a sentence, without the chart,
// its legend and empty tables a citizen would read as missing data; and
// neither its page, its card on the library home nor the departments
// index links to pages with nothing of it. A plan that names departments
// and targets (the Anhui industrial internet policy) keeps every link.
func TestLibraryPlanNamingNoDepartments(t *testing.T) {
	s := libraryBuilt(t)
	const noDepts, noTargets, some = "fuzhou-realestate-2016", "beijing-railway-safety-2023", twoPlansOne
	sentences := map[string][2]string{ // content/i18n: matrixNone, targetsNone
		"zh": {"本规划未列出责任单位。", "本规划未列出量化目标或时限承诺。"},
		"en": {"The plan names no responsible departments.", "The plan states no quantitative or dated commitment."},
	}
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			empty := []struct{ slug, page, sentence string }{
				{noDepts, "matrix", sentences[lang][0]},
				{noTargets, "targets", sentences[lang][1]},
			}
			for _, e := range empty {
				name := lang + "/" + e.slug + "/" + e.page + "/index.html"
				doc := dom(t, s, name)
				if n := len(findAll(doc, tag("table"))) + len(findAll(doc, tag("figure"))) + len(findAll(doc, tag("svg"))); n != 0 {
					t.Errorf("%s: %d tables, figures or charts, want none", name, n)
				}
				main := findAll(doc, tag("main"))
				if len(main) != 1 || !strings.Contains(text(main[0]), e.sentence) {
					t.Errorf("%s lacks the sentence %q", name, e.sentence)
				}
			}
			home := lang + "/index.html"
			linksOf := func(from, slug string) []string {
				if from != home {
					return hrefs(from, dom(t, s, from))
				}
				for _, c := range findAll(dom(t, s, home), tag("li", "class", "plan-card")) {
					if l := hrefs(home, c); slices.Contains(l, lang+"/"+slug+"/index.html") {
						return l
					}
				}
				return nil
			}
			for _, tt := range []struct {
				slug  string
				pages []string // pages the plan's page and card link to
				none  []string // pages they must not link to
			}{
				{noDepts, []string{"targets"}, []string{"matrix", "departments"}},
				{noTargets, []string{"matrix", "departments"}, []string{"targets"}},
				{some, []string{"matrix", "targets", "departments"}, nil},
			} {
				page := func(p string) string {
					if p == "departments" {
						return lang + "/departments/index.html"
					}
					return lang + "/" + tt.slug + "/" + p + "/index.html"
				}
				for _, from := range []string{lang + "/" + tt.slug + "/index.html", home} {
					links := linksOf(from, tt.slug)
					for _, p := range tt.pages {
						if !slices.Contains(links, page(p)) {
							t.Errorf("%s (%s): no link to %s", from, tt.slug, page(p))
						}
					}
					for _, p := range tt.none {
						if slices.Contains(links, page(p)) {
							t.Errorf("%s (%s): links to %s, which has nothing of it", from, tt.slug, page(p))
						}
					}
				}
			}
			index := lang + "/departments/index.html"
			if l := hrefs(index, dom(t, s, index)); slices.Contains(l, lang+"/"+noDepts+"/matrix/index.html") {
				t.Errorf("%s links to the empty matrix of %s", index, noDepts)
			}
		})
	}
}
