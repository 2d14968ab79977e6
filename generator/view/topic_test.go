package view

import (
	"slices"
	"testing"
)

func TestTopicLevel(t *testing.T) {
	for _, tt := range []struct{ subject, want string }{
		{"科技教育/教育", "教育"},
		{"市场监管、安全生产监管/其他", "市场监管、安全生产监管"},
		{"农业、林业、水利", "农业、林业、水利"},
		{"其他", "其他"},
		{" 城乡建设、环境保护 / 住房 ", "住房"},
		{"", ""},
	} {
		if have := topicLevel(tt.subject); have != tt.want {
			t.Errorf("topicLevel(%q): have %q, want %q", tt.subject, have, tt.want)
		}
	}
}

// TestTopicCategories: a portal lists several categories with a comma
// (工业、交通,商贸、海关), each at its most specific level; 、 joins the
// words of one.
func TestTopicCategories(t *testing.T) {
	for _, tt := range []struct {
		subject string
		want    []string
	}{
		{"工业、交通,商贸、海关", []string{"工业、交通", "商贸、海关"}},
		{"科技教育/教育；卫生体育/体育", []string{"教育", "体育"}},
		{"农业、林业、水利", []string{"农业、林业、水利"}},
		{" , ", nil},
	} {
		if have := topicCategories(tt.subject); !slices.Equal(have, tt.want) {
			t.Errorf("topicCategories(%q): have %q, want %q", tt.subject, have, tt.want)
		}
	}
}
