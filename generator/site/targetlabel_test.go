package site_test

import (
	"strings"
	"testing"
)

// TestTargetLabelSentenceOnce: a target whose words name nothing but how
// often (每次最高18万元) is labelled by its sentence on the targets page,
// and the sentence is not printed a second time beside its source; a
// target labelled by its own words keeps the sentence there.
func TestTargetLabelSentenceOnce(t *testing.T) {
	const seed = "2026年促消费措施\n\n一、支持商协会\n对举办产销对接会的行业商协会按实际发生额的80%进行补贴，每次最高18万元。\n\n二、发放消费券\n发放餐饮消费券，全年发放消费券1000万元。\n"
	_, page := buildPages(t, withSeed(t, "measures-2026.txt", seed))
	html := page("zh/measures-2026/targets/index.html")
	const sentence = "对举办产销对接会的行业商协会按实际发生额的80%进行补贴，每次最高18万元"
	if !strings.Contains(html, `lang="zh-Hans">`+sentence+`</th>`) {
		t.Errorf("no row labelled by its sentence %q", sentence)
	}
	for _, row := range strings.Split(html, "<tr ")[1:] {
		if strings.Contains(row, `lang="zh-Hans">`+sentence+`</th>`) && strings.Contains(row, `class="sentence"`) {
			t.Errorf("the row labelled by its sentence prints it again: %s", row)
		}
	}
	if !strings.Contains(html, `<span class="sentence">发放餐饮消费券，全年发放消费券1000万元。</span>`) {
		t.Errorf("a row labelled by its own words lost its sentence")
	}
}
