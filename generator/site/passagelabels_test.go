package site_test

import (
	"regexp"
	"strings"
	"testing"
)

// labelsSeed is a plan with a preamble's paragraph and an attachment
// numbered 附件2 whose task a department carries out by a deadline.
const labelsSeed = `某区道路工作方案

为推进道路建设，制定本方案。

一、重点任务
1.完善道路网络。加快农村公路建设。（区交通局牵头）

附件：1.责任分工
2.重点任务清单

附件1

责任分工

区交通局负责统筹。

附件2

重点任务清单

一、总体安排
（一）加强建设
1.建设公交站点。建成站点20个。（区民政局负责，2022年10月底前）
`

// TestListedPassagesLabelledAsCited: a list of passages out of their
// place — the go-to page's label column, a department's tasks, the
// timetable, the side-by-side page — names each as its citation does (view.Node.PassageLabel):
// Preamble, para. 1 and 序言第1段, not Preamble ¶1; Annex 2, Part I (1) 1
// and 附件2第一部分（一）1, not Att. 2 I (1) 1, where the reader cannot
// tell where the attachment's number ends.
func TestListedPassagesLabelledAsCited(t *testing.T) {
	s, page := buildPages(t, withSeed(t, "labels-2022.txt", labelsSeed))
	firstCells := regexp.MustCompile(`<tr role="row"><td role="cell"><a [^>]*>(.*?)</a></td>`)
	for _, tt := range []struct {
		lang          string
		want, notWant []string
	}{
		{"en", []string{"Preamble, para. 1", "Annex 1, para. 1", "Annex 2, Part I (1) 1"}, []string{"¶", "Att. "}},
		{"zh", []string{"序言第1段", "附件1第1段", "附件2第一部分（一）1"}, []string{"¶"}},
	} {
		name := tt.lang + "/labels-2022/goto/index.html"
		var cells []string
		for _, m := range firstCells.FindAllStringSubmatch(page(name), -1) {
			cells = append(cells, m[1])
		}
		col := strings.Join(cells, " | ")
		for _, w := range tt.want {
			if !strings.Contains(col, w) {
				t.Errorf("%s: label column %q has no %q", name, col, w)
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(col, w) {
				t.Errorf("%s: label column %q has %q", name, col, w)
			}
		}
		// The side-by-side page's Chinese column, on either language's page.
		parallel := page(tt.lang + "/labels-2022/parallel/index.html")
		for _, w := range []string{"序言第1段", "附件1第1段"} {
			if !strings.Contains(parallel, `">`+w+`</a>`) {
				t.Errorf("%s/labels-2022/parallel/: no passage labelled %s", tt.lang, w)
			}
		}
		task := tt.want[2]
		for _, name := range []string{tt.lang + "/labels-2022/timetable/index.html", deptPageWith(t, s.Files, tt.lang, "labels-2022/att_2__part_1__sec_1__item_1/")} {
			if want := `<span class="label">` + task + `</span>`; !strings.Contains(page(name), want) {
				t.Errorf("%s: have no %s", name, want)
			}
		}
	}
}

// TestPermalinkLabelledAsCited: a passage's own page labels it, its
// crumbs and the passages before and after it as their citations do, as
// its <title> already did: Annex 2, Part I (1) 1 under Annex 2 and Annex 2,
// Part I, where the page said Att. 2 I (1) 1 and ¶2 beside a title saying
// para. 2.
func TestPermalinkLabelledAsCited(t *testing.T) {
	_, page := buildPages(t, withSeed(t, "labels-2022.txt", labelsSeed))
	for _, tt := range []struct{ page, label, crumb, next string }{
		{"en/labels-2022/preamble__para_1/index.html", "Preamble, para. 1", "", "I"},
		{"zh/labels-2022/preamble__para_1/index.html", "序言第1段", "", "一"},
		{"en/labels-2022/att_2__part_1__sec_1/index.html", "Annex 2, Part I (1)", "Annex 2, Part I", "Annex 2, Part I (1) 1"},
		{"zh/labels-2022/att_2__part_1__sec_1/index.html", "附件2第一部分（一）", "附件2第一部分", "附件2第一部分（一）1"},
	} {
		html := page(tt.page)
		if want := `<p class="label">` + tt.label + `</p>`; !strings.Contains(html, want) {
			t.Errorf("%s: have no %s", tt.page, want)
		}
		if tt.crumb != "" && !strings.Contains(html, `/">`+tt.crumb+` <span`) {
			t.Errorf("%s: no crumb labelled %s", tt.page, tt.crumb)
		}
		if want := `<span class="label">` + tt.next + `</span>`; !strings.Contains(html, want) {
			t.Errorf("%s: the next passage is not labelled %s", tt.page, tt.next)
		}
	}
}

// deptPageWith is the name of the department page in lang that links to
// path, failing the test where none does.
func deptPageWith(t *testing.T, files map[string][]byte, lang, path string) string {
	t.Helper()
	for name, data := range files {
		if strings.HasPrefix(name, lang+"/departments/") && strings.HasSuffix(name, "/index.html") && !strings.HasSuffix(name, "departments/index.html") && strings.Contains(string(data), path) {
			return name
		}
	}
	t.Fatalf("no department page in %s links to %s", lang, path)
	return ""
}
