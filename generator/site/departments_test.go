package site_test

import (
	"bytes"
	"encoding/json"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"plansite/generator/site"
)

// deptBuilt is the site of the frozen project, built once per test binary.
func deptBuilt(t *testing.T) *site.Site {
	t.Helper()
	return site.FrozenSite(t)
}

// dom parses the built page name.
func dom(t *testing.T, s *site.Site, name string) *html.Node {
	t.Helper()
	data, ok := s.Files[name]
	if !ok {
		t.Fatalf("no file %s", name)
	}
	n, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// findAll returns the elements under n that match.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return strings.Contains(" "+attr(n, "class")+" ", " "+class+" ")
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// tag matches elements by name and, optionally, an attribute value.
func tag(name string, kv ...string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		if n.Data != name {
			return false
		}
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i] == "class" {
				if !hasClass(n, kv[i+1]) {
					return false
				}
			} else if attr(n, kv[i]) != kv[i+1] {
				return false
			}
		}
		return true
	}
}

// resolve turns an href on page from into the site file it names.
func resolve(from, href string) string {
	href, _, _ = strings.Cut(href, "#")
	if href == "" {
		return from
	}
	p := path.Join(path.Dir("/"+from), href)
	if strings.HasSuffix(href, "/") {
		p += "/index.html"
	}
	return strings.TrimPrefix(p, "/")
}

// hrefs lists the files the links under n point to, seen from page from.
func hrefs(from string, n *html.Node) []string {
	var out []string
	for _, a := range findAll(n, tag("a")) {
		out = append(out, resolve(from, attr(a, "href")))
	}
	return out
}

func TestDepartmentPages(t *testing.T) {
	s := deptBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			pages := 0
			for name := range s.Files {
				rest, ok := strings.CutPrefix(name, lang+"/departments/")
				if ok && strings.Count(rest, "/") == 1 && strings.HasSuffix(rest, "/index.html") {
					pages++
				}
			}
			if pages != 37 {
				t.Errorf("have %d department pages, want 37", pages)
			}
			index := lang + "/departments/index.html"
			rows := findAll(dom(t, s, index), tag("th", "scope", "row"))
			if len(rows) != 37 {
				t.Fatalf("index has %d rows, want 37", len(rows))
			}
			if have, want := hrefs(index, rows[0])[0], lang+"/departments/education-sports-bureau/index.html"; have != want {
				t.Errorf("first (busiest) department links to %s, want %s", have, want)
			}
			edu := lang + "/departments/education-sports-bureau/index.html"
			doc := dom(t, s, edu)
			tests := []struct {
				section string
				want    int
			}{
				{"lead-" + slug, 41},
				{"support-" + slug, 2},
				{"proj-" + slug, 17},
			}
			for _, tt := range tests {
				sec := findAll(doc, tag("section", "aria-labelledby", tt.section))
				if len(sec) != 1 {
					t.Fatalf("%s: have %d sections %s, want 1", edu, len(sec), tt.section)
				}
				items := findAll(sec[0], func(n *html.Node) bool { return n.Data == "li" })
				if len(items) != tt.want {
					t.Errorf("%s: %s lists %d, want %d", edu, tt.section, len(items), tt.want)
				}
				for _, target := range hrefs(edu, sec[0]) {
					if !strings.HasPrefix(target, lang+"/"+slug+"/") {
						t.Errorf("%s: %s links to %s, want a page of the plan", edu, tt.section, target)
					}
				}
			}
			// 区教体局 leads 58 of the 69 lists: 41 tasks and 17 key projects.
			if tags := findAll(doc, tag("span", "class", "role-tag")); len(tags) != 17 {
				t.Errorf("%s: %d key projects with a role, want 17", edu, len(tags))
			}
		})
	}
}

