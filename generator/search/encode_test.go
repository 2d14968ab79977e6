package search

import (
	"bytes"
	"slices"
	"testing"
	"unicode/utf16"
)

// TestUTF16Compare checks utf16Compare against the UTF-16 encodings on
// every pair of strings made of characters from each range that matters.
func TestUTF16Compare(t *testing.T) {
	chars := []string{"", "a", "z", "\u00e9", "\u4e2d", "\u6587", "\ud7ff", "\ue000", "\uff5e", "\uffff",
		"\U00010000", "\U0001f600", "\U0010ffff"}
	var strs []string
	for _, a := range chars {
		for _, b := range chars {
			strs = append(strs, a+b)
		}
	}
	for _, a := range strs {
		for _, b := range strs {
			want := slices.Compare(utf16.Encode([]rune(a)), utf16.Encode([]rune(b)))
			if have := utf16Compare(a, b); have != want {
				t.Errorf("utf16Compare(%q, %q) = %d, want %d", a, b, have, want)
			}
		}
	}
}

// TestStoredJSON: a passage is written as encoding/json writes it, whatever
// its strings hold.
func TestStoredJSON(t *testing.T) {
	odd := []string{"", "plain", "中文", `a "quote" and \ back`, "tab\tnew\nline\r\b\f\x01\x1f\x7f",
		"<b>&amp;</b>", "line\u2028para\u2029end", "bad \xff\xfe utf-8", "emoji \U0001F600", "\u00e9"}
	for i, v := range odd {
		s := stored{EID: v, Label: odd[(i+1)%len(odd)], Heading: odd[(i+2)%len(odd)], Text: odd[(i+3)%len(odd)],
			URL: odd[(i+4)%len(odd)], Lead: odd[i:min(i+2, len(odd))], Support: odd[:i%3]}
		if have, want := s.appendJSON(nil), marshal(s); !bytes.Equal(have, want) {
			t.Errorf("%q:\nhave %s\nwant %s", v, have, want)
		}
	}
}
