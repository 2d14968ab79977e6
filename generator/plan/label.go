package plan

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Label is the short reference a reader sees and types for a node:
// 二（一）4 in Chinese and II (1) 4 in English. Parts, sections, items and
// sub-items contribute their numbers; a paragraph adds ¶N, or in Chinese
// 第N款 when it is an article's, as the law names it and the citation
// prints it (第十四条第二款), and an article's item is 第（N）项 / (N); a key project is 重点项目12 / Key project 12; a
// table's row (DataRow) is 表1第3行 / Table 1, row 3. Wrapper nodes have no
// label.
func Label(n *Node, lang string) string {
	zh := lang == "zh"
	if n.Kind == KindProject {
		if zh {
			return "重点项目" + strconv.Itoa(n.Ordinal)
		}
		return "Key project " + strconv.Itoa(n.Ordinal)
	}
	var parts []string
	decimals := -1 // where the labels of decimal numbers start in parts
	for _, a := range append(n.Ancestors(), n) {
		if _, ok := Decimal(a); ok {
			// 1.2.1 holds 1.2 and 1: it replaces their labels.
			if decimals >= 0 {
				parts = parts[:decimals]
			}
			decimals = len(parts)
		}
		if a.Kind == KindPoint {
			// A point numbered through the document is known by its
			// own number, whatever part holds it (第（二十三）条, not
			// 六第（二十三）条); an attachment's stays in front.
			parts = parts[:0]
			if at := AttachmentOf(a); at != nil {
				parts = append(parts, Level(at, zh, false))
			}
		}
		s := Level(a, zh, false)
		if a.Kind == KindParagraph || a.Kind == KindBullet {
			s = "¶" + strconv.Itoa(ParaNumber(a))
			if c := Clause(a); zh && c != "" {
				s = c
			}
			if a.Parent != nil && (a.Parent.Kind == KindPreamble || a.Parent.Kind == KindNotice) {
				if zh {
					s = "序言" + s
				} else {
					s = "Preamble " + s
				}
			}
		}
		if a.Kind == KindItem && ArticleItem(a) {
			// An article's item is its 项, as the law names it and the
			// citation prints it (第十三条第（二）项, Art. 13 (2)), not
			// a number run into the article's (第十三条2, Art. 13 2).
			s = "(" + strconv.Itoa(a.Ordinal) + ")"
			if zh {
				s = "第（" + ChineseNumeral(a.Ordinal) + "）项"
			}
		}
		if a.DataRow() {
			// A table's row after the table (表1第3行, Table 1, row 3).
			s = "第" + strconv.Itoa(a.Ordinal) + "行"
			if !zh {
				s = "row " + strconv.Itoa(a.Ordinal)
			}
		}
		if s != "" {
			parts = append(parts, s)
		}
	}
	if zh {
		return JoinChinese(parts)
	}
	var b strings.Builder
	for i, p := range parts {
		switch {
		case i == 0:
		case i == len(parts)-1 && n.DataRow(), namesKind(p) && bareWord(parts[i-1]):
			// Table 1, row 3; Interpretation, Part II and Annex,
			// Part I, as the citation joins them, where Interpretation
			// Part II read as one name.
			b.WriteString(", ")
		default:
			b.WriteString(" ")
		}
		b.WriteString(p)
	}
	return b.String()
}

// namesKind reports whether an English level names its kind before its
// number (Part II, item 1, Box 4), where a bare number (II, (1), 3) does
// not.
func namesKind(level string) bool {
	return strings.Contains(level, " ") && unicode.IsLetter([]rune(level)[0])
}

// bareWord reports whether an English level is a name without a number
// (Interpretation, Annex, Foreword), not a roman numeral (II) nor a
// numbered level (Att. 1).
func bareWord(level string) bool {
	return strings.ContainsFunc(level, unicode.IsLower) && !strings.ContainsFunc(level, unicode.IsDigit)
}

