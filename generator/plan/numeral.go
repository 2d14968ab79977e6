package plan

import (
	"strconv"
	"strings"
)

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

// ParseChineseNumeral reads the Chinese numeral at the start of s, from 一
// to 九千九百九十九 (十二, 二十, 一十二, 一百零五, 一百一十二, 两千), and returns
// its value and its length in bytes; 0, 0 when s does not start with one.
//
// It is the one reader of Chinese numerals: the parser's heading numbers
// and dates, the go-to's typed citations and the targets' quantities all
// read with it, so that a number means the same everywhere. It stops
// before whatever would make the numeral malformed — a second 十, a digit
// after 百 or 千 with no 零 and no unit (一百五 is 150 to some readers and
// 105 to others), a 零 that skips no unit (一百零五十) or has nothing after
// it — so a caller that needs all
// of s to be the numeral compares size with len(s).
func ParseChineseNumeral(s string) (n, size int) {
	total := 0
	digit := -1   // a digit read and not yet multiplied by a unit
	unit := 10000 // the last unit read; each must be smaller
	zero := false // a 零 was read since the last unit
	for i, r := range s {
		end := i + len(string(r))
		d, isDigit := chineseDigits[r]
		u := chineseUnits[r]
		switch {
		case isDigit && digit < 0:
			digit = d
			// A digit ends the numeral only alone, after 十, or after 零
			// (五, 二十五, 一百零五); after 百 or 千 it needs its unit.
			if unit == 10000 || unit == 10 || zero {
				n, size = total+d, end
			}
		case r == '零' && digit < 0 && total > 0 && unit >= 100 && !zero:
			zero = true
		case u > 0 && u < unit && (digit > 0 || u == 10 && !zero) && (!zero || u*10 < unit):
			total += max(digit, 1) * u
			digit, unit, zero = -1, u, false
			n, size = total, end
		default:
			return n, size
		}
	}
	return n, size
}

var (
	chineseDigits = map[rune]int{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	chineseUnits  = map[rune]int{'十': 10, '百': 100, '千': 1000}
)
