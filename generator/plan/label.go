package plan

import (
	"strconv"
	"strings"
)

// Label is the short reference a reader sees and types for a node:
// 二（一）4 in Chinese and II (1) 4 in English. Parts, sections, items and
// sub-items contribute their numbers; a paragraph adds ¶N; a key project is
// 重点项目12 / Key project 12. Wrapper nodes have no label.
func Label(n *Node, lang string) string {
	if n.Kind == KindProject {
		if lang == "zh" {
			return "重点项目" + strconv.Itoa(n.Ordinal)
		}
		return "Key project " + strconv.Itoa(n.Ordinal)
	}
	var parts []string
	for _, a := range append(n.Ancestors(), n) {
		if s := labelPart(a, lang); s != "" {
			parts = append(parts, s)
		}
	}
	if lang == "zh" {
		return strings.Join(parts, "")
	}
	return strings.Join(parts, " ")
}

func labelPart(n *Node, lang string) string {
	zh := lang == "zh"
	switch n.Kind {
	case KindAttachment:
		if zh {
			return "附件" + strconv.Itoa(n.Ordinal)
		}
		return "Att. " + strconv.Itoa(n.Ordinal)
	case KindBook:
		if zh {
			return "第" + ChineseNumeral(n.Ordinal) + "编"
		}
		return "Book " + strconv.Itoa(n.Ordinal)
	case KindChapter:
		if zh {
			return "第" + ChineseNumeral(n.Ordinal) + "章"
		}
		return "Ch. " + strconv.Itoa(n.Ordinal)
	case KindArticle:
		if zh {
			return "第" + ChineseNumeral(n.Ordinal) + "条"
		}
		return "Art. " + strconv.Itoa(n.Ordinal)
	case KindPart:
		if zh {
			return ChineseNumeral(n.Ordinal)
		}
		return Roman(n.Ordinal)
	case KindSection:
		if zh {
			return "（" + ChineseNumeral(n.Ordinal) + "）"
		}
		return "(" + strconv.Itoa(n.Ordinal) + ")"
	case KindItem:
		return strconv.Itoa(n.Ordinal)
	case KindSubitem:
		if zh {
			return "（" + strconv.Itoa(n.Ordinal) + "）"
		}
		return "(" + strconv.Itoa(n.Ordinal) + ")"
	case KindBox:
		if zh {
			return "专栏" + strconv.Itoa(n.Ordinal)
		}
		return "Box " + strconv.Itoa(n.Ordinal)
	case KindParagraph, KindBullet:
		num := strconv.Itoa(ParaNumber(n))
		if n.Parent != nil && (n.Parent.Kind == KindPreamble || n.Parent.Kind == KindNotice) {
			if zh {
				return "序言¶" + num
			}
			return "Preamble ¶" + num
		}
		return "¶" + num
	case KindTable:
		if zh {
			return "表" + strconv.Itoa(n.Ordinal)
		}
		return "Table " + strconv.Itoa(n.Ordinal)
	}
	return ""
}

// ChineseNumeral writes 1–99 as 一 … 九十九.
func ChineseNumeral(n int) string {
	ds := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n <= 0 || n > 99:
		return strconv.Itoa(n)
	case n < 10:
		return ds[n]
	case n < 20:
		return "十" + ds[n%10]
	default:
		return ds[n/10] + "十" + ds[n%10]
	}
}

// Roman writes 1–3999 in Roman numerals.
func Roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// ParaNumber is an unnumbered paragraph's position among its parent's
// paragraphs, as its eId records it (part_1__sec_2__para_3 → 3).
func ParaNumber(n *Node) int {
	last := n.EID[strings.LastIndex(n.EID, "__")+2:]
	_, num, _ := strings.Cut(last, "_")
	if i := strings.IndexByte(num, '_'); i >= 0 {
		num = num[:i]
	}
	v, err := strconv.Atoi(num)
	if err != nil {
		return n.Ordinal
	}
	return v
}
