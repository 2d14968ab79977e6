package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// numbered is a line that starts with a number of the plan's hierarchy.
type numbered struct {
	kind    plan.Kind
	num     string // as printed
	ordinal int
	rest    string // what follows the number
	rank    int    // nesting order of the numbering style: a parent has a lower rank
}

// Ranks of the numbering styles, outermost first. A plan uses some of them;
// a node nests under the nearest open node of a lower rank.
const (
	rankHeading  = iota // an unnumbered heading standing alone (前言)
	rankBook            // 第一编, 第一篇, 第一部分
	rankChapter         // 第一章
	rankDivision        // 第一节
	rankArticle         // 第一条
	rankPart            // 一、
	rankSection         // （一）
	rankItem            // 1．
	rankSubitem         // （1）
	rankCircled         // ①
	rankLetter          // A．
)

// structural reports whether k is a numbered kind of the hierarchy, which
// the checks expect text under.
func structural(k plan.Kind) bool {
	switch k {
	case plan.KindBook, plan.KindChapter, plan.KindArticle, plan.KindPart, plan.KindSection, plan.KindItem, plan.KindSubitem:
		return true
	}
	return false
}

// ordinalUnits are the units of 第X编/章/节/条 (read in traditional
// characters through simplifiedOf: 第一條, 第二節, 第一編); the divisions a
// plan prints over its chapters or parts, 第X篇 (a five-year outline's)
// and 第X部分, are books as 第X编 is.
var ordinalUnits = map[rune]struct {
	kind plan.Kind
	rank int
}{
	'编': {plan.KindBook, rankBook},
	'篇': {plan.KindBook, rankBook},
	'章': {plan.KindChapter, rankChapter},
	'节': {plan.KindSection, rankDivision},
	'条': {plan.KindArticle, rankArticle},
}

// yearFirst is a year opening an item's text, run into its number
// (2.2018年民生十件实事任务分解表).
var yearFirst = regexp.MustCompile(`^\d{4}年`)

// typeFirst is a type's number opening an item's text, run into the
// item's number (5.4 型（…）、5 型、6 型保障对象须为…: the Changle rules'
// types of those it houses, 1 型 to 6 型), a type's or a class's (2 类)
// and no amount's.
var typeFirst = regexp.MustCompile(`^\d{1,2}\s*[型类]`)

