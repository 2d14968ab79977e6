package parse

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// numbered is a line that starts with a number of the plan's hierarchy.
type numbered struct {
	kind    plan.Kind
	num     string // as printed
	ordinal int
	rest    string // what follows the number
}

// level orders the numbered kinds: a node's parent has a lower level.
func level(k plan.Kind) int {
	switch k {
	case plan.KindPart:
		return 1
	case plan.KindSection:
		return 2
	case plan.KindItem:
		return 3
	case plan.KindSubitem:
		return 4
	}
	return 0
}

// classify recognises the numbering at the start of a trimmed line.
func classify(line string) (numbered, bool) {
	// 二、 — a Chinese numeral and an enumeration comma.
	if n, size := chineseNumeral(line); n > 0 && strings.HasPrefix(line[size:], "、") {
		num := line[:size+len("、")]
		return numbered{plan.KindPart, num, n, line[len(num):]}, true
	}
	// （一） (一) （1） (1)
	if open, osize := utf8.DecodeRuneInString(line); open == '（' || open == '(' {
		inner := line[osize:]
		if n, size := chineseNumeral(inner); n > 0 {
			if c, csize := utf8.DecodeRuneInString(inner[size:]); c == '）' || c == ')' {
				num := line[:osize+size+csize]
				return numbered{plan.KindSection, num, n, line[len(num):]}, true
			}
		}
		if n, size := arabic(inner); n > 0 {
			if c, csize := utf8.DecodeRuneInString(inner[size:]); c == '）' || c == ')' {
				num := line[:osize+size+csize]
				return numbered{plan.KindSubitem, num, n, line[len(num):]}, true
			}
		}
	}
	// ① … ⑳
	if r, size := utf8.DecodeRuneInString(line); r >= '①' && r <= '⑳' {
		return numbered{plan.KindSubitem, line[:size], int(r-'①') + 1, line[size:]}, true
	}
	// 1． 1. 1、 1﹒ — but not 1.5 or 2025年.
	if n, size := arabic(line); n > 0 {
		sep, ssize := utf8.DecodeRuneInString(line[size:])
		switch sep {
		case '．', '.', '、', '﹒':
			after, _ := utf8.DecodeRuneInString(line[size+ssize:])
			if after >= '0' && after <= '9' {
				break
			}
			num := line[:size+ssize]
			return numbered{plan.KindItem, num, n, line[len(num):]}, true
		}
	}
	return numbered{}, false
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

var digits = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// chineseNumeral reads a leading Chinese numeral from 一 to 九十九.
func chineseNumeral(s string) (n, size int) {
	var tens, units int
	seenTen := false
	for i, r := range s {
		switch d, ok := digits[r]; {
		case ok && units == 0:
			units = d
		case r == '十' && !seenTen:
			seenTen = true
			tens = units
			if tens == 0 {
				tens = 1
			}
			units = 0
		default:
			if i == 0 {
				return 0, 0
			}
			return tens*10 + units, i
		}
		size = i + utf8.RuneLen(r)
	}
	if !seenTen && units == 0 {
		return 0, 0
	}
	return tens*10 + units, size
}

// splitHeading separates a heading that runs into its paragraph up to the
// first 。 ("1．完善…体系。坚持…"). A first sentence longer than maxHeading is
// running text, not a heading.
func splitHeading(rest string, maxHeading int) (heading, text string, runIn bool) {
	i := strings.Index(rest, "。")
	if i < 0 {
		if utf8.RuneCountInString(rest) <= maxHeading && !strings.ContainsAny(rest, "；;") {
			return rest, "", false
		}
		return "", rest, false
	}
	if utf8.RuneCountInString(rest[:i]) > maxHeading || i == 0 {
		return "", rest, false
	}
	return rest[:i], rest[i+len("。"):], true
}

// leadSentence splits off the short lead sentence of an unnumbered paragraph
// ("坚持党的全面领导。坚持…"): at most maxLead characters, no comma, and more
// text after it.
func leadSentence(s string) (lead, text string, ok bool) {
	i := strings.Index(s, "。")
	if i <= 0 || i+len("。") == len(s) {
		return "", s, false
	}
	head := s[:i]
	if utf8.RuneCountInString(head) > maxLead || strings.ContainsAny(head, "，,；;：:“”") {
		return "", s, false
	}
	return head, s[i+len("。"):], true
}

const (
	maxHeading = 50
	maxLead    = 25
)
