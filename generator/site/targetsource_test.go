package site_test

import (
	"strings"
	"testing"
)

// TestTargetSourcesSayParagraph: a target's source on the targets page
// names a paragraph as the citation counts it (一（三）第1段, I (3),
// para. 1), not by the mark ¶ (一（三）¶1).
func TestTargetSourcesSayParagraph(t *testing.T) {
	s := built(t)
	for name, want := range map[string]string{
		"zh/zichuan-education-2022/targets/index.html": `<a href="../part_1__sec_3__para_1/">一（三）第1段</a>`,
		"en/zichuan-education-2022/targets/index.html": `<a href="../part_1__sec_3__para_1/">I (3), para. 1</a>`,
	} {
		p := page(t, s, name)
		if !strings.Contains(p, want) {
			t.Errorf("%s lacks %s", name, want)
		}
		if strings.Contains(p, "¶") {
			t.Errorf("%s names a paragraph by ¶", name)
		}
	}
}
