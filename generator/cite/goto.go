package cite

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"plansite/generator/plan"
)

// Go-to keys: a reader types a passage as they saw it cited (二（一）3,
// 2.1.3, II(1)3, II (1) 3, 第二部分（一）3, Part I (2), para. 1, 重点项目12,
// 表2第12项) or an eId, and the go-to box must find the passage. Key gives
// every citable node a canonical key built from its numbering, and Parse
// reduces a typed query to the same key:
//
//	2.1.3       part 2, section 1, item 3 (numbers of parts, sections,
//	            items and sub-items, outermost first)
//	1.2.p1      paragraph 1 of part 1, section 2
//	2.3.b4      box 4 of part 2, section 3
//	pre.p1      paragraph 1 of the preamble
//	a1.2.1      attachment 1, part 2, section 1
//	t2          table 2
//	proj12      key project 12
//
// A query that looks like an eId (lower case, digits and underscores) is
// returned as "eid:" and the eId. label() in templates/assets/search-core.js
// implements Parse again for the browser (the search box on every page and
// the go-to page's form); testdata/parse.json is the contract for both.

// Key returns n's go-to key, or "" for wrapper nodes.
func Key(n *plan.Node) string {
	if n.Kind == plan.KindProject {
		return "proj" + strconv.Itoa(n.Ordinal)
	}
	var ks []string
	for _, a := range append(n.Ancestors(), n) {
		o := strconv.Itoa(a.Ordinal)
		switch a.Kind {
		case plan.KindNotice, plan.KindConclusions:
			return ""
		case plan.KindAttachment:
			ks = append(ks, "a"+o)
		case plan.KindPreamble:
			ks = append(ks, "pre")
		case plan.KindPart, plan.KindSection, plan.KindItem, plan.KindSubitem:
			ks = append(ks, o)
		case plan.KindBook:
			ks = append(ks, "bk"+o)
		case plan.KindChapter:
			ks = append(ks, "ch"+o)
		case plan.KindHcontainer:
			ks = append(ks, "h"+o)
		case plan.KindArticle:
			// Articles are numbered through the document: art12, not
			// ch2.art12 (an attachment's key stays in front).
			kept := ks[:0]
			for _, k := range ks {
				if strings.HasPrefix(k, "a") && !strings.HasPrefix(k, "art") {
					kept = append(kept, k)
				}
			}
			ks = append(kept, "art"+o)
		case plan.KindParagraph, plan.KindBullet:
			ks = append(ks, "p"+strconv.Itoa(plan.ParaNumber(a)))
		case plan.KindBox:
			ks = append(ks, "b"+o)
		case plan.KindTable:
			ks = append(ks, "t"+o)
		}
	}
	return strings.Join(ks, ".")
}

