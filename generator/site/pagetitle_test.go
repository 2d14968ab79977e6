package site_test

import (
	"regexp"
	"strings"
	"testing"
)

// TestParagraphPageTitles: a paragraph's permalink page is titled as a
// reader understands it, the section's title and the paragraph as the
// citation counts it (一（一） 指导思想 第1段, I (1) Guiding Ideology,
// para. 1), as search results label it, where it read 一（一）¶1; no
// page's <title> says ¶.
func TestParagraphPageTitles(t *testing.T) {
	s := built(t)
	for name, want := range map[string]string{
		"zh/zichuan-education-2022/part_1__sec_1__para_1/index.html": "<title>一（一） 指导思想 第1段 · 淄川区教育事业发展“十四五”规划 · 规划公开</title>",
		"en/zichuan-education-2022/part_1__sec_1__para_1/index.html": "<title>I (1) Guiding Ideology, para. 1 · Zichuan District 14th Five-Year Plan for Education Development · Plans in the open</title>",
		"zh/zichuan-education-2022/part_2__sec_1__item_3/index.html": "<title>二（一）3 完善示范性智育水平培养体系 · 淄川区教育事业发展“十四五”规划 · 规划公开</title>",
	} {
		if p := page(t, s, name); !strings.Contains(p, want) {
			t.Errorf("%s: have %s, want %s", name, titleTag.FindString(p), want)
		}
	}
	for name, data := range s.Files {
		if title := titleTag.Find(data); strings.Contains(string(title), "¶") {
			t.Errorf("%s: %s", name, title)
		}
	}
}

var titleTag = regexp.MustCompile(`<title>[^<]*</title>`)
