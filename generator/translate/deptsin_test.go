package translate

import (
	"os"
	"strings"
	"testing"

	"plansite/generator/link/dept"
)

// TestDepartmentsIn: the departments a text names are those its names
// denote in the plan's scope — the scope's own, the governments' it lies
// within (a county plan's 市财政局 is its city's), and no other county's.
func TestDepartmentsIn(t *testing.T) {
	const file = "../link/dept/testdata/registry.yaml"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := dept.ParseRegistry(file, data)
	if err != nil {
		t.Fatal(err)
	}
	m := NewMemory(nil, nil, reg, nil)
	const text = "县财政局会同市财政局、县教育局落实。"
	tests := []struct {
		scope string
		want  []string // written and slug, longest names first, then in the registry's order
	}{
		{"qingshan", []string{"市财政局 zibo-finance-bureau", "县财政局 qingshan-finance-bureau", "县教育局 qingshan-education-bureau"}},
		{"baishui", []string{"市财政局 zibo-finance-bureau", "县财政局 baishui-finance-bureau"}},
		{"zibo", []string{"市财政局 zibo-finance-bureau"}},
	}
	for _, tt := range tests {
		t.Run(tt.scope, func(t *testing.T) {
			var have []string
			for _, d := range m.DepartmentsIn(text, tt.scope) {
				have = append(have, d.Written+" "+d.Entry.Slug)
			}
			if strings.Join(have, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}
