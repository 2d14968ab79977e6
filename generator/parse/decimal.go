package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// decimalLevels are the kinds and ranks of a decimal number's levels, as
// an emergency plan (应急预案) numbers its headings: 1 总则, 1.1 编制目的,
// 1.1.1, 1.1.1.1.
var decimalLevels = [...]struct {
	kind plan.Kind
	rank int
}{{plan.KindPart, rankPart}, {plan.KindSection, rankSection}, {plan.KindItem, rankItem}, {plan.KindSubitem, rankSubitem}}

// decimal recognises a decimal heading number (1 总则, 2.2.1 办公室职责):
// up to four numbers of one or two digits joined by points, then a space
// and a heading standing alone, short and without punctuation, that is no
// unit of an amount, so that a line of running text opening with a number
// (1.5 万元, 1.5倍, 34 号）进行修订) is none. Its ordinal is its last number.
func decimal(line string) (numbered, bool) {
	nums, i := decimalNumber(line)
	rest := strings.TrimLeftFunc(line[i:], unicode.IsSpace)
	if nums == nil || len(rest) == len(line[i:]) {
		return numbered{}, false // no space after the number
	}
	return decimalHeading(line, nums, i, "万亿元个倍吨")
}

// looseDecimal recognises a decimal number as documents print it beside
// the spaced headings decimal reads: without a space (1.1编制目的, 1总则),
// with a point after a first-level number (1.总则), or at the head of a
// provision's running text (1.3.1为有效处置各类突发事件，…; below the first
// level only). A line of running text may open so as well (2.3公里, 3年内):
// the parser takes it as a number only where the numbers around it follow
// in sequence (markDecimals).
func looseDecimal(line string) (numbered, bool) {
	nums, i := decimalNumber(line)
	if nums == nil {
		return numbered{}, false
	}
	if r, size := utf8.DecodeRuneInString(line[i:]); len(nums) == 1 && (r == '.' || r == '．') {
		if h, _ := utf8.DecodeRuneInString(line[i+size:]); unicode.Is(unicode.Han, h) {
			i += size // 1.总则
		}
	}
	if num, ok := decimalHeading(line, nums, i, looseUnits); ok || len(nums) == 1 {
		return num, ok
	}
	rest := strings.TrimLeftFunc(line[i:], unicode.IsSpace)
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.Is(unicode.Han, r) || strings.ContainsRune(looseUnits, r) {
		return numbered{}, false
	}
	l := decimalLevels[len(nums)-1]
	return numbered{l.kind, line[:i], nums[len(nums)-1], line[i:], l.rank}, true
}

// looseUnits are the units of an amount that may follow a number without a
// space (1.5万元, 2.3米); a character that also opens headings (分级分类,
// 公众信息, 天然气, 平台) is none, and the sequence decides.
const looseUnits = "万亿元个倍吨月日岁千米亩%％"

// decimalNumber reads the numbers of a decimal heading number at the start
// of line, and where it ends.
func decimalNumber(line string) (nums []int, end int) {
	i := 0
	for {
		n, size := arabic(line[i:])
		if n == 0 || utf8.RuneCountInString(line[i:i+size]) > 2 {
			return nil, 0
		}
		nums = append(nums, n)
		i += size
		r, rsize := utf8.DecodeRuneInString(line[i:])
		if (r == '.' || r == '．') && len(nums) < len(decimalLevels) {
			if d, _ := utf8.DecodeRuneInString(line[i+rsize:]); d >= '0' && d <= '9' || d >= '０' && d <= '９' {
				i += rsize
				continue
			}
		}
		return nums, i
	}
}

// decimalHeading checks what follows the number nums, which ends at i: a
// short heading without punctuation, whose first character is no unit of
// an amount (units).
func decimalHeading(line string, nums []int, i int, units string) (numbered, bool) {
	rest := strings.TrimLeftFunc(line[i:], unicode.IsSpace)
	if rest == "" {
		return numbered{}, false
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.Is(unicode.Han, r) || strings.ContainsRune(units, r) {
		return numbered{}, false // 1.5 万元: an amount a PDF spaced out
	}
	if utf8.RuneCountInString(rest) > 30 || strings.ContainsAny(rest, "。，；：:;,、！？") || len(nums) == 1 && utf8.RuneCountInString(rest) > 20 {
		return numbered{}, false
	}
	l := decimalLevels[len(nums)-1]
	return numbered{l.kind, line[:i], nums[len(nums)-1], line[i:], l.rank}, true
}

// markDecimals finds the decimal numbers looseDecimal reads: a line is one
// where it stands in a run of three decimal numbers at least (spaced or
// not) that follow one another (1总则, 1.1编制目的, 1.2编制依据), or of two
// where one is a spaced heading as decimal headings usually are, two of
// them of two levels or more (1．指导思想, 2．基本原则 alone are items). A
// number alone (2.3公里 at a line's start) follows nothing and stays text.
func (p *parser) markDecimals() {
	type heading struct {
		i      int
		nums   []int
		spaced bool
	}
	var run []heading
	settle := func() {
		spaced := slices.ContainsFunc(run, func(h heading) bool { return h.spaced })
		deep := 0 // numbers of two levels or more: 1．, 2．, 3． alone are items
		for _, h := range run {
			if len(h.nums) > 1 {
				deep++
			}
		}
		if deep >= 2 && (len(run) >= 3 || len(run) == 2 && spaced) {
			for _, h := range run {
				p.lines[h.i].decimal = !h.spaced
			}
		}
		run = run[:0]
	}
	for i, l := range p.lines {
		if l.blank() {
			continue
		}
		_, spaced := decimal(l.text)
		if _, ok := looseDecimal(l.text); !ok && !spaced {
			continue
		}
		nums, _ := decimalNumber(l.text)
		if len(run) > 0 && !followsDecimal(run[len(run)-1].nums, nums) {
			settle()
		}
		run = append(run, heading{i, nums, spaced})
	}
	settle()
}

// followsDecimal reports whether the number b comes next after a: its first
// child (1.1 after 1), or the next of a or of one of its parents (1.2 or 2
// after 1.1).
func followsDecimal(a, b []int) bool {
	if len(b) == len(a)+1 && slices.Equal(a, b[:len(a)]) && b[len(a)] == 1 {
		return true
	}
	if len(b) > len(a) {
		return false
	}
	k := len(b) - 1
	return slices.Equal(a[:k], b[:k]) && b[k] == a[k]+1
}

// number reads the numbering at the start of the line, a decimal number
// markDecimals found and an item markCountedItems found included.
func (l line) number() (numbered, bool) {
	if l.counted {
		return countedNumber(l.text), true
	}
	if l.decimal {
		if num, ok := looseDecimal(l.text); ok {
			return num, true
		}
	}
	return classify(l.text)
}
