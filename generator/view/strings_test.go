package view

import (
	"testing"
	"testing/fstest"
)

// TestStringsMissing: the keys T did not find are told once per
// language, sorted, the first five by name.
func TestStringsMissing(t *testing.T) {
	s, err := LoadStrings(fstest.MapFS{
		"content/i18n/zh.yaml": {Data: []byte("site: 规划公开\n")},
		"content/i18n/en.yaml": {Data: []byte("site: Plans in the open\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if have := s.Missing(); len(have) != 0 {
		t.Fatalf("have %v before any lookup, want none", have)
	}
	s.T("zh", "site")
	for _, k := range []string{"g", "f", "e", "d", "c", "b", "a", "a"} {
		s.T("en", k)
	}
	s.T("zh", "x")
	have := s.Missing()
	want := []string{
		"content/i18n/zh.yaml: no string for x: the pages show the key instead",
		"content/i18n/en.yaml: no string for a, b, c, d, e and 2 more: the pages show the key instead",
	}
	if len(have) != len(want) {
		t.Fatalf("have %v, want %q", have, want)
	}
	for i := range want {
		if have[i].Error() != want[i] {
			t.Errorf("have %q, want %q", have[i].Error(), want[i])
		}
	}
}
