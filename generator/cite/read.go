package cite

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// Reading a typed reference (Parse). The query is folded to one spelling
// (fold), a permalink gives its eId, and the words that name a level —
// 第二部分, 第三章, 第十二条, 第二款, 专栏4, 附件1, Part, Article, para.,
// Box, Annex … — become one-letter markers in upper case (the folded
// query has none), so that what is left is markers, numbers (Arabic,
// Chinese or Roman) and separators, which levels reads into a key.

var (
	eidQuery = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*(__[a-z][a-z0-9]*(_[a-z0-9]+)*)*$`)
	// A permalink, as a citation prints it: …/zh/<plan>/<eId>/ or #<eId>.
	urlQuery = regexp.MustCompile(`(?:/[a-z]{2}/[^/]+/|#)([a-z][a-z0-9]*(?:_[a-z0-9]+)*(?:__[a-z][a-z0-9]*(?:_[a-z0-9]+)*)*)/?\.?$`)
	// The title and document number in front of a label: 《…》, 川政发
	// 〔2022〕10号, （…号）, 北京市人民政府令第308号, Chuan Zheng Fa
	// [2022] No. 10), as Short prints them.
	citedQuery = regexp.MustCompile(`^.*(?:》|\d{4}[〕\])】]第?\d+号\)?|令第\d+号\)?|\[\d{4}\]no\.\d+\)?)`)
	// 第二部分, 第三章, 第（一）项 …: a number and its unit.
	ordinalQuery = regexp.MustCompile(`第([0-9〇零一二三四五六七八九十百两]+|\([0-9〇零一二三四五六七八九十百两]+\))(部分|篇|编|章|节|条|款|段|项|点|行)`)
	// A label that starts with a unit no title ends in, or with a
	// numbered attachment, table or box (…规划附件1第二部分).
	strongQuery = regexp.MustCompile(`^(?:第[0-9〇零一二三四五六七八九十百两]+(部分|篇|编|章|条)|(?:附表|附件|专栏|表)[0-9〇零一二三四五六七八九十百两]+)`)
	// A lettered sub-item's letter after its item's number (一（一）B,
	// Part I (1), B): its ordinal, where a Roman numeral would name
	// nothing (C is 100).
	letterQuery = regexp.MustCompile(`([0-9)〇零一二三四五六七八九十百两]),?([a-h])($|[第¶,])`)
	// A grouped project (group.go) by its table, groups and number, or
	// its groups and number: 附表4杭州市河道综合治理工程第5项,
	// schedule4,hangzhou,…,item1(1), after a title or not.
	groupQuery = regexp.MustCompile(`^(?:.*?(附表|schedule|表|table)([0-9]+|[〇零一二三四五六七八九十百两]+),?)?([^0-9]+?),?(?:第([0-9]+|[〇零一二三四五六七八九十百两]+)项|item([0-9]+))(?:\(([0-9]+)\))?$`)
	// A table's row before its table: row3oftable1, row 2 of schedule 4.
	rowOfQuery = regexp.MustCompile(`^row([0-9]+)of(table|schedule)([0-9]+)$`)
	// A GB/T 7714 type code and carrier: [A/OL], [EB/OL].
	typeCodeQuery = regexp.MustCompile(`\[[a-z]+/ol\]`)
	// A decimal plan's number (2, 1.2, 2.1.1), which a heading may follow
	// (1.1编制目的, 2组织体系 as folded).
	decimalQuery = regexp.MustCompile(`^[0-9]{1,3}(?:\.[0-9]{1,3})*$`)
	// A section's number alone: （三）, (3).
	sectionQuery = regexp.MustCompile(`^\(([0-9]+|[〇零一二三四五六七八九十百两]+)\)$`)
	// Words before a number that name its level, longest first.
	wordQuery      = regexp.MustCompile(levelWords)
	wordStartQuery = regexp.MustCompile(`^(?:` + levelWords + `|` + standingWords + `)`)
	standingQuery  = regexp.MustCompile(standingWords)
	// What a rule's text says after an article it refers to (依照本办法
	// 第十条之规定, 第二十条第一款规定的情形): no heading, but the end of
	// the reference.
	formulaQuery = regexp.MustCompile(`^[之的]?(?:规定|要求|所列|所述)(?:的|执行|办理|情形|事项)*$`)
)

// standingWords are the unnumbered headings that stand alone (parse's
// standing headings, plan.Standing), in Chinese and in English as folded,
// with their number in a key (std3 for 总则 and General Provisions); 序言
// is the preamble's word. Longest first where one begins another.
const standingWords = `前言|foreword|preface|引言|导言|introduction|总则|generalprovisions|分则|specificprovisions|附则|supplementaryprovisions|结束语|结语|concludingremarks|conclusion`

var standingNumbers = map[string]int{"前言": 1, "foreword": 1, "preface": 1, "引言": 2, "导言": 2, "introduction": 2,
	"总则": 3, "generalprovisions": 3, "分则": 4, "specificprovisions": 4, "附则": 5, "supplementaryprovisions": 5,
	"结束语": 6, "结语": 6, "concludingremarks": 6, "conclusion": 6}

// standingKey is the key level of a heading standing alone by its name
// (std1 … std6; pre for 序言), or "".
func standingKey(heading string) string {
	h := fold(heading)
	if h == "序言" {
		return "pre"
	}
	if n, ok := standingNumbers[h]; ok {
		return "std" + strconv.Itoa(n)
	}
	return ""
}

const levelWords = `重点项目|keyproject|项目|project|proj_?|part|book|chapter|chap\.?|ch\.|article|art\.?|paragraph|para\.?|¶|段|section|sec\.?|subitem|item|row|no\.|专栏|box|附表|schedule|表|table|附件|annex|appendix|attachment|att\.?|解读|interpretation|point|序言|preamble`

// ordinalUnits are the markers of the units after 第N.
var ordinalUnits = map[string]string{"部分": "K", "篇": "K", "编": "E", "章": "C", "节": ".", "条": "R", "款": "P", "段": "P", "项": ".", "点": ".", "行": "W"}

// wordMarkers are the markers of the level words.
var wordMarkers = map[string]string{
	"重点项目": "J", "keyproject": "J", "项目": "J", "project": "J", "proj": "J", "proj_": "J",
	"part": "K", "book": "E", "chapter": "C", "chap": "C", "chap.": "C", "ch.": "C",
	"article": "R", "art": "R", "art.": "R", "paragraph": "P", "para": "P", "para.": "P", "¶": "P", "段": "P",
	"section": ".", "sec": ".", "sec.": ".", "subitem": ".", "item": ".", "row": "W", "no.": ".",
	"专栏": "B", "box": "B", "附表": "S", "schedule": "S", "表": "T", "table": "T",
	"附件": "A", "annex": "A", "appendix": "A", "attachment": "A", "att": "A", "att.": "A", "序言": "Q", "preamble": "Q",
	"解读": "I", "interpretation": "I", "point": "N",
}

// markerKeys are what each marker and the number after it become in a key.
var markerKeys = map[rune]string{'H': "std", 'K': "pt", 'E': "bk", 'C': "ch", 'R': "art", 'P': "p", 'B': "b", 'A': "a", 'T': "t", 'S': "st", 'J': "proj", 'W': "r", 'N': "pnt"}

// Parse reduces a typed passage reference to a go-to key (see Key), or ""
// when it cannot be read.
func Parse(q string) string {
	q = strings.TrimSpace(q)
	if eidQuery.MatchString(q) && strings.Contains(q, "_") {
		return "eid:" + q
	}
	s := fold(q)
	if m := urlQuery.FindStringSubmatch(s); m != nil {
		return "eid:" + m[1]
	}
	// A GB/T 7714 reference without its permalink (cut off, or copied
	// without it): the label is before the document number's colon, or
	// before the type code.
	if loc := typeCodeQuery.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
		if i := strings.LastIndex(s, ":"); i > 0 {
			s = s[:i]
		}
	}
	// A project cited with its name (表4第3项“…”), which may hold
	// quotation marks of its own, after a title that may too.
	// A heading may end in a quotation too (…全面推行新建商品房“交房即
	// 交证”): a label that reads with a heading of its own is none.
	if strings.HasSuffix(s, "”") {
		for i := 0; i < len(s); i++ {
			if strings.HasPrefix(s[i:], "“") && i > 0 {
				if k := reference(s[:i]); k != "" && !strings.Contains(k, nameSep) {
					return k + nameSep + s[i+len("“"):len(s)-len("”")]
				}
			}
		}
	}
	return reference(s)
}

