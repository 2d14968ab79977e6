package view

import (
	"testing"

	"plansite/generator/internal/testproject"
)

// TestMissionEnglish: an ad hoc body's mission read as a title's subject
// is, by the frozen project's subjects vocabulary (Nanjing's leading group,
// 促进房地产市场平稳健康发展); words it does not cover whole say nothing.
func TestMissionEnglish(t *testing.T) {
	strs, err := LoadStrings(testproject.FS(), Strings{})
	if err != nil {
		t.Fatal(err)
	}
	mission := MissionEnglish(nil, strs.Subjects)
	for zh, want := range map[string]string{
		"促进房地产市场平稳健康发展": "Promoting the Steady and Healthy Development of the Real Estate Market",
		"铁路沿线安全环境宇航治理":  "",
	} {
		if have := mission("x", zh); have != want {
			t.Errorf("%s: have %q, want %q", zh, have, want)
		}
	}
}
