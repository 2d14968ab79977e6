package view

import (
	"testing"

	"plansite/generator/link"
	"plansite/generator/link/dept"
)

// TestExplain: a link's reason is worded from content/i18n in each
// language — who decided it, the editors' reason without its own closing
// punctuation, and the departments both passages name as a sentence lists
// them.
func TestExplain(t *testing.T) {
	strs := testStrings(t)
	finance := &dept.Entry{Name: "区财政局", EN: "District Finance Bureau"}
	edu := &dept.Entry{Name: "区教体局", EN: "District Education and Sports Bureau"}
	party := &dept.Entry{Name: "区委宣传部", EN: "Publicity Department of the District Committee"}
	tests := []struct {
		name   string
		link   link.Link
		zh, en string
	}{
		{"confirmed with reason", link.Link{Status: link.StatusConfirmed, Reason: "二（二）6落实此项。", ReasonEN: "Task II (2) 6 carries it out.",
			Departments: []*dept.Entry{finance, edu, party}},
			"编辑已确认：二（二）6落实此项。两者都由区财政局、区教体局、区委宣传部负责。",
			"Confirmed by the editors: Task II (2) 6 carries it out. Both are the responsibility of the District Finance Bureau, the District Education and Sports Bureau and Publicity Department of the District Committee."},
		{"confirmed without reason", link.Link{Status: link.StatusConfirmed}, "编辑已确认。", "Confirmed by the editors."},
		{"added", link.Link{Status: link.StatusAdded, Reason: "同一目标；", ReasonEN: "the same aim;", Departments: []*dept.Entry{finance}},
			"编辑添加：同一目标。两者都由区财政局负责。", "Added by the editors: the same aim. Both are the responsibility of the District Finance Bureau."},
		{"added, no English reason", link.Link{Status: link.StatusAdded, Reason: "同一目标"}, "编辑添加：同一目标。", "Added by the editors."},
		{"suggested", link.Link{Status: link.StatusSuggested, Departments: []*dept.Entry{finance, party}},
			"系统根据两段文字的相近内容推荐，尚未经编辑审核。两者都由区财政局、区委宣传部负责。",
			"Suggested because the two passages say much the same; not yet reviewed by the editors. Both are the responsibility of the District Finance Bureau and Publicity Department of the District Committee."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for lang, want := range map[string]string{"zh": tt.zh, "en": tt.en} {
				words := func(key string) string { return strs.T(lang, key) }
				if have := Explain(words, &tt.link, lang); have != want {
					t.Errorf("%s: have %q, want %q", lang, have, want)
				}
			}
		})
	}
}
