package site

import (
	"testing"

	"plansite/generator/link/dept"
)

// TestGovernmentsApart: departments group by government, most first; two
// governments with one id (福州市 and 抚州市, both fuzhou) are two groups
// with two addresses; departments of no known government are "other".
func TestGovernmentsApart(t *testing.T) {
	fuzhou := &dept.Government{ID: "fuzhou", Name: "福州市"}
	fuzhou2 := &dept.Government{ID: "fuzhou", Name: "福州市"} // another plan of 福州市
	fuzhouJX := &dept.Government{ID: "fuzhou", Name: "抚州市"}
	d := func(slug string, g *dept.Government) *dept.Department {
		return &dept.Department{Entry: &dept.Entry{Slug: slug, Gov: g}}
	}
	index := []*dept.Department{d("a", fuzhouJX), d("b", fuzhou), d("c", fuzhou2), d("d", nil)}
	var have []string
	for _, g := range governments(index) {
		s := g.ID + ":"
		for _, d := range g.Depts {
			s += d.Slug
		}
		have = append(have, s)
	}
	want := []string{"fuzhou-2:bc", "fuzhou:a", "other:d"}
	if len(have) != len(want) || have[0] != want[0] || have[1] != want[1] || have[2] != want[2] {
		t.Errorf("have %v, want %v", have, want)
	}
}
