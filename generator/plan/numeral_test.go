package plan

import "testing"

func TestParseChineseNumeral(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		read string // the prefix read
	}{
		{"一", 1, "一"},
		{"两", 2, "两"},
		{"十", 10, "十"},
		{"十二", 12, "十二"},
		{"一十二", 12, "一十二"},
		{"二十", 20, "二十"},
		{"九十九、", 99, "九十九"},
		{"一百", 100, "一百"},
		{"一百零五", 105, "一百零五"},
		{"一百一十二条", 112, "一百一十二"},
		{"一百十", 110, "一百十"},
		{"两千", 2000, "两千"},
		{"三千五百", 3500, "三千五百"},
		{"一千零五十", 1050, "一千零五十"},
		{"九千九百九十九", 9999, "九千九百九十九"},
		// Malformed: the reader stops before the character that makes it so.
		{"一百五", 100, "一百"},
		{"一千五", 1000, "一千"},
		{"一百零", 100, "一百"},
		{"一百零十", 100, "一百"},
		{"一百零五十", 105, "一百零五"},
		{"一千零五十", 1050, "一千零五十"},
		{"十十", 10, "十"},
		{"一二", 1, "一"},
		{"二十五十", 25, "二十五"},
		// Not numerals.
		{"", 0, ""},
		{"百", 0, ""},
		{"零", 0, ""},
		{"〇", 0, ""},
		{"第一", 0, ""},
		{"12", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, size := ParseChineseNumeral(tt.in)
			if n != tt.n || tt.in[:size] != tt.read {
				t.Errorf("ParseChineseNumeral(%q) = %d, %q; want %d, %q", tt.in, n, tt.in[:size], tt.n, tt.read)
			}
		})
	}
}
