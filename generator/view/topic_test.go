package view

import "testing"

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