// classify recognises the numbering at the start of a trimmed line.
func classify(line string) (numbered, bool) {
	// 第三章 第一节 第十二条, with Chinese or Arabic numerals; the text may
	// follow with or without a space (第四条房屋…).
	if strings.HasPrefix(line, "第") {
		inner := line[len("第"):]
		n, size := plan.ParseChineseNumeral(inner)
		if n == 0 {
			n, size = arabic(inner)
		}
		if n > 0 {
			u, usize := utf8.DecodeRuneInString(inner[size:])
			if strings.HasPrefix(inner[size:], "部分") {
				u, usize = '篇', len("部分") // 第一部分, a division as 第一篇 is
			}
			if usize > 0 {
				if unit, ok := ordinalUnits[simplifiedRune(u)]; ok {
					num := line[:len("第")+size+usize]
					rest := strings.TrimLeftFunc(line[len(num):], unicode.IsSpace)
					// "第二条规定的" in running text is a reference, not a
					// heading; a heading's number is followed by a space, a
					// heading or the article's text, never by a particle.
					if !strings.HasPrefix(rest, "的") && !strings.HasPrefix(simplified(rest[:min(len(rest), len("规定"))]), "规定") && !strings.HasPrefix(rest, "所") && !strings.HasPrefix(rest, "、") && !strings.HasPrefix(rest, "至") {
						return numbered{unit.kind, num, n, line[len(num):], unit.rank}, true
					}
				}
			}
		}
	}
	// 二、 — a Chinese numeral and an enumeration comma.
	if n, size := plan.ParseChineseNumeral(line); n > 0 && strings.HasPrefix(line[size:], "、") {
		num := line[:size+len("、")]
		return numbered{plan.KindPart, num, n, line[len(num):], rankPart}, true
	}
	// （一） (一) （1） (1)
	if open, osize := utf8.DecodeRuneInString(line); open == '（' || open == '(' {
		inner := line[osize:]
		if n, size := plan.ParseChineseNumeral(inner); n > 0 {
			if c, csize := utf8.DecodeRuneInString(inner[size:]); c == '）' || c == ')' {
				num := line[:osize+size+csize]
				return numbered{plan.KindSection, num, n, line[len(num):], rankSection}, true
			}
		}
		if n, size := arabic(inner); n > 0 {
			if c, csize := utf8.DecodeRuneInString(inner[size:]); c == '）' || c == ')' {
				num := line[:osize+size+csize]
				return numbered{plan.KindSubitem, num, n, line[len(num):], rankSubitem}, true
			}
		}
	}
	// ① … ⑳
	if r, size := utf8.DecodeRuneInString(line); r >= '①' && r <= '⑳' {
		return numbered{plan.KindSubitem, line[:size], int(r-'①') + 1, line[size:], rankCircled}, true
	}
	if num, ok := letter(line); ok {
		return num, true
	}
	if num, ok := decimal(line); ok {
		return num, true
	}
	// 1． 1. 1、 1﹒ 1） — but not 1.5 or 2025年.
	if n, size := arabic(line); n > 0 {
		sep, ssize := utf8.DecodeRuneInString(line[size:])
		switch sep {
		case '）', ')':
			// 1） 1) — a sub-item, as （1） is, with its closing bracket only.
			num := line[:size+ssize]
			return numbered{plan.KindSubitem, num, n, line[len(num):], rankSubitem}, true
		case '．', '.', '、', '﹒':
			after, _ := utf8.DecodeRuneInString(line[size+ssize:])
			if after >= '0' && after <= '9' && !yearFirst.MatchString(line[size+ssize:]) && !typeFirst.MatchString(line[size+ssize:]) {
				break // 1.5: a decimal, but 2.2018年民生实事 is item 2, and 5.4 型保障对象 item 5
			}
			num := line[:size+ssize]
			return numbered{plan.KindItem, num, n, line[len(num):], rankItem}, true
		}
	}
	return numbered{}, false
}

// letter recognises a capital letter as a number (A．可回收物, Ｂ．有害垃圾,
// C. 厨余垃圾), a sub-item below any numbering the text has open: the letter
// and its point, then a Chinese character, perhaps after a space, so that a
// grade or a name (A级景区, A.股, B2B) is none.
func letter(line string) (numbered, bool) {
	r, size := utf8.DecodeRuneInString(line)
	var ordinal int
	switch {
	case r >= 'A' && r <= 'Z':
		ordinal = int(r-'A') + 1
	case r >= 'Ａ' && r <= 'Ｚ':
		ordinal = int(r-'Ａ') + 1
	default:
		return numbered{}, false
	}
	sep, ssize := utf8.DecodeRuneInString(line[size:])
	if sep != '．' && sep != '.' && sep != '、' && sep != '﹒' {
		return numbered{}, false
	}
	num := line[:size+ssize]
	if h, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(line[len(num):], unicode.IsSpace)); !unicode.Is(unicode.Han, h) {
		return numbered{}, false
	}
	return numbered{plan.KindSubitem, num, ordinal, line[len(num):], rankLetter}, true
}

// arabic reads a number of up to three leading ASCII or full-width digits;
// a longer one (a year, an amount) is no numbering.
func arabic(s string) (n, size int) {
	count := 0
	for i, r := range s {
		var d int
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= '０' && r <= '９':
			d = int(r - '０')
		default:
			return n, i
		}
		if count++; count > 3 {
			return 0, 0
		}
		n = n*10 + d
		size = i + utf8.RuneLen(r)
	}
	return n, size
}

