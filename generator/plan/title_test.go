package plan

import "testing"

// TestTitleKey: the one rule titles are compared by, in references between
// plans and in the search's go-to, which search-index.js's titleKey
// implements again (the Node parity test runs its go-to).
func TestTitleKey(t *testing.T) {
	want := TitleKey("某区“十四五”教育发展规划")
	for _, title := range []string{
		"《某区“十四五”教育发展规划》",
		"〈某区\"十四五\" 教育发展规划〉",
		"某区「十四五」教育发展规划",
		"某区‘十四五’教育发展规划",
		"某区十四五教育发展规划",
		" 某区\u3000“十四五”教育发展规划 ",
	} {
		if have := TitleKey(title); have != want {
			t.Errorf("TitleKey(%q): have %q, want %q", title, have, want)
		}
	}
	tests := []struct{ in, want string }{
		{"ＡＢＣ（２０２２）", "abc(2022)"},
		{"Plan 2022", "plan2022"},
		{"《关于〈规划〉的通知》", "关于规划的通知"},
	}
	for _, tt := range tests {
		if have := TitleKey(tt.in); have != tt.want {
			t.Errorf("TitleKey(%q): have %q, want %q", tt.in, have, tt.want)
		}
	}
}
