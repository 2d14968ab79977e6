package view

import "testing"

func TestSizeText(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0 B"},
		{1023, "1023 B"},
		{1024, "1.0 KB"},
		{37376, "36.5 KB"},
		{1024*1024 - 1, "1024.0 KB"},
		{1024 * 1024, "1.0 MB"},
		{14 * 1024 * 1024, "14.0 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if have := SizeText(tt.n); have != tt.want {
				t.Errorf("SizeText(%d): have %q, want %q", tt.n, have, tt.want)
			}
		})
	}
}
