package plan

import (
	"fmt"
	"testing"
)

func TestNoSuchPlan(t *testing.T) {
	var docs []*Document
	for i := range 7 {
		docs = append(docs, &Document{Slug: fmt.Sprintf("p%d", i)})
	}
	tests := []struct {
		name string
		docs []*Document
		want string
	}{
		{"one", docs[:1], `no plan "x" in seeds/ (its plans: p0): was its seed renamed? Name the entry as the seed, without its extension`},
		{"many", docs, `no plan "x" in seeds/ (its plans: p0, p1, p2, p3, p4 and 2 more): was its seed renamed? Name the entry as the seed, without its extension`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if have := NoSuchPlan("x", tt.docs); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}
