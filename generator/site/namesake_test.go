package site_test

import (
	"fmt"
	"strings"
	"testing"
)

// namesakeSeed is an edition of a rule whose later edition keeps its
// title.
func namesakeSeed(year, serial int) string {
	return fmt.Sprintf(`某区人民政府
关于印发某区学校安全管理办法的通知
某政发〔%[1]d〕%[2]d号

各镇人民政府，区政府各部门：
现将《某区学校安全管理办法》印发给你们，请认真贯彻执行。

某区人民政府
%[1]d年3月1日

某区学校安全管理办法

第一条　为加强学校安全管理，制定本办法。
第二条　加强全区学校安全管理工作。（责任单位：区教体局）
第三条　本办法自%[1]d年4月1日起施行。
`, year, serial)
}

// TestNamesakes checks that plans of one title are told apart by their
// document numbers wherever plans are listed by title: the search's plan
// filter and its results' groups (the index's "note"), and a department's
// plans; a plan whose title is its own has no note.
func TestNamesakes(t *testing.T) {
	s, page := buildPages(t, withSeed(t, "rule-2016.txt", namesakeSeed(2016, 3), "rule-2024.txt", namesakeSeed(2024, 5)))
	for _, tt := range []struct{ file, want, not string }{
		{"zh/search/index.html", `某区学校安全管理办法 — 某政发〔2016〕3号</option>`, `十四五”规划 — `},
		{"zh/search/index.html", `某区学校安全管理办法 — 某政发〔2024〕5号</option>`, ""},
		{"zh/search/manifest.json", `"title":"某区学校安全管理办法","note":"某政发〔2024〕5号"`, `规划","note"`},
		{"en/search/manifest.json", `"note":"Mou Zheng Fa [2016] No. 3"`, ""},
		{"en/search/index.html", ` — Mou Zheng Fa [2024] No. 5</option>`, ""},
	} {
		have := page(tt.file)
		if !strings.Contains(have, tt.want) {
			t.Errorf("%s: no %s", tt.file, tt.want)
		}
		if tt.not != "" && strings.Contains(have, tt.not) {
			t.Errorf("%s: has %s, where the title is the plan's own", tt.file, tt.not)
		}
	}
	found := false
	for name, data := range s.Files {
		if !strings.HasPrefix(name, "zh/departments/") || !strings.Contains(string(data), `id="plan-rule-2016"`) {
			continue
		}
		found = true
		for _, want := range []string{`<span class="namesake">某政发〔2016〕3号</span>`, `<span class="namesake">某政发〔2024〕5号</span>`} {
			if !strings.Contains(string(data), want) {
				t.Errorf("%s: no %s", name, want)
			}
		}
	}
	if !found {
		t.Error("no department page lists the rule")
	}
}
