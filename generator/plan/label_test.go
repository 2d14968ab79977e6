package plan

import "testing"

// TestLevelBook labels a division over chapters or parts by the unit it
// prints: 第X编, or a plan's 第X篇 and 第X部分.
func TestLevelBook(t *testing.T) {
	tests := []struct {
		num     string
		ordinal int
		zh, en  string
	}{
		{"第一编", 1, "第一编", "Book 1"},
		{"第二篇", 2, "第二篇", "Part 2"},
		{"第三部分", 3, "第三部分", "Part 3"},
	}
	for _, tt := range tests {
		t.Run(tt.num, func(t *testing.T) {
			n := &Node{Kind: KindBook, Num: tt.num, Ordinal: tt.ordinal}
			if have := Level(n, true, false); have != tt.zh {
				t.Errorf("zh: have %q, want %q", have, tt.zh)
			}
			if have := Level(n, false, false); have != tt.en {
				t.Errorf("en: have %q, want %q", have, tt.en)
			}
		})
	}
}

// TestLevelPartInDivision cites a part 一、 by its number under a plan's
// 第X部分, where elsewhere it is cited as 第一部分.
func TestLevelPartInDivision(t *testing.T) {
	book := &Node{Kind: KindBook, Num: "第二部分", Ordinal: 2}
	part := &Node{Kind: KindPart, Num: "一、", Ordinal: 1, Parent: book}
	if have := Level(part, true, true); have != "一" {
		t.Errorf("zh citation under 第二部分: have %q, want 一", have)
	}
	if have := Level(part, false, true); have != "I" {
		t.Errorf("en citation under 第二部分: have %q, want I", have)
	}
	part.Parent = nil
	if have := Level(part, true, true); have != "第一部分" {
		t.Errorf("zh citation: have %q, want 第一部分", have)
	}
}

// TestLevelLetter labels a lettered sub-item (A．, Ｃ．) by its letter in
// both languages, where a numbered one is （1） / (1).
func TestLevelLetter(t *testing.T) {
	tests := []struct {
		num     string
		ordinal int
		want    string
	}{
		{"A．", 1, "A"},
		{"Ｃ．", 3, "C"},
		{"（2）", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.num, func(t *testing.T) {
			n := &Node{Kind: KindSubitem, Num: tt.num, Ordinal: tt.ordinal}
			zh, en := tt.want, tt.want
			if zh == "" {
				zh, en = "（2）", "(2)"
			}
			if have := Level(n, true, false); have != zh {
				t.Errorf("zh: have %q, want %q", have, zh)
			}
			if have := Level(n, false, true); have != en {
				t.Errorf("en: have %q, want %q", have, en)
			}
		})
	}
}

// TestLabelArticleParagraph: an article's paragraph is its 款 in Chinese,
// as its citation prints it, and ¶N in English and outside articles.
func TestLabelArticleParagraph(t *testing.T) {
	art := &Node{EID: "art_14", Kind: KindArticle, Ordinal: 14, Num: "第十四条"}
	para := &Node{EID: "art_14__para_2", Kind: KindParagraph, Parent: art}
	sec := &Node{EID: "part_1", Kind: KindPart, Ordinal: 1}
	other := &Node{EID: "part_1__para_2", Kind: KindParagraph, Parent: sec}
	art.Children = []*Node{{EID: "art_14__para_1", Kind: KindParagraph, Parent: art}, para}
	sec.Children = []*Node{{EID: "part_1__para_1", Kind: KindParagraph, Parent: sec}, other}
	for _, tt := range []struct {
		n          *Node
		lang, want string
	}{
		{para, "zh", "第十四条第二款"},
		{para, "en", "Art. 14 ¶2"},
		{other, "zh", "一¶2"},
	} {
		if have := Label(tt.n, tt.lang); have != tt.want {
			t.Errorf("%s %s: have %q, want %q", tt.n.EID, tt.lang, have, tt.want)
		}
	}
}

// TestLabelStanding: an unnumbered heading standing alone is named by
// itself in a label, in English by its translation; before, it added
// nothing (a paragraph under 前言 was ¶1, the heading had no label) and a
// citation printed the Chinese heading on English pages.
func TestLabelStanding(t *testing.T) {
	pre := &Node{EID: "hcontainer_1", Kind: KindHcontainer, Heading: "前  言"}
	para := &Node{EID: "hcontainer_1__para_1", Kind: KindParagraph, Parent: pre}
	odd := &Node{EID: "hcontainer_2", Kind: KindHcontainer, Heading: "说明"}
	pre.Children = []*Node{para}
	for _, tt := range []struct {
		n          *Node
		lang, want string
	}{
		{pre, "zh", "前言"},
		{pre, "en", "Foreword"},
		{para, "zh", "前言¶1"},
		{para, "en", "Foreword ¶1"},
		{odd, "en", "说明"},
	} {
		if have := Label(tt.n, tt.lang); have != tt.want {
			t.Errorf("%s %s: have %q, want %q", tt.n.EID, tt.lang, have, tt.want)
		}
	}
}

