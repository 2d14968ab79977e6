// Package cite makes every passage of a plan citable: the label a citation
// names a passage by, the GB/T 7714-2015 reference in Chinese and English,
// and the go-to keys that turn a typed label back into an eId.
//
// # Citation labels
//
// A citation label is the pinpoint a reader of legislation expects after a
// title, spelled out in full so it stands alone in a footnote:
//
//	kind        zh                       en
//	part        第二部分                  Part II
//	section     第二部分（一）             Part II (1)
//	item        第二部分（一）3            Part II (1) 3
//	subitem     第二部分（一）3（2）        Part II (1) 3 (2)
//	paragraph   第一部分（二）第1段         Part I (2), para. 1
//	preamble ¶  序言第1段                 Preamble, para. 1
//	box         第二部分（三）专栏4         Part II (3), Box 4
//	table       表2                      Table 2
//	project     表2第12项                 Table 2, item 12
//	attachment  附件1第二部分…            Annex 1, Part II …
//
// The short labels of package plan (二（一）3, II (1) 3) stay the on-page
// form; the citation label adds 第…部分 / Part so it cannot be mistaken for
// a page number. Wrapper nodes (the issuing notice, its footer) have no
// citation label: cite the document itself.
//
// # Citations
//
// Format writes GB/T 7714-2015's pattern for an official document online
// (document type A, carrier OL):
//
//	发文机关. 题名 标签: 发文字号[A/OL]. (发布日期)[引用日期]. URL.
//
// The passage label follows the title, where a reader of legislation
// citations looks for the pinpoint (《…》第十条), and the document number
// stays joined to its type code, 川政发〔2022〕10号[A/OL], so every passage
// of one document shares one recognisable reference. The URL is the
// passage's permalink. The English form keeps the same order and
// punctuation, with the translated issuer and title, the label joined by a
// comma, and the document number romanised (川政发〔2022〕10号 → Chuan Zheng
// Fa [2022] No. 10).
package cite

import (
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// Label returns the citation label of n in lang ("zh" or "en"), or "" for
// nodes that are cited as the whole document.
func Label(n *plan.Node, lang string) string {
	zh := lang == "zh"
	var parts []string
	for _, a := range append(n.Ancestors(), n) {
		switch a.Kind {
		case plan.KindNotice, plan.KindConclusions:
			return ""
		}
		if s := level(a, zh); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	if zh {
		return strings.Join(parts, "")
	}
	return joinEnglish(parts)
}

// joinEnglish joins levels with spaces, and with a comma before a level
// that names its own kind (para., Box, item): Part I (2), para. 1.
func joinEnglish(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			if startsWithWord(p) {
				b.WriteString(", ")
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

func startsWithWord(s string) bool {
	return s != "" && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z')
}

// level is one node's contribution to a label.
func level(n *plan.Node, zh bool) string {
	ord := strconv.Itoa(n.Ordinal)
	switch n.Kind {
	case plan.KindAttachment:
		if zh {
			return "附件" + ord
		}
		return "Annex " + ord
	case plan.KindPreamble:
		if zh {
			return "序言"
		}
		return "Preamble"
	case plan.KindBook:
		if zh {
			return "第" + plan.ChineseNumeral(n.Ordinal) + "编"
		}
		return "Book " + ord
	case plan.KindChapter:
		if zh {
			return "第" + plan.ChineseNumeral(n.Ordinal) + "章"
		}
		return "Chapter " + ord
	case plan.KindArticle:
		if zh {
			return "第" + plan.ChineseNumeral(n.Ordinal) + "条"
		}
		return "Article " + ord
	case plan.KindHcontainer:
		return n.Heading
	case plan.KindPart:
		if zh {
			return "第" + plan.ChineseNumeral(n.Ordinal) + "部分"
		}
		return "Part " + plan.Roman(n.Ordinal)
	case plan.KindSection:
		if zh {
			return "（" + plan.ChineseNumeral(n.Ordinal) + "）"
		}
		return "(" + ord + ")"
	case plan.KindItem:
		return ord
	case plan.KindSubitem:
		if zh {
			return "（" + ord + "）"
		}
		return "(" + ord + ")"
	case plan.KindParagraph, plan.KindBullet:
		num := strconv.Itoa(plan.ParaNumber(n))
		if zh {
			return "第" + num + "段"
		}
		return "para. " + num
	case plan.KindBox:
		if zh {
			return "专栏" + ord
		}
		return "Box " + ord
	case plan.KindTable:
		if zh {
			return "表" + ord
		}
		return "Table " + ord
	case plan.KindProject:
		if n.Parent == nil || n.Parent.Kind != plan.KindTable {
			if zh {
				return "重点项目" + ord
			}
			return "Key project " + ord
		}
		if zh {
			return "第" + ord + "项"
		}
		return "item " + ord
	}
	return ""
}
