package site_test

import (
	"strings"
	"testing"
)

// TestGroupPageWording: the page of several bodies a plan names as one
// (区委宣传部和区文明办) speaks of them as several in both languages,
// where it said "this department" (and a group of roles "this role").
func TestGroupPageWording(t *testing.T) {
	s, _ := buildPages(t, withSeed(t, "rule-2016.txt", namesakeSeed(2016, 3, "区委宣传部和区文明办")))
	want := map[string]string{
		"zh": "规划将职责共同赋予多个部门；",
		"en": "The plan assigns these duties to several bodies together;",
	}
	found := map[string]bool{}
	for name, data := range s.Files {
		lang, _, _ := strings.Cut(name, "/")
		page := string(data)
		if !strings.Contains(name, "/departments/") || !strings.Contains(page, "区委宣传部和区文明办") || !strings.Contains(page, `class="dept-unknown"`) {
			continue
		}
		found[lang] = true
		if !strings.Contains(page, want[lang]) {
			t.Errorf("%s: the page of a group lacks %q", name, want[lang])
		}
		if strings.Contains(page, "this department") || strings.Contains(page, "this role") || strings.Contains(page, "此部门") || strings.Contains(page, "此职能部门") {
			t.Errorf("%s: the page of a group speaks of one body", name)
		}
	}
	if !found["zh"] || !found["en"] {
		t.Errorf("have the group's page in %v, want zh and en", found)
	}
}
