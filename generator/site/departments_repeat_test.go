package site_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// TestDepartmentTaskListedOnce: a part or section that is itself a task
// (its heading and text carry the responsibility list, as in a plan of
// short measures: 一、加强民生商品保供稳价……（牵头单位：…）) is listed once on
// the department's page, by the heading of its group, not a second time
// under it with the same label and words; where the part is the one task
// the department has in it, it is listed as that task, not as a part
// heading counting 1 with nothing under it.
func TestDepartmentTaskListedOnce(t *testing.T) {
	const seed = "淄川区校园安全工作要点\n\n" +
		"一、健全校园安全制度。完善校园安全管理制度，落实安全责任。（牵头单位：区教体局；配合单位：区公安分局）\n" +
		"二、加强校园周边治理\n" +
		"（一）整治周边环境。开展校园周边环境专项整治。（牵头单位：区教体局）\n" +
		"（二）加强交通疏导。在上下学时段加强交通疏导。（牵头单位：区公安分局；配合单位：区教体局）\n"
	m := testproject.Map(t)
	m["seeds/zichuan-school-safety-2023.txt"] = &fstest.MapFile{Data: []byte(seed)}
	s, err := site.Build(m)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/departments/education-sports-bureau/index.html"
		var roles int
		for _, n := range findAll(dom(t, s, name), tag("section", "class", "dept-plan")) {
			if !strings.HasSuffix(attr(n, "aria-labelledby"), "zichuan-school-safety-2023") {
				continue
			}
			// Each list, the tasks it leads and those it supports, names
			// a passage once.
			for _, role := range findAll(n, tag("section", "class", "dept-role")) {
				roles++
				seen := map[string]int{}
				for _, h := range hrefs(name, role) {
					seen[h]++
				}
				for h, k := range seen {
					if k > 1 {
						t.Errorf("%s: %s: %s linked %d times, want once (%v)", name, attr(role, "aria-labelledby"), h, k, hrefs(name, role))
					}
				}
				if len(seen) == 0 {
					t.Errorf("%s: %s lists nothing", name, attr(role, "aria-labelledby"))
				}
			}
		}
		if roles != 2 {
			t.Errorf("%s: %d lists of the plan's tasks, want 2 (led, supported)", name, roles)
		}
		// 区公安分局 supports part 一, which is itself the task: it is
		// listed as the task, not as a part heading counting 1 with
		// nothing under it.
		name = lang + "/departments/public-security-branch/index.html"
		for _, n := range findAll(dom(t, s, name), tag("section", "class", "dept-role")) {
			if !strings.HasPrefix(attr(n, "aria-labelledby"), "support-zichuan-school-safety-2023") {
				continue
			}
			roles++
			if hs := findAll(n, tag("h4")); len(hs) > 0 {
				t.Errorf("%s: the supported part is a heading %q, want it listed as the task", name, text(hs[0]))
			}
			items := findAll(n, tag("li"))
			if len(items) != 1 || !strings.HasSuffix(hrefs(name, items[0])[0], "/part_1/index.html") {
				t.Errorf("%s: supported tasks %v, want part_1 listed", name, hrefs(name, n))
			}
		}
		if roles != 3 {
			t.Errorf("%s: no list of the tasks it supports in the plan", name)
		}
	}
}

// TestLibraryDepartmentTitles: in a library of several governments no
// two departments' Chinese pages share a title or a heading; plans write 省商务厅 for Anhui's and for Jiangxi's, and a reader with
// both open, or a search engine, could not tell them apart. A department
// the registry has a full name for is titled by it (安徽省商务厅), the
// name as the plans write it said beside it.
func TestLibraryDepartmentTitles(t *testing.T) {
	s := libraryBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		byTitle := map[string][]string{}
		for name := range s.Files {
			rest, ok := strings.CutPrefix(name, lang+"/departments/")
			if !ok || strings.Count(rest, "/") != 1 || !strings.HasSuffix(rest, "/index.html") {
				continue
			}
			doc := dom(t, s, name)
			if len(findAll(doc, tag("article", "class", "dept-page"))) == 0 {
				continue // a former slug's redirect
			}
			h1 := findAll(doc, tag("h1"))
			titles := findAll(doc, tag("title"))
			if len(h1) != 1 || len(titles) != 1 || !strings.HasPrefix(text(titles[0]), text(h1[0])+" · ") {
				t.Errorf("%s: heading %v and title %v do not agree", name, h1, titles)
				continue
			}
			byTitle[text(h1[0])] = append(byTitle[text(h1[0])], name)
		}
		for title, pages := range byTitle {
			if len(pages) > 1 {
				t.Errorf("%s: %d department pages titled %q: %v", lang, len(pages), title, pages)
			}
		}
	}
	name := "zh/departments/" + twoPlans + "/index.html"
	page := dom(t, s, name)
	if h := text(findAll(page, tag("h1"))[0]); h != "安徽省商务厅" {
		t.Errorf("%s: heading %q, want 安徽省商务厅", name, h)
	}
	if facts := text(findAll(page, tag("dl", "class", "dept-facts"))[0]); !strings.Contains(facts, "文件中写作省商务厅") || strings.Contains(facts, "全称") {
		t.Errorf("%s: facts %q, want the name as written (省商务厅) and no full name again", name, facts)
	}
}
