package site_test

import (
	"regexp"
	"strings"
	"testing"
)

// TestLinkReasons: every key project ↔ task link on a permalink page says,
// for readers of both languages, who decided it and the goal both serve
// (the task's target or the part of the plan it is in); shared
// departments where there are any. No line names the task again: on a
// project's page the link is the task, on a task's page the page is (a
// "任务：" line repeated it under every key project). On the English page
// every Chinese run in them is marked lang="zh-Hans"
// (TestEnglishPagesInEnglish checks that).
func TestLinkReasons(t *testing.T) {
	s := buildFrozen(t)
	item := regexp.MustCompile(`(?s)<li><a href="[^"]*"><span class="label">.*?</ul>\s*</li>`)
	for _, c := range []struct{ lang, task, goal, depts string }{
		{"zh", "任务：", "共同目标：", "共同负责部门："},
		{"en", "Task:", "Goal both serve:", "Both the responsibility of:"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			items, onTasks, depts, targets := 0, 0, 0, 0
			for name, data := range s.Files {
				if !strings.HasPrefix(name, c.lang+"/zichuan-education-2022/") || strings.Count(name, "/") != 3 {
					continue
				}
				project := strings.HasPrefix(name, c.lang+"/zichuan-education-2022/proj_")
				for _, li := range item.FindAllString(string(data), -1) {
					if strings.Contains(li, c.task) {
						t.Errorf("%s: a link names its task again:\n%s", name, li)
					}
					if !project {
						onTasks++
						continue
					}
					items++
					if !strings.Contains(li, c.goal) {
						t.Errorf("%s: a link's reason lacks the goal:\n%s", name, li)
					}
					if strings.Contains(li, c.depts) {
						depts++
					}
					if goal := li[strings.Index(li, c.goal):]; !regexp.MustCompile(`</span> (?:[一二三四五六七八九十]+（|[IVX]+ \()`).MatchString(goal) {
						targets++ // a target, not the heading of a part
					}
				}
			}
			if items == 0 || onTasks == 0 || depts == 0 || targets == 0 {
				t.Errorf("have %d links on project pages (%d on task pages), %d naming shared departments, %d a target as the goal; want some of each", items, onTasks, depts, targets)
			}
		})
	}
}

// TestXRefMarkOnce: a key project's own page points to the tasks it
// carries out once, in its section with why, not also with a → mark
// beside its text that names the same tasks; a task's page likewise for
// its key projects. The plan page keeps the marks: there they are the
// only pointer.
func TestXRefMarkOnce(t *testing.T) {
	s := buildFrozen(t)
	for _, lang := range []string{"zh", "en"} {
		plan := string(s.Files[lang+"/zichuan-education-2022/index.html"])
		if !strings.Contains(plan, `class="xref-mark"`) {
			t.Fatalf("%s: the plan page has no → mark", lang)
		}
		pages := 0
		for name, data := range s.Files {
			if !strings.HasPrefix(name, lang+"/zichuan-education-2022/") || strings.Count(name, "/") != 3 || !strings.Contains(string(data), `<section class="xref"`) {
				continue
			}
			pages++
			if strings.Contains(string(data), `class="xref-mark"`) {
				t.Errorf("%s: a → mark repeats the section's links", name)
			}
		}
		if pages == 0 {
			t.Errorf("%s: no page with an xref section", lang)
		}
	}
}
