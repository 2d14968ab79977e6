package site_test

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// dutiesSeed is a plan with deadlines, scores and a key-project table with
// columns beyond 序号/名称/主要内容.
const dutiesSeed = `2022年养老服务工作要点

一、重点任务
1.建设养老服务站。建成站点20个。（0.5分）（10月底完成，牵头考核单位：市民政局）
2.培训护理人员。培训500人次。（牵头单位：市人社局；配合单位：市民政局；完成时限：2022年6月底前）
3.完善政策。持续完善补贴政策。（持续推进，市财政局负责）

表1 重点项目
	序号
	名称
	主要内容
	建设期限
	总投资
	责任单位

	1
	养老中心
	新建养老中心。
	2022-2024
	5000
	市民政局
`

// withSeed is the frozen project with more seeds, given as name and text
// in turn.
func withSeed(t *testing.T, nameText ...string) fstest.MapFS {
	t.Helper()
	m := testproject.Map(t)
	for i := 0; i+1 < len(nameText); i += 2 {
		m["seeds/"+nameText[i]] = &fstest.MapFile{Data: []byte(nameText[i+1])}
	}
	return m
}

// buildPages builds the project fsys and returns the site and a reader
// of its files as text by name, which fails the test on a file the site
// lacks.
func buildPages(t *testing.T, fsys fs.FS) (*site.Site, func(name string) string) {
	t.Helper()
	s, err := site.Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return s, func(name string) string {
		t.Helper()
		data, ok := s.Files[name]
		if !ok {
			t.Fatalf("no file %s", name)
		}
		return string(data)
	}
}

// TestDeadlinesShown checks the timetable page (deadlines by date, the
// year from the plan where the text omits it), the deadline and score
// beside each task, a key-project table with every column, and the
// deadlines on a department's page; a plan without deadlines has no
// timetable page.
func TestDeadlinesShown(t *testing.T) {
	s, page := buildPages(t, withSeed(t, "duties-2022.txt", dutiesSeed))
	tt := page("zh/duties-2022/timetable/index.html")
	var order []int
	for _, d := range []string{">2022年6月30日<", ">2022年10月31日<", ">2024年12月31日<", ">持续推进<"} {
		order = append(order, strings.Index(tt, d))
	}
	for i, at := range order {
		if at < 0 || i > 0 && at < order[i-1] {
			t.Errorf("timetable: deadlines not all there soonest first (positions %v of 2022年6月30日, 2022年10月31日, 2024年12月31日, 持续推进)", order)
			break
		}
	}
	if !strings.Contains(tt, "0.5") || !strings.Contains(tt, "市民政局") {
		t.Errorf("timetable lacks the score or the departments")
	}
	plan := page("zh/duties-2022/index.html")
	for _, want := range []string{`<time datetime="2022-10-31"`, `class="points">0.5`, `<th scope="col">建设期限</th>`, `<th scope="col">总投资</th>`, `<td lang="zh-Hans">5000</td>`, `href="timetable/"`} {
		if !strings.Contains(plan, want) {
			t.Errorf("plan page lacks %s", want)
		}
	}
	// Dates as each language prints them (view.LongDate), as the
	// plan's own date is, not in ISO form; the wording as printed is
	// the date's title, marked Chinese on an English page.
	for name, want := range map[string]string{
		"en/duties-2022/timetable/index.html": `<time datetime="2022-06-30">30 June 2022</time>`,
		// The timetable's Due column in English where the rule says it
		// (view/due.go), marked Chinese where it cannot.
		"en/duties-2022/timetable/index.html ": `<td data-label="Due">by the end of October</td>`,
		"zh/duties-2022/timetable/index.html":  `<td data-label="完成时限" lang="zh-Hans">10月底完成</td>`,
		"en/duties-2022/index.html":            `<span class="due-label">Due</span> <span lang="zh-Hans" title="10月底完成"><time datetime="2022-10-31" lang="en">31 October 2022</time></span>`,
		"zh/duties-2022/index.html":            `<time datetime="2022-10-31" title="10月底完成">2022年10月31日</time>`,
	} {
		if !strings.Contains(page(strings.TrimSpace(name)), want) {
			t.Errorf("%s lacks %s", name, want)
		}
	}
	for _, lang := range []string{"zh", "en"} {
		date := map[string]string{"zh": "2022年6月30日", "en": "30 June 2022"}[lang]
		found := false
		for name, data := range s.Files {
			if strings.HasPrefix(name, lang+"/departments/") && strings.Contains(string(data), "市人社局") && strings.Contains(string(data), map[string]string{"zh": `datetime="2022-06-30" title="2022年6月底前">`, "en": `title="2022年6月底前"><time datetime="2022-06-30" lang="en">`}[lang]+date+`</time>`) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s department page lists 市人社局's task due %s", lang, date)
		}
	}
	if _, ok := s.Files["zh/zichuan-education-2022/timetable/index.html"]; ok {
		t.Errorf("a plan without deadlines has a timetable page")
	}
	if !strings.Contains(string(s.Files["data/duties-2022.text.csv"]), "5000") {
		t.Errorf("the text CSV lacks a project's cell")
	}
}

// TestTimetableCardsSayNothingEmpty: a timetable row's empty cell (a task
// without a score, or a deadline of no date) keeps the wide table's column
// with a dash but is marked none, which a phone's card leaves out: the
// Baotou plan's 90 cards each said "Points —".
func TestTimetableCardsSayNothingEmpty(t *testing.T) {
	_, page := buildPages(t, withSeed(t, "duties-2022.txt", dutiesSeed))
	for _, lang := range []string{"zh", "en"} {
		tt := page(lang + "/duties-2022/timetable/index.html")
		cells := regexp.MustCompile(`<td data-label="[^"]*"( class="none")?>—</td>`).FindAllStringSubmatch(tt, -1)
		if len(cells) == 0 {
			t.Fatalf("%s: no empty cell in the timetable; the seed has tasks without a score", lang)
		}
		for _, c := range cells {
			if c[1] == "" {
				t.Errorf("%s: %s is not marked none", lang, c[0])
			}
		}
	}
}