// ArticleItem reports whether item n is an article's (or an article's
// paragraph's), which the law numbers （一）, （二） and calls 项.
func ArticleItem(n *Node) bool {
	p := n.Parent
	if p != nil && p.Kind == KindParagraph {
		p = p.Parent
	}
	return p != nil && p.Kind == KindArticle
}

// Clause is n's 款 when it is an article's paragraph (第二款), as the law
// names it; "" for any other node.
func Clause(n *Node) string {
	if n.Kind != KindParagraph || n.Parent == nil || n.Parent.Kind != KindArticle {
		return ""
	}
	return "第" + ChineseNumeral(ParaNumber(n)) + "款"
}

// JoinChinese joins the levels of a Chinese label. A number that follows
// a number is written 第1项, so that item 1 of 附件1 or 专栏1 does not read
// as 附件11, nor item 1 of an unnumbered 附件 as 附件1.
func JoinChinese(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 && p != "" && isDigit(p[0]) && (isDigit(parts[i-1][len(parts[i-1])-1]) || parts[i-1] == "附件") {

			p = "第" + p + "项"
		}
		b.WriteString(p)
	}
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// AttachmentOf is the attachment n is in (a 附表's is its 附件), or nil.
func AttachmentOf(n *Node) *Node {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Kind == KindAttachment {
			return a
		}
	}
	return nil
}

// Schedule reports whether n is a 附表 annexed to a 附件 (package parse):
// an attachment opened by a line 附表 N, numbered N among its 附件's.
func Schedule(n *Node) bool {
	return n.Kind == KindAttachment && strings.HasPrefix(n.Num, "附表")
}

// Reading reports whether n is a notice's 解读 printed after it in its
// file (package parse): an attachment without a number, no 附件 of the
// notice, labelled and cited as what it is (解读, Interpretation).
func Reading(n *Node) bool {
	return n.Kind == KindAttachment && n.Ordinal == 0 && strings.HasSuffix(n.Heading, "解读")
}

