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
	}, Strings{})
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

// TestStringsPlaceholders: a key's string must take the same values in
// every language (fmt verbs, reordered only by index), or the pages would
// print %!d(MISSING) or %!(EXTRA int=3).
func TestStringsPlaceholders(t *testing.T) {
	tests := []struct{ name, zh, en, want string }{
		{"same verbs", "n: \"牵头%d项\"\n", "n: \"leads %d\"\n", ""},
		{"reordered by index", "a: x\nn: \"完成 %d%%：%[3]d 段中已译 %[2]d 段\"\n", "n: \"%d%% of the text: %d of %d\"\n", ""},
		{"no placeholders", "n: 无\n", "n: none\n", ""},
		{"key in one language only", "n: \"%d项\"\n", "m: x\n", ""},
		{"verb dropped", "n: \"牵头%d项\"\n", "x: y\nn: \"leads\"\n",
			"content/i18n/en.yaml:2: n: placeholders none where content/i18n/zh.yaml:1 has %d: the pages fill both with the same values"},
		{"verb added", "n: \"牵头%d项\"\n", "n: \"leads %d of %d\"\n",
			"content/i18n/en.yaml:1: n: placeholders %d %d where content/i18n/zh.yaml:1 has %d: the pages fill both with the same values"},
		{"other verb", "n: \"%s年\"\n", "n: \"%d\"\n",
			"content/i18n/en.yaml:1: n: placeholders %d where content/i18n/zh.yaml:1 has %s: the pages fill both with the same values"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadStrings(fstest.MapFS{
				"content/i18n/zh.yaml": {Data: []byte(tt.zh)},
				"content/i18n/en.yaml": {Data: []byte(tt.en)},
			}, Strings{})
			have := ""
			if err != nil {
				have = err.Error()
			}
			if have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}