func TestProjectTaskLinks(t *testing.T) {
	s := deptBuilt(t)
	tests := []struct {
		project, task string
	}{
		{"proj_1", "part_2__sec_2__item_1"},  // 幼儿园建设与提升工程 ↔ 二（二）1
		{"proj_12", "part_2__sec_2__item_6"}, // “十四五”特殊教育提升行动 ↔ 二（二）6
	}
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			for i := 1; i <= 20; i++ {
				name := lang + "/" + slug + "/proj_" + strconv.Itoa(i) + "/index.html"
				sec := findAll(dom(t, s, name), tag("section", "class", "xref"))
				if len(sec) != 1 {
					t.Errorf("%s: have %d key project ↔ task sections, want 1", name, len(sec))
					continue
				}
				if len(findAll(sec[0], tag("p", "class", "why"))) == 0 {
					t.Errorf("%s: no reason shown for the links", name)
				}
			}
			for _, tt := range tests {
				proj := lang + "/" + slug + "/" + tt.project + "/index.html"
				task := lang + "/" + slug + "/" + tt.task + "/index.html"
				if !slices.Contains(hrefs(proj, findAll(dom(t, s, proj), tag("section", "class", "xref"))[0]), task) {
					t.Errorf("%s does not link to %s", proj, task)
				}
				sec := findAll(dom(t, s, task), tag("section", "class", "xref"))
				if len(sec) != 1 || !slices.Contains(hrefs(task, sec[0]), proj) {
					t.Errorf("%s does not link back to %s", task, proj)
				}
			}
		})
	}
	// 教育信息化赋能增效行动 carries out tasks of 二（五）.
	name := "zh/" + slug + "/proj_16/index.html"
	found := false
	for _, h := range hrefs(name, findAll(dom(t, s, name), tag("section", "class", "xref"))[0]) {
		found = found || strings.Contains(h, "/part_2__sec_5__")
	}
	if !found {
		t.Errorf("%s links no task of 二（五）", name)
	}
}

func TestMatrixPage(t *testing.T) {
	s := deptBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/" + slug + "/matrix/index.html"
		doc := dom(t, s, name)
		svg := findAll(doc, tag("svg", "role", "img"))
		if len(svg) != 1 {
			t.Fatalf("%s: have %d drawings, want 1", name, len(svg))
		}
		if len(findAll(svg[0], tag("title"))) < 37*10 || len(findAll(svg[0], tag("desc"))) != 1 {
			t.Errorf("%s: the drawing lacks its titles or description", name)
		}
		table := findAll(doc, tag("table", "class", "matrix-table"))
		if len(table) != 1 {
			t.Fatalf("%s: no data table", name)
		}
		if rows := findAll(table[0], tag("th", "scope", "row")); len(rows) != 37 {
			t.Errorf("%s: data table has %d rows, want 37", name, len(rows))
		}
		if lead := findAll(table[0], tag("td", "class", "lead")); len(lead) == 0 {
			t.Errorf("%s: no cell marks a lead", name)
		}
	}
}

func TestTargetsPage(t *testing.T) {
	s := deptBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/" + slug + "/targets/index.html"
		doc := dom(t, s, name)
		rows := findAll(doc, func(n *html.Node) bool { return n.Data == "tr" && attr(n, "id") != "" })
		if len(rows) < 15 {
			t.Fatalf("%s: have %d targets, want at least 15", name, len(rows))
		}
		for _, r := range rows {
			id := attr(r, "id")
			eid, _, _ := strings.Cut(id, "-t")
			if want := lang + "/" + slug + "/" + eid + "/index.html"; !slices.Contains(hrefs(name, r), want) {
				t.Errorf("%s: row %s does not link to its passage %s", name, id, want)
			}
		}
		row := findAll(doc, tag("tr", "id", "part_2__sec_2__item_1-t4")) // 超过90％
		if len(row) != 1 {
			t.Fatalf("%s: no row for 普惠性幼儿园覆盖率超过90％", name)
		}
		cells := text(row[0])
		indicator := "普惠性幼儿园覆盖率"
		if lang == "en" { // the translation unit of content/en/<slug>/targets.yaml
			indicator = "Coverage of inclusive kindergartens across the district"
		}
		if !strings.Contains(cells, indicator) || !strings.Contains(cells, "90") {
			t.Errorf("%s: row reads %q", name, cells)
		}
		if !slices.Contains(hrefs(name, row[0]), lang+"/departments/education-sports-bureau/index.html") {
			t.Errorf("%s: row does not link its lead department", name)
		}
	}
}