// TestLabelDataRow: a row of a table that lists no projects is labelled
// after its table, 表1第3行 / Table 1, row 3; a key-project table's row
// that is no project (unnumbered) adds nothing of its own.
func TestLabelDataRow(t *testing.T) {
	part := &Node{EID: "part_2", Kind: KindPart, Ordinal: 2}
	tab := &Node{EID: "part_2__table_1", Kind: KindTable, Num: "表1", Ordinal: 1, Parent: part}
	sched := &Node{EID: "table_4", Kind: KindTable, Num: "附表4", Ordinal: 4}
	row := &Node{EID: "part_2__table_1__row_3", Kind: KindRow, Ordinal: 3, Parent: tab}
	srow := &Node{EID: "table_4__row_12", Kind: KindRow, Ordinal: 12, Parent: sched}
	group := &Node{EID: "row_1", Kind: KindRow, Parent: sched}
	for _, tt := range []struct {
		n          *Node
		lang, want string
	}{
		{row, "zh", "二表1第3行"},
		{row, "en", "II Table 1, row 3"},
		{srow, "zh", "附表4第12行"},
		{srow, "en", "Schedule 4, row 12"},
		{group, "zh", "附表4"},
	} {
		if have := Label(tt.n, tt.lang); have != tt.want {
			t.Errorf("%s %s: have %q, want %q", tt.n.EID, tt.lang, have, tt.want)
		}
	}
}

// TestLabelEnglishComma: a level that names its kind after a level that
// is a name alone is joined by a comma, as the citation joins it:
// Interpretation, Part II and Annex, Part I, where the go-to list read
// Interpretation Part II beside the citation's Interpretation, Part II;
// numbered levels stay joined by spaces (Att. 1 II 3, II (3) Box 4).
func TestLabelEnglishComma(t *testing.T) {
	reading := &Node{EID: "att_2", Kind: KindAttachment, Heading: "政策解读"}
	annex := &Node{EID: "att_1", Kind: KindAttachment, Heading: "任务清单"}
	att := &Node{EID: "att_3", Kind: KindAttachment, Num: "附件3", Ordinal: 3}
	part := func(up *Node) *Node {
		return &Node{EID: up.EID + "__part_2", Kind: KindPart, Num: "二、", Ordinal: 2, Parent: up}
	}
	item := &Node{EID: "att_1__item_1", Kind: KindItem, Num: "1.", Ordinal: 1, Parent: annex}
	top := &Node{EID: "part_2", Kind: KindPart, Num: "二、", Ordinal: 2}
	sec := &Node{EID: "part_2__sec_3", Kind: KindSection, Num: "（三）", Ordinal: 3, Parent: top}
	box := &Node{EID: "part_2__sec_3__box_4", Kind: KindBox, Num: "专栏4", Ordinal: 4, Parent: sec}
	for _, c := range []struct {
		n    *Node
		want string
	}{
		{part(reading), "Interpretation, Part II"},
		{part(annex), "Annex, Part II"},
		{item, "Annex, item 1"},
		{&Node{EID: "att_3__part_2__item_3", Kind: KindItem, Num: "3.", Ordinal: 3, Parent: part(att)}, "Att. 3 II 3"},
		{box, "II (3) Box 4"},
	} {
		if have := Label(c.n, "en"); have != c.want {
			t.Errorf("%s: have %q, want %q", c.n.EID, have, c.want)
		}
	}
}

// TestLabelArticleItem: an article's item, directly or under one of its
// paragraphs, is its 项 as the citation names it (第十三条第（二）项,
// Art. 13 (2)), where the label ran its number into the article's
// (第十三条2, Art. 13 2); an item elsewhere keeps its number.
func TestLabelArticleItem(t *testing.T) {
	art := &Node{EID: "art_13", Kind: KindArticle, Ordinal: 13, Num: "第十三条"}
	item := &Node{EID: "art_13__item_2", Kind: KindItem, Ordinal: 2, Num: "（二）", Parent: art}
	para := &Node{EID: "art_14__para_2", Kind: KindParagraph, Parent: &Node{EID: "art_14", Kind: KindArticle, Ordinal: 14, Num: "第十四条"}}
	inPara := &Node{EID: "art_14__para_2__item_3", Kind: KindItem, Ordinal: 3, Num: "（三）", Parent: para}
	part := &Node{EID: "part_2", Kind: KindPart, Ordinal: 2, Num: "二、"}
	plain := &Node{EID: "part_2__item_3", Kind: KindItem, Ordinal: 3, Num: "3.", Parent: part}
	for _, c := range []struct {
		n      *Node
		zh, en string
	}{
		{item, "第十三条第（二）项", "Art. 13 (2)"},
		{inPara, "第十四条第二款第（三）项", "Art. 14 ¶2 (3)"},
		{plain, "二3", "II 3"},
	} {
		if have := Label(c.n, "zh"); have != c.zh {
			t.Errorf("%s zh: have %q, want %q", c.n.EID, have, c.zh)
		}
		if have := Label(c.n, "en"); have != c.en {
			t.Errorf("%s en: have %q, want %q", c.n.EID, have, c.en)
		}
	}
}
