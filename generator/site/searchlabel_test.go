package site

import (
	"strings"
	"testing"

	"plansite/generator/view"
)

// TestSearchLabelSaysParagraph: a search result without a heading is
// labelled as the citation counts paragraphs, after its section's title,
// in both languages, where it was 一（一）¶1 / I (1) ¶1, and the issuing
// notice's paragraph as the notice's, where it was 序言¶1 as the plan's
// preamble's was; no result label keeps the ¶ mark. The frozen plan's passages, and the library's (not
// under -short).
func TestSearchLabelSaysParagraph(t *testing.T) {
	_, docs := builtForSearch(t)
	want := map[string]map[string]string{
		"zh": {"part_1__sec_1__para_1": "一（一） 指导思想 第1段", "notice__para_1": "印发通知第1段", "preamble__para_1": "序言第1段"},
		"en": {"part_1__sec_1__para_1": "I (1) Guiding Ideology, para. 1", "notice__para_1": "Issuing notice, para. 1", "preamble__para_1": "Preamble, para. 1"},
	}
	for _, lang := range view.Langs() {
		t.Run(lang, func(t *testing.T) {
			for _, d := range docs[lang] {
				for _, p := range d.Passages {
					if w, ok := want[lang][p.EID]; ok && p.Label != w {
						t.Errorf("%s %s: label %q, want %q", d.Slug, p.EID, p.Label, w)
					}
					if strings.Contains(p.Label, "¶") {
						t.Errorf("%s %s: label %q says ¶", d.Slug, p.EID, p.Label)
					}
				}
			}
		})
	}
	if testing.Short() {
		return
	}
	_, lib, _, _ := libraryIndexes(t)
	for lang, docs := range lib {
		for _, d := range docs {
			for _, p := range d.Passages {
				if strings.Contains(p.Label, "¶") {
					t.Errorf("%s %s %s: label %q says ¶", lang, d.Slug, p.EID, p.Label)
				}
			}
		}
	}
}