// TestResponsibilityLinks: in the text, every department name of a
// responsibility list links to its page and the lead is tagged as lead.
func TestResponsibilityLinks(t *testing.T) {
	s := deptBuilt(t)
	tests := []struct {
		lang, lead, role string
	}{
		{"zh", "区教体局", "牵头"},
		{"en", "District Education and Sports Bureau", "lead"},
	}
	for _, tt := range tests {
		name := tt.lang + "/" + slug + "/index.html"
		doc := dom(t, s, name)
		item := findAll(doc, tag("section", "id", "part_2__sec_2__item_1"))
		if len(item) != 1 {
			t.Fatalf("%s: no section part_2__sec_2__item_1", name)
		}
		resp := findAll(item[0], tag("span", "class", "resp"))
		if len(resp) != 1 {
			t.Fatalf("%s: have %d responsibility lists in 二（二）1, want 1", name, len(resp))
		}
		depts := findAll(resp[0], tag("a", "class", "dept"))
		if len(depts) < 2 {
			t.Fatalf("%s: %d linked departments, want the list's", name, len(depts))
		}
		if !hasClass(depts[0], "lead") || text(depts[0]) != tt.lead {
			t.Errorf("%s: first department %q (class %q), want the lead %s", name, text(depts[0]), attr(depts[0], "class"), tt.lead)
		}
		if role := findAll(resp[0], tag("span", "class", "role")); len(role) != 1 || text(role[0]) != tt.role {
			t.Errorf("%s: the lead is not tagged %q", name, tt.role)
		}
		if have, want := resolve(name, attr(depts[0], "href")), tt.lang+"/departments/education-sports-bureau/index.html"; have != want {
			t.Errorf("%s: lead links to %s, want %s", name, have, want)
		}
		for _, d := range depts[1:] {
			if hasClass(d, "lead") {
				t.Errorf("%s: %s marked lead", name, text(d))
			}
		}
	}
}

func TestNavigationToDepartmentsAndTargets(t *testing.T) {
	s := deptBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		for _, from := range []string{lang + "/index.html", lang + "/" + slug + "/index.html"} {
			links := hrefs(from, dom(t, s, from))
			for _, want := range []string{lang + "/departments/index.html", lang + "/" + slug + "/targets/index.html", lang + "/" + slug + "/matrix/index.html"} {
				if !slices.Contains(links, want) {
					t.Errorf("%s does not link to %s", from, want)
				}
			}
		}
	}
}

func TestExportHasDepartmentsLinksTargets(t *testing.T) {
	s := deptBuilt(t)
	for _, name := range []string{"data/" + slug + ".json", "data/" + slug + ".en.json"} {
		var x struct {
			Departments []struct{ Slug, URL, NameEn string }
			Links       []struct{ Project, Task, Reason string }
			Targets     []struct{ ID, EID, URL string }
		}
		if err := json.Unmarshal(s.Files[name], &x); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(x.Departments) != 37 || len(x.Links) == 0 || len(x.Targets) < 15 {
			t.Errorf("%s: have %d departments, %d links, %d targets", name, len(x.Departments), len(x.Links), len(x.Targets))
		}
		for _, tg := range x.Targets {
			if !strings.HasSuffix(tg.URL, "/"+tg.EID+"/") {
				t.Errorf("%s: target %s has url %q, want its passage's page", name, tg.ID, tg.URL)
			}
		}
		if d := x.Departments[0]; d.Slug != "education-sports-bureau" || d.URL != "/zh/departments/education-sports-bureau/" || d.NameEn == "" {
			t.Errorf("%s: departments[0] = %+v", name, d)
		}
	}
}

// TestDepartmentPlanStatus: a department's page says, for each plan it
// has tasks in, whether the plan is in force (its period, its state):
// a promise of a plan whose period has ended is no longer one.
func TestDepartmentPlanStatus(t *testing.T) {
	s := buildFrozen(t)
	page := string(s.Files["zh/departments/agriculture-rural-affairs-bureau/index.html"])
	_, section, ok := strings.Cut(page, `<section class="dept-plan" aria-labelledby="plan-zichuan-education-2022">`)
	if !ok {
		t.Fatal("no section for the plan on the department's page")
	}
	if !regexp.MustCompile(`^\s*<h2[^\n]*</h2>\s*<p class="status-line">.*规划期 2021–2025.*status-state`).MatchString(section) {
		t.Errorf("the plan's section does not open with its status line:\n%.400s", section)
	}
}
