package site_test

import (
	"regexp"
	"strings"
	"testing"
)

// TestDepartmentIndexPairs: a cell of the departments index that gives
// two numbers (key projects led / supported, 2 / 1) is under a header that
// says what each is, not only in a note under a table of hundreds of rows.
func TestDepartmentIndexPairs(t *testing.T) {
	s := buildFrozen(t)
	pair := regexp.MustCompile(`^\d+ / \d+$`)
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/departments/index.html"
		table := findAll(dom(t, s, name), tag("table", "class", "dept-index"))
		if len(table) == 0 {
			t.Fatalf("%s: no departments table", name)
		}
		var heads []string
		for _, th := range findAll(table[0], tag("th", "scope", "col")) {
			heads = append(heads, strings.TrimSpace(text(th)))
		}
		pairs := 0
		for _, tr := range findAll(table[0], tag("tr")) {
			for i, td := range findAll(tr, tag("td")) {
				if !pair.MatchString(strings.TrimSpace(text(td))) {
					continue
				}
				pairs++
				if col := i + 1; col >= len(heads) || !strings.Contains(heads[col], "/") {
					t.Fatalf("%s: %q under %q, which does not say what the two numbers are", name, text(td), heads)
				}
			}
		}
		if pairs == 0 {
			t.Errorf("%s: no cell of two numbers", name)
		}
	}
}