// splitHeading separates a heading that runs into its paragraph up to the
// first 。 ("1．完善…体系。坚持…"). A first sentence longer than maxHeading is
// running text, not a heading.
func splitHeading(rest string, maxHeading int) (heading, text string, runIn bool) {
	i := firstStop(rest)
	if i < 0 {
		if utf8.RuneCountInString(rest) <= maxHeading && !strings.ContainsAny(rest, "；;。") && !strings.HasSuffix(rest, "：") && !strings.HasSuffix(rest, ":") && !citedDocument.MatchString(rest) {
			return rest, "", false
		}
		return "", rest, false // a clause of a list, or the lead-in to one ("具体为：")
	}
	if utf8.RuneCountInString(rest[:i]) > maxHeading || i == 0 || states(rest[:i]) {
		return "", rest, false
	}
	if long := utf8.RuneCountInString(rest[:i]) > maxLead; (long && strings.ContainsAny(rest[:i], "，,；;")) ||
		(strings.TrimSpace(rest[i+len("。"):]) == "" && (long || strings.ContainsAny(rest[:i], "，,；;：:"))) {
		// One whole sentence and nothing after it: a provision of a list
		// ("（二）鼓励房地产开发企业…开展住房团购优惠、以老带新等促销活动。"),
		// not a heading, unless it is as short and plain as one.
		return "", rest, false
	}
	return rest[:i], rest[i+len("。"):], true
}

// citedDocument matches a line that ends by citing a document by its
// number, as a list of documents does (a decision repealing them, a
// catalogue of those kept: 2．某市人民政府办公室关于加强校车安全管理工作的意见
// （某政办发〔2013〕7号）): an entry of the list, never a heading.
var citedDocument = regexp.MustCompile(`[（(][^（）()]*[` + plan.NumberOpen + `]\s*\d{4}\s*[` + plan.NumberClose + `][^（）()]*号[）)]$`)

// leadSentence splits off the short lead sentence of an unnumbered paragraph
// ("坚持党的全面领导。坚持…"): at most maxLead characters, no comma, and more
// text after it.
func leadSentence(s string) (lead, text string, ok bool) {
	i := firstStop(s)
	if i <= 0 || i+len("。") == len(s) {
		return "", s, false
	}
	head := s[:i]
	// "一是加强领导。…二是…" enumerates in running text: its first point
	// heads no paragraph. Points printed as paragraphs of their own
	// (一是坚持政府主导。… / 二是坚持系统谋划。…) each head theirs.
	if utf8.RuneCountInString(head) > maxLead || strings.ContainsAny(head, "，,；;：:“”0123456789") || prescribes(head) || strings.HasPrefix(head, "一是") && strings.Contains(s[i:], "二是") {
		return "", s, false
	}
	return head, s[i+len("。"):], true
}

// firstStop returns the byte offset of the first 。 of s outside quotation
// marks and brackets (a sentence quoted in "将第六条修改为：“…。”" does not
// end the heading), or -1.
func firstStop(s string) int {
	depth := 0
	for i, r := range s {
		switch r {
		case '“', '「', '（', '(':
			depth++
		case '”', '」', '）', ')':
			depth = max(depth-1, 0)
		case '"': // closes “ in some exports (“政府引导、市场运作"), or opens
			if depth > 0 {
				depth--
			} else {
				depth++
			}
		case '。':
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// prescribes reports whether a sentence states a rule or a date rather than
// naming a topic ("招生学校要严格按照…接收学生", "…截止2023年8月20日"): a
// lead sentence that does is the paragraph's first sentence, not its heading.
func prescribes(s string) bool {
	if strings.Contains(s, "应当") || strings.Contains(s, "必须") {
		return true
	}
	for _, compound := range []string{"重要", "主要", "需要", "要求", "要素", "要点", "纲要", "首要", "紧要", "摘要"} {
		s = strings.ReplaceAll(s, compound, "")
	}
	return strings.Contains(s, "要")
}

const (
	maxHeading = 50
	maxLead    = 25
)
