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
