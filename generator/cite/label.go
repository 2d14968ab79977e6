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
//	heading     前言, 总则第1段            Foreword, General Provisions, para. 1
//	            (unnumbered, standing alone: plan.Standing)
//	box         第二部分（三）专栏4         Part II (3), Box 4
//	table       表2, 附表4               Table 2, Schedule 4
//	project     表2第12项                 Table 2, item 12
//	table row   表1第3行, 附表1第3行        Table 1, row 3, Schedule 1, row 3
//	            (a table that lists no projects: plan.DataRow)
//	attachment  附件1第二部分…            Annex 1, Part II …
//	item of 附件 附件1第1项               Annex 1, item 1
//	the one 附件 附件第一部分, 附件第1段     Annex, Part I, Annex, para. 1
//	            (printed without a number: plan.Level)
//	division    第二部分一（一）           Part 2 I (1)   (a plan's 第X部分 over its parts)
//	chapter     第三章第一节               Chapter 3, Section 1
//	article     第十二条第二款              Article 12, para. 2
//	  its item  第十二条第（三）项           Article 12 (3)
//	  numbered  第二章第一条                Chapter 2, Article 1
//	  in its chapter (parse keeps the chapter in its eId: chp_2__art_1)
//
// The short labels of package plan (二（一）3, II (1) 3) stay the on-page
// form; the citation label adds 第…部分 / Part so it cannot be mistaken for
// a page number. Wrapper nodes (the issuing notice, its footer) have no
// citation label: cite the document itself.
//
// # Citations
//
// Every passage has two references in each language: Format's GB/T
// 7714-2015 reference and Short's form for official documents.
//
//	淄川区人民政府. 淄川区教育事业发展“十四五”规划 第二部分（一）3: 川政发〔2022〕10号[A/OL]. (2022-12-28)[2026-11-29]. URL.
//	《淄川区教育事业发展“十四五”规划》（川政发〔2022〕10号）第二部分（一）3
//
// Why the GB/T 7714 reference reads so, element by element, against the
// standard's patterns for electronic resources (主要责任者. 题名: 其他题名
// 信息[文献类型标识/文献载体标识]. 出版地: 出版者, 出版年: 引文页码(更新或
// 修改日期)[引用日期]. 获取和访问路径.) and for 析出文献 (a part cited
// within its host, joined by "//"):
//
//   - 主要责任者 is the issuing authority (发文机关), as in the standard's own
//     example of an official document online: 北京市人民政府办公厅. 关于转发
//     北京市企业投资项目核准暂行实施办法的通知: 京政办发〔2005〕37号[A/OL].
//     (2005-07-12)[2011-07-12]. URL.
//   - 题名 is the plan's own title, not the issuing notice's. The example
//     cites a notice because the notice is what it cites; a reader of a
//     plan cites the plan, and the notice's title (关于印发…的通知) hides the
//     plan's name behind the act of issuing it.
//   - 其他题名信息 is the notice's document number (发文字号), after a colon,
//     as in the example: the plan was issued under it and officials find a
//     document by it.
//   - [A/OL]: document type A, which the example uses for an official
//     document, carried online (OL). [Z/OL] would say "other" and [EB/OL]
//     an electronic bulletin.
//   - 出版地: 出版者, 出版年 are left out, as in the example: the issuer is
//     the publisher, and the date is given as (发布日期), the parenthesised
//     publication-or-update date, followed by [引用日期].
//   - The pinpoint. The standard's pinpoint is a page: 引文页码 after the
//     year, or the page of a 析出文献. An online plan has no pages. The
//     析出文献 pattern (析出题名[A/OL]//主要责任者. 题名: …) would need the
//     passage to be a contribution with a title of its own, and many
//     passages have no heading and none has an author of its own, so it
//     would invent a title and name the issuer twice. The label therefore
//     follows the title, after a space, where Chinese legal citation puts
//     its pinpoint (《…法》第十条), leaving 题名 and 其他题名信息 as the
//     standard has them; and the URL, 获取和访问路径, is the passage's
//     permalink, so the reference leads to the passage even for a reader
//     who skips the label.
//
// The English reference keeps the same order and punctuation, with the
// translated issuer and title, the label joined by a comma, and the
// document number romanised as Chinese governments' English translations
// print it (川政发〔2022〕10号 → Chuan Zheng Fa [2022] No. 10). A title
// nobody has translated stays Chinese, followed by its kind in brackets
// (浙江省城市内涝治理“十四五”规划 [Plan]), as citation styles give a title in
// another script; the page marks it lang="zh". Where no language can be
// marked (a page's <title>), Romanize writes it in pinyin as library
// catalogues do (Zhejiang Sheng cheng shi nei lao zhi li "shi si wu" gui hua),
// a polyphonic character read as in its word where pinyin's readings.txt lists the
// word (协调 xie tiao, 银行 yin hang, 重庆 Chongqing).
//
// Short follows the rule of 党政机关公文处理工作条例 for quoting a document
// in another: title first, then the document number (引用公文应当先引标题，
// 后引发文字号), the title in book-title marks (《》, nested ones as 〈〉
// under GB/T 15834) and the number in full-width brackets, then the label.
// In English: the title, the romanised number in brackets, a comma and the
// label.
package cite