// Level is what a numbered node contributes to a label by its kind and
// number alone: the short form of Label (二, （一）, Att. 1) or, with
// citation, the citation form of package cite (第二部分, Annex 1). It is ""
// for kinds whose part says more than a number (paragraphs, key projects,
// the preamble): each label spells those itself; an unnumbered heading
// standing alone is named by itself (Standing).
func Level(n *Node, zh, citation bool) string {
	if d, ok := Decimal(n); ok {
		return decimalLevel(n, d, zh, citation)
	}
	var f [4]string // zh, en, then the citation forms where they differ; # is the number
	cn, roman := false, false
	switch n.Kind {
	case KindAttachment:
		if Reading(n) {
			if zh {
				return "解读"
			}
			return "Interpretation"
		}
		if n.Ordinal == 0 {
			// The file's one 附件, printed without a number.
			if zh {
				return "附件"
			}
			return "Annex"
		}
		f = [4]string{"附件#", "Att. #", "", "Annex #"}
		if Schedule(n) {
			// A 附表 of a 附件 (附件1附表2, Annex 1, Schedule 2).
			f = [4]string{"附表#", "Sch. #", "", "Schedule #"}
		}
	case KindBook:
		f, cn = [4]string{"第#编", "Book #"}, true
		// A plan's division prints its own unit: 第一篇, 第一部分.
		if strings.HasSuffix(n.Num, "篇") {
			f[0], f[1] = "第#篇", "Part #"
		} else if strings.HasSuffix(n.Num, "部分") {
			f[0], f[1] = "第#部分", "Part #"
		}
	case KindChapter:
		f, cn = [4]string{"第#章", "Ch. #", "", "Chapter #"}, true
	case KindArticle:
		f, cn = [4]string{"第#条", "Art. #", "", "Article #"}, true
	case KindPart:
		f, cn, roman = [4]string{"#", "#", "第#部分", "Part #"}, true, true
		for a := n.Parent; a != nil; a = a.Parent {
			if a.Kind != KindAttachment {
				// Under a plan's 第X部分, 第X篇 or 第X章 a part is
				// cited by its own number, not as a 部分 again.
				f[2], f[3] = "", ""
			}
		}
		if p := n.Parent; p != nil && p.Kind == KindAttachment && p.Ordinal == 0 {
			// 附件一 and Annex I would read as the attachment's
			// number: an unnumbered 附件's part is 附件第一部分, Annex,
			// Part I, on the page too.
			f[0], f[1] = f[2], f[3]
		}
	case KindSection:
		f, cn = [4]string{"（#）", "(#)"}, true
		if strings.HasSuffix(n.Num, "节") {
			f = [4]string{"第#节", "Section #"}
		}
	case KindItem:
		f = [4]string{"#", "#"}
		if p := n.Parent; p != nil && p.Kind == KindAttachment && p.Ordinal == 0 {
			// Annex 1 would read as the attachment's number: an
			// unnumbered 附件's item is Annex, item 1 (附件第1项:
			// JoinChinese).
			f[1] = "item #"
		} else if p != nil && p.Kind == KindAttachment {
			// Annex 1 1 runs the item's number into the attachment's:
			// Annex 1, item 1, as 附件1第1项 (JoinChinese).
			f[3] = "item #"
		}
	case KindSubitem:
		f = [4]string{"（#）", "(#)"}
		if r, _ := utf8.DecodeRuneInString(n.Num); r >= 'A' && r <= 'Z' || r >= 'Ａ' && r <= 'Ｚ' {
			// A lettered sub-item (A．可回收物) is cited by its letter.
			return string('A' + rune(n.Ordinal-1))
		}
	case KindPoint:
		f, cn = [4]string{"第（#）条", "Point #"}, true
	case KindBox:
		f = [4]string{"专栏#", "Box #"}
	case KindHcontainer:
		return Standing(n.Heading, zh)
	case KindTable:
		f = [4]string{"表#", "Table #"}
		if strings.HasPrefix(n.Num, "附表") {
			// A plan's appended tables are numbered apart from the
			// tables in its text: 附表4 is not 表4.
			f = [4]string{"附表#", "Schedule #"}
		}
	default:
		return ""
	}
	i := 1
	if zh {
		i = 0
	}
	form := f[i]
	if citation && f[i+2] != "" {
		form = f[i+2]
	}
	num := strconv.Itoa(TableNumber(n))
	if zh && cn {
		num = ChineseNumeral(n.Ordinal)
	} else if !zh && roman {
		num = Roman(n.Ordinal)
	}
	return strings.Replace(form, "#", num, 1)
}

// standingEnglish are the unnumbered headings that stand alone (parse's
// standing headings) in English, as translations of Chinese laws and
// plans name them.
var standingEnglish = map[string]string{
	"前言": "Foreword", "序言": "Preamble", "引言": "Introduction", "导言": "Introduction",
	"总则": "General Provisions", "分则": "Specific Provisions", "附则": "Supplementary Provisions",
	"结束语": "Concluding Remarks", "结语": "Concluding Remarks",
}

// Standing is an unnumbered heading standing alone (前言, 总则) as a label
// names it: the heading without its spaces, in English its translation
// (Foreword, General Provisions), or the heading where it has none.
func Standing(heading string, zh bool) string {
	h := strings.Join(strings.Fields(heading), "")
	if en, ok := standingEnglish[h]; ok && !zh {
		return en
	}
	return h
}

// HasHan reports whether s holds a Chinese character.
func HasHan(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// Clip shortens s to its first n characters with an ellipsis, for a
// passage quoted in a message, an outline or a summary.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// TableNumber is n's number: its Ordinal, or for a table printed without
// a caption (a portal's table of tab-separated rows, Ordinal 0) its place
// among the tables of its parent, as its eId records it (att_1__table_1 →
// 1), so that its label (表1, Table 1) and go-to key name it as its eId does
// where "表0" named nothing.
func TableNumber(n *Node) int {
	if n.Kind == KindTable && n.Ordinal == 0 && n.EID != "" {
		return ParaNumber(n)
	}
	return n.Ordinal
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