var (
	eidQuery     = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*(__[a-z][a-z0-9]*(_[a-z0-9]+)*)*$`)
	projectQuery = regexp.MustCompile(`^(?:重点项目|项目|keyproject|project|proj_?)(\d+)$`)
	rowQuery     = regexp.MustCompile(`^(?:表|table)\d+,?(?:第|item|row|no\.?)?(\d+)项?$`)
	tableQuery   = regexp.MustCompile(`^(?:表|table)(\d+)$`)
	partQuery    = regexp.MustCompile(`^第(.+?)部分`)
	paraQuery    = regexp.MustCompile(`(?:第(\d+)段|(?:¶|paragraph|para\.?|段)(\d+))`)
	boxQuery     = regexp.MustCompile(`(?:专栏|box)(\d+)`)
	preQuery     = regexp.MustCompile(`^(?:序言|preamble)`)
	attQuery     = regexp.MustCompile(`^(?:附件|annex|att\.?)(\d+)`)
)

// Parse reduces a typed passage reference to a go-to key (see Key), or ""
// when it cannot be read.
func Parse(q string) string {
	q = strings.TrimSpace(q)
	if eidQuery.MatchString(q) && strings.Contains(q, "_") {
		return "eid:" + q
	}
	s := fold(q)
	if m := projectQuery.FindStringSubmatch(s); m != nil {
		return "proj" + trimZeros(m[1])
	}
	if m := rowQuery.FindStringSubmatch(s); m != nil {
		return "proj" + trimZeros(m[1])
	}
	if m := tableQuery.FindStringSubmatch(s); m != nil {
		return "t" + trimZeros(m[1])
	}
	s = strings.TrimPrefix(s, "part")
	s = partQuery.ReplaceAllString(s, "$1.")
	s = paraQuery.ReplaceAllString(s, ".p$1$2")
	s = boxQuery.ReplaceAllString(s, ".b$1")
	s = preQuery.ReplaceAllString(s, "pre.")
	s = attQuery.ReplaceAllString(s, "a$1.")
	s = strings.ReplaceAll(s, ".part", ".")
	s = strings.ReplaceAll(s, ",part", ".")
	toks := tokens(s)
	if toks == nil {
		return ""
	}
	return strings.Join(toks, ".")
}

// fold lower-cases q, turns full-width forms into ASCII (（一） → (一),
// ２．１ → 2.1) and drops spaces, so that the patterns see one spelling.
func fold(q string) string {
	var b strings.Builder
	for _, r := range q {
		switch {
		case r >= '！' && r <= '～':
			r = r - '！' + '!'
		case r == '、' || r == '．' || r == '。':
			r = '.'
		case r == '，':
			r = ','
		}
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// tokens splits a folded query into levels: bracketed, Chinese, Roman and
// Arabic numbers, and the p/b/a/pre markers the rewrites above produced.
func tokens(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case strings.ContainsRune(".,()", r):
			i++
		case strings.HasPrefix(string(rs[i:]), "pre"):
			out = append(out, "pre")
			i += 3
		case (r == 'p' || r == 'b' || r == 'a') && i+1 < len(rs) && isDigit(rs[i+1]):
			j := span(rs, i+1, isDigit)
			out = append(out, string(r)+trimZeros(string(rs[i+1:j])))
			i = j
		case isDigit(r):
			j := span(rs, i, isDigit)
			out = append(out, trimZeros(string(rs[i:j])))
			i = j
		case isChineseDigit(r), isRomanDigit(r):
			j, value := span(rs, i, isChineseDigit), chineseValue
			if isRomanDigit(r) {
				j, value = span(rs, i, isRomanDigit), romanValue
			}
			v := value(string(rs[i:j]))
			if v == 0 {
				return nil
			}
			out = append(out, strconv.Itoa(v))
			i = j
		default:
			return nil
		}
	}
	return out
}

const chineseDigits = "〇零一二三四五六七八九十两"

func isChineseDigit(r rune) bool { return strings.ContainsRune(chineseDigits, r) }

func isRomanDigit(r rune) bool { return strings.ContainsRune("ivxlc", r) }

// span is the end of the run of runes from i on that in accepts.
func span(rs []rune, i int, in func(rune) bool) int {
	for i < len(rs) && in(rs[i]) {
		i++
	}
	return i
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func trimZeros(s string) string {
	v, err := strconv.Atoi(s)
	if err != nil {
		return s
	}
	return strconv.Itoa(v)
}

// chineseValue reads 一 … 九十九; 0 when s is not such a numeral.
func chineseValue(s string) int {
	val := map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	rs := []rune(s)
	ten := -1
	for i, r := range rs {
		if r == '十' {
			if ten >= 0 {
				return 0
			}
			ten = i
		}
	}
	if ten < 0 {
		if len(rs) != 1 {
			return 0
		}
		return val[rs[0]]
	}
	tens, ones := 1, 0
	if ten == 1 {
		tens = val[rs[0]]
	} else if ten > 1 {
		return 0
	}
	switch len(rs) - ten - 1 {
	case 0:
	case 1:
		ones = val[rs[ten+1]]
	default:
		return 0
	}
	return tens*10 + ones
}

// romanValue reads a Roman numeral up to 399; 0 when s is not one.
func romanValue(s string) int {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || plan.Roman(total) != strings.ToUpper(s) {
		return 0
	}
	return total
}