import (
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// Label returns the citation label of n in lang ("zh" or "en"), or "" for
// nodes that are cited as the whole document.
func Label(n *plan.Node, lang string) string { return LabelIn(n, lang, nil) }

// LabelIn is Label with the English of the groups a project is cited by
// from terms (see Terms).
func LabelIn(n *plan.Node, lang string, terms Terms) string {
	zh := lang == "zh"
	var parts []string
	decimals := -1 // where the levels of decimal numbers start in parts
	for _, a := range append(n.Ancestors(), n) {
		if _, ok := plan.Decimal(a); ok {
			// 1.2.1 holds 1.2 and 1 (plan.Decimal).
			if decimals >= 0 {
				parts = parts[:decimals]
			}
			decimals = len(parts)
		}
		switch a.Kind {
		case plan.KindNotice, plan.KindConclusions:
			return ""
		case plan.KindPoint:
			// A point numbered through the document is cited by its
			// number alone (第（二十三）条, Point 23), as an article
			// numbered through is; an attachment's stays in front.
			parts = parts[:0]
			if at := plan.AttachmentOf(a); at != nil {
				parts = append(parts, level(at, zh, terms))
			}
		case plan.KindArticle:
			// An article is cited by its number alone, as legal
			// citations do (第十二条, not 第二章第十二条), where articles
			// are numbered through the document, or an attachment's;
			// where each chapter numbers its own, by its chapter too
			// (第二章第一条, Chapter 2, Article 1).
			parts = parts[:0]
			if at := plan.AttachmentOf(a); at != nil {
				parts = append(parts, level(at, zh, terms))
			}
			if ch := chapterNumbering(a); ch != nil {
				parts = append(parts, level(ch, zh, terms))
			}
		}
		if s := level(a, zh, terms); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	if zh {
		return plan.JoinChinese(parts)
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

// chapterNumbering is the chapter that numbers article n, where the plan
// numbers articles within each chapter (its eId keeps the chapter's:
// chp_2__art_1, where parse names an article numbered through the
// document art_12), or nil.
func chapterNumbering(n *plan.Node) *plan.Node {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Kind == plan.KindChapter {
			if strings.HasPrefix(n.EID, a.EID+"__") {
				return a
			}
			return nil
		}
	}
	return nil
}

// inArticle reports whether n is a paragraph or item of an article (or of
// an article's paragraph), which legal citations call 款 and 项.
func inArticle(n *plan.Node) bool {
	p := n.Parent
	if p != nil && p.Kind == plan.KindParagraph && n.Kind == plan.KindItem {
		p = p.Parent
	}
	return p != nil && p.Kind == plan.KindArticle
}

// level is one node's contribution to a label.
func level(n *plan.Node, zh bool, terms Terms) string {
	ord := strconv.Itoa(n.Ordinal)
	if inArticle(n) {
		switch {
		case n.Kind == plan.KindParagraph && zh:
			return plan.Clause(n)
		case n.Kind == plan.KindItem && zh:
			return "第（" + plan.ChineseNumeral(n.Ordinal) + "）项"
		case n.Kind == plan.KindItem:
			return "(" + ord + ")"
		}
	}
	switch n.Kind {
	case plan.KindPreamble:
		if zh {
			return "序言"
		}
		return "Preamble"
	case plan.KindParagraph, plan.KindBullet:
		num := strconv.Itoa(plan.ParaNumber(n))
		if zh {
			return "第" + num + "段"
		}
		return "para. " + num
	case plan.KindRow:
		if !n.DataRow() {
			return ""
		}
		if zh {
			return "第" + ord + "行"
		}
		return "row " + ord
	case plan.KindProject:
		if n.Parent == nil || n.Parent.Kind != plan.KindTable {
			if zh {
				return "重点项目" + ord
			}
			return "Key project " + ord
		}
		if grouped(n) {
			return groupedLevel(n, zh, terms)
		}
		item := "item " + ord
		if zh {
			item = "第" + ord + "项"
		}
		if zh && sharedNumber(n) {
			// A table that numbers its rows afresh without groups
			// printed above them (see group.go) has several rows
			// 第3项; the project's name tells them apart. Not in English: the name is the plan's Chinese,
			// which a label, printed as plain text of the page's
			// language (titles, pager, citations), cannot mark as
			// such; the English label names the row and the go-to
			// lists the rows it may be.
			item += nameMark(n)
		}
		return item
	}
	return plan.Level(n, zh, true)
}

// nameMark is a project's name in quotation marks, after its number.
func nameMark(n *plan.Node) string {
	if n.Heading == "" {
		return ""
	}
	return "“" + n.Heading + "”"
}
