package site_test

import "testing"

// TestLibraryDepartmentCountsOnce: a list of a department's tasks in a
// plan counts them by its heading, and by part and by section only where
// there are several: the Anhui Department of Commerce supports one task
// of the industrial internet policy, which its list's heading counted 1,
// then the annex's title 1 and the section's 1.
func TestLibraryDepartmentCountsOnce(t *testing.T) {
	s := libraryBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/departments/" + twoPlans + "/index.html"
		for _, role := range findAll(dom(t, s, name), tag("section", "class", "dept-role")) {
			id := attr(role, "aria-labelledby")
			counts := findAll(role, tag("span", "class", "count"))
			parts := findAll(role, tag("div", "class", "dept-part"))
			if id == "support-"+twoPlansOne && len(counts) != 1 {
				var have []string
				for _, c := range counts {
					have = append(have, text(c))
				}
				t.Errorf("%s: %s counts its one task %d times (%v), want once, by its heading", name, id, len(counts), have)
			}
			if len(parts) < 2 {
				continue
			}
			// Several parts: each part's count is shown, and they add
			// up to the list's.
			sum := 0
			for _, p := range parts {
				h := findAll(p, tag("h4"))
				if len(h) == 0 {
					continue // a part that is itself the task: 1
				}
				c := findAll(h[0], tag("span", "class", "count"))
				if len(c) != 1 {
					t.Errorf("%s: %s: part %q shows no count among %d parts", name, id, text(h[0]), len(parts))
					continue
				}
				sum += sumCounts(text(c[0]))
			}
			if total := sumCounts(text(counts[0])); sum > total || sum == 0 {
				t.Errorf("%s: %s: parts count %d, the list %d", name, id, sum, total)
			}
		}
	}
}
