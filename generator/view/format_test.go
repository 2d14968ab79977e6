package view

import (
	"testing"

	"plansite/generator/internal/testproject"
)

// TestLongDate: a date is written by content/i18n's dateLong in each
// language; what is no date stays as it is.
func TestLongDate(t *testing.T) {
	strs := testStrings(t)
	tests := []struct{ lang, iso, want string }{
		{"zh", "2022-03-01", "2022年3月1日"},
		{"zh", "2022-12-28", "2022年12月28日"},
		{"en", "2022-03-01", "1 March 2022"},
		{"en", "2022-13", "2022-13"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.iso, func(t *testing.T) {
			if have := strs.LongDate(tt.lang, tt.iso); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

// testStrings are the interface strings of the test project.
func testStrings(t *testing.T) Strings {
	t.Helper()
	strs, err := LoadStrings(testproject.FS(), Strings{})
	if err != nil {
		t.Fatal(err)
	}
	return strs
}
