package site_test

import (
	"fmt"
	"strings"
	"testing"
)

// namesakeSeed is an edition of a rule whose later edition keeps its
// title, with the departments its article names.
func namesakeSeed(year, serial int, depts string) string {
	return fmt.Sprintf(`某区人民政府
关于印发某区学校安全管理办法的通知
某政发〔%[1]d〕%[2]d号

各镇人民政府，区政府各部门：
现将《某区学校安全管理办法》印发给你们，请认真贯彻执行。

某区人民政府
%[1]d年3月1日

某区学校安全管理办法

第一条　为加强学校安全管理，制定本办法。
第二条　加强全区学校安全管理工作。（责任单位：%[3]s）
第三条　本办法自%[1]d年4月1日起施行。
`, year, serial, depts)
}

// TestNamesakes checks that plans of one title are told apart by their
// document numbers wherever plans are listed by title: the search's plan
// filter and its results' groups (the index's "note"), and a department's
// plans where it lists both; a plan whose title is its own has no note,
// nor one a department page lists alone. In English, titles by rule carry
// the number themselves (view's ruletitle.go).
func TestNamesakes(t *testing.T) {
	s, page := buildPages(t, withSeed(t, "rule-2016.txt", namesakeSeed(2016, 3, "区教体局、区应急局"), "rule-2024.txt", namesakeSeed(2024, 5, "区教体局")))
	for _, tt := range []struct{ file, want, not string }{
		{"zh/search/index.html", `某区学校安全管理办法 — 某政发〔2016〕3号</option>`, `十四五”规划 — `},
		{"zh/search/index.html", `某区学校安全管理办法 — 某政发〔2024〕5号</option>`, ""},
		{"zh/search/manifest.json", `"title":"某区学校安全管理办法","note":"某政发〔2024〕5号"`, `规划","note"`},
		// An untranslated title is in English by rule, which tells two
		// alike apart by their numbers in the title itself: no note.
		{"en/search/manifest.json", `"title":"Measures of Mou District (Mou Zheng Fa [2016] No. 3)"`, `"note":"Mou Zheng Fa`},
		{"en/search/index.html", `<option value="rule-2024">Measures of Mou District (Mou Zheng Fa [2024] No. 5)</option>`, `lang="zh-Hans">某区学校安全管理办法`},
		{"en/search/index.html", `<option value="zichuan-education-2022">Zichuan District 14th Five-Year Plan for Education Development</option>`, ""},
	} {
		have := page(tt.file)
		if !strings.Contains(have, tt.want) {
			t.Errorf("%s: no %s", tt.file, tt.want)
		}
		if tt.not != "" && strings.Contains(have, tt.not) {
			t.Errorf("%s: has %s, where the title is the plan's own", tt.file, tt.not)
		}
	}
	both, alone := 0, 0
	for name, data := range s.Files {
		page := string(data)
		if !strings.HasPrefix(name, "zh/departments/") || !strings.Contains(page, `id="plan-rule-2016"`) {
			continue
		}
		if !strings.Contains(page, `id="plan-rule-2024"`) {
			alone++
			if strings.Contains(page, `class="namesake"`) {
				t.Errorf("%s lists one edition, with a note", name)
			}
			continue
		}
		both++
		for _, want := range []string{`<span class="namesake">某政发〔2016〕3号</span>`, `<span class="namesake">某政发〔2024〕5号</span>`} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: no %s", name, want)
			}
		}
	}
	if both != 1 || alone != 1 {
		t.Errorf("have %d department pages listing both editions, %d one; want 1 and 1", both, alone)
	}
}