// nameSep joins a project's name to the key of its number.
const nameSep = "~"

// reference reads a folded reference, perhaps after a title and number.
func reference(s string) string {
	if k := levels(s); k != "" {
		return k
	}
	// A citation: the label after the title and document number.
	if loc := citedQuery.FindStringIndex(s); loc != nil {
		rest := strings.TrimLeft(s[loc[1]:], ",:.")
		if k := levels(rest); k != "" {
			return k
		}
		return titled(rest)
	}
	// A title without marks before a label that names its unit
	// (…规划第二部分（一）3, …District, Part II (1) 3): the first place
	// the rest reads from.
	starts := []int{0}
	for i := range s {
		rest := s[i:]
		if i > 0 && (strongQuery.MatchString(rest) || s[i-1] == ',' && wordStartQuery.MatchString(rest)) {
			if k := levels(rest); k != "" {
				return k
			}
			starts = append(starts, i)
		}
	}
	for _, i := range starts {
		if k := titled(s[i:]); k != "" {
			return k
		}
	}
	return ""
}

// titled reads a label followed by its node's heading, as copied from a
// page (专栏1 工业互联网网络互联互通工程, 第二部分 主要任务, 一、总体要求,
// 附件1：…安排表) into the label's key, a tilde and the heading (Keys
// gives a titled node's keys so), or "". The label is the longest start
// that reads and names its unit or ends with a bracket or stop (not the
// 十四 of 十四五规划); the heading starts with a Chinese character or a
// quotation mark, or with a figure after a stop or a bracket.
func titled(s string) string {
	for i := len(s) - 1; i > 0; i-- {
		if !utf8.RuneStart(s[i]) {
			continue
		}
		label, heading := s[:i], s[i:]
		r, _ := utf8.DecodeRuneInString(heading)
		if !unicode.Is(unicode.Han, r) && r != '“' && !(isDigit(r) && strings.ContainsAny(label[len(label)-1:], ".:)") && plan.HasHan(heading)) {
			// A heading may start with a figure after a stop or a
			// bracket (专栏7 5G＋…, 一、5G…).
			continue
		}
		if !strings.HasSuffix(label, ")") && !strings.HasSuffix(label, ".") && !strings.HasSuffix(label, ":") &&
			!wordQuery.MatchString(label) && !ordinalQuery.MatchString(label) && !standingQuery.MatchString(label) && !decimalQuery.MatchString(label) {
			continue
		}
		if last, size := utf8.DecodeLastRuneInString(label); isChineseDigit(last) && len(label) > size && isDigit(rune(label[len(label)-size-1])) {
			// A Chinese numeral right after a figure starts the heading
			// (专栏6 两化融合…): no label ends 6两.
			continue
		}
		if k := levels(label); k != "" {
			if formulaQuery.MatchString(heading) {
				return k
			}
			return k + nameSep + heading
		}
	}
	return ""
}

