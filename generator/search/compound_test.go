package search

import (
	"slices"
	"testing"
)

// TestWordInsideCompound: a query word that a passage holds only inside a
// longer glossary term, with the term's characters on both sides of it
// (养老 in 房屋养老金, a building's repair fund), ranks below the passages
// where it stands as a word of its own (养老服务, 养老保险), as a word
// segmenter would have it; a term the word opens or ends (养老金, 学前教育)
// is of the word and is not held down. Before, 养老 ranked 建立房屋养老金账户
// first: its heading says 养老 and its text twice.
func TestWordInsideCompound(t *testing.T) {
	docs, gloss := compoundDocs(), compoundGlossary
	ix := buildOpen(t, docs, ModeZh, Options{Glossary: gloss})
	rs, err := ix.Search("养老")
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for i := range rs {
		if err := ix.Describe(&rs[i]); err != nil {
			t.Fatal(err)
		}
		have = append(have, rs[i].URL+"#"+rs[i].EID)
	}
	want := []string{"zh/care/#part_1", "zh/care/#part_2", "zh/housing/#part_1"}
	if !slices.Equal(have, want) {
		t.Errorf("养老: have %q, want %q", have, want)
	}
	// Without the term in the glossary nothing says 养老 is inside a word.
	ix = buildOpen(t, docs, ModeZh, Options{})
	if rs, _ := ix.Search("养老"); len(rs) != 3 || rs[0].Passage != 0 {
		t.Errorf("养老 without the glossary: have %v, want the housing plan's part first, as before", rs)
	}
}

// compoundDocs are two plans, one saying 养老 only inside 房屋养老金, the
// other as a word of its own; the "compound" index of the parity tests.
func compoundDocs() []Doc {
	return []Doc{{Slug: "housing", Title: "沈阳市房屋安全管理实施方案", URL: "zh/housing/", Passages: []Passage{
		{EID: "part_1", Kind: "part", Label: "一", Heading: "建立房屋养老金账户", Text: "探索建立房屋养老金制度，房屋养老金用于房屋体检。"},
		{EID: "part_2", Kind: "part", Label: "二", Heading: "加强房屋安全管理", Text: "开展房屋安全隐患排查。"},
	}}, {Slug: "care", Title: "关于促进消费的若干措施", URL: "zh/care/", Passages: []Passage{
		{EID: "part_1", Kind: "part", Label: "一", Heading: "发展社区养老服务", Text: "推进社区居家养老服务网络建设，扩大普惠养老服务供给，支持家政企业进社区提供助餐、助浴等服务。"},
		{EID: "part_2", Kind: "part", Label: "二", Heading: "提高保障能力", Text: "提高城乡居民基本养老金标准，落实企业职工基本养老保险政策，稳定居民消费预期。"},
		{EID: "part_3", Kind: "part", Label: "三", Heading: "扩大服务消费", Text: "发展家政服务和文化旅游消费。"},
	}}}
}

var compoundGlossary = []Term{{Zh: "房屋养老金", En: "housing pension fund"}, {Zh: "养老金", En: "pension"}}