// levels reads a folded reference without title or number into a key.
func levels(s string) string {
	if strings.HasPrefix(s, "(") {
		// （三） alone is a section of any part: s3, which names it in a
		// plan that has one and lists them in a plan that has several.
		if m := sectionQuery.FindStringSubmatch(s); m != nil {
			if n := number(m[1]); n > 0 {
				return "s" + strconv.Itoa(n)
			}
		}
		return ""
	}
	q := s
	// A row named before its table, as English says it: row 3 of table 1.
	s = rowOfQuery.ReplaceAllString(s, "${2}${3}row${1}")
	if m := letterQuery.FindStringSubmatchIndex(s); m != nil {
		s = s[:m[3]] + "." + strconv.Itoa(int(s[m[4]]-'a'+1)) + s[m[6]:]
	}
	s = ordinalQuery.ReplaceAllStringFunc(s, func(m string) string {
		sub := ordinalQuery.FindStringSubmatch(m)
		return ordinalUnits[sub[2]] + strings.Trim(sub[1], "()") + "."
	})
	s = standingQuery.ReplaceAllStringFunc(s, func(m string) string { return "H" + strconv.Itoa(standingNumbers[m]) + "." })
	s = wordQuery.ReplaceAllStringFunc(s, func(m string) string { return wordMarkers[m] })
	toks := tokens(s)
	if len(toks) == 0 {
		return groupedReference(q)
	}
	// An article is cited by its number and the chapter it is in, which
	// some plans number it within (第三章第二条 beside 第一章第二条), and
	// where it is numbered through the document no book, part or 节
	// tells more: 第二篇第三章第十二条 is ch3.art12, 第十二条 art12 (an
	// attachment stays in front). KeysIn gives an article both.
	for i, t := range toks {
		if strings.HasPrefix(t, "art") {
			var kept []string
			chapter := ""
			for _, k := range toks[:i] {
				if k[0] == 'a' || k == "i" {
					kept = append(kept, k)
				} else if strings.HasPrefix(k, "ch") {
					chapter = k
				}
			}
			if chapter != "" {
				kept = append(kept, chapter)
			}
			toks = append(kept, toks[i:]...)
			break
		}
	}
	// A point of a notice's 解读 is its part (Interpretation, point 2:
	// i.2); any other is a point numbered through the document (Point
	// 23: pnt23).
	for i := 1; i < len(toks); i++ {
		if toks[i-1] == "i" && strings.HasPrefix(toks[i], "pnt") {
			toks[i] = strings.TrimPrefix(toks[i], "pnt")
		}
	}
	// A number after a table is its row: 表2第12项, Table 2, item 12.
	for i := 1; i < len(toks); i++ {
		if (toks[i-1][0] == 't' || strings.HasPrefix(toks[i-1], "st")) && isDigit(rune(toks[i][0])) {
			toks[i] = "proj" + toks[i]
		}
	}
	return strings.Join(toks, ".")
}

// groupedReference reads a grouped project's reference into its key
// (t4.proj5@<groups>, group.go), or "".
func groupedReference(s string) string {
	m := groupQuery.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	g := groupKey(m[3])
	n := number(m[4] + m[5])
	if g == "" || n <= 0 {
		return ""
	}
	k := "proj" + strconv.Itoa(n)
	if m[6] != "" {
		k += "." + m[6]
	}
	if m[1] != "" {
		t := number(m[2])
		if t <= 0 {
			return ""
		}
		k = markerKeys[rune(wordMarkers[m[1]][0])] + strconv.Itoa(t) + "." + k
	}
	return k + groupSep + g
}
