package source

import (
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// formatNumber writes n in one of Word's number formats (ST_NumberFormat).
// Formats Plansite does not know print as decimal, which keeps the number
// readable and the parser able to take it.
func formatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "ideographDigital", "japaneseCounting", "taiwaneseCounting":
		if format == "ideographDigital" {
			return digitsIn(n, "〇一二三四五六七八九")
		}
		return chinese(n, []rune("零一二三四五六七八九"), "十", "百", "千")
	case "chineseLegalSimplified":
		return chinese(n, []rune("零壹贰叁肆伍陆柒捌玖"), "拾", "佰", "仟")
	case "ideographTraditional":
		return cycle(n, "甲乙丙丁戊己庚辛壬癸")
	case "ideographZodiac":
		return cycle(n, "子丑寅卯辰巳午未申酉戌亥")
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		return enclosed(n, 0x2460, 0x3251, 0x32B1)
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune(0x2474 + n - 1))
		}
		return "(" + strconv.Itoa(n) + ")"
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune(0x2488 + n - 1))
		}
		return strconv.Itoa(n) + "."
	case "decimalFullWidth", "decimalFullWidth2":
		return digitsIn(n, "０１２３４５６７８９")
	case "decimalZero":
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "upperLetter", "lowerLetter":
		s := letters(n)
		if format == "lowerLetter" {
			s = strings.ToLower(s)
		}
		return s
	case "upperRoman", "lowerRoman":
		s := plan.Roman(n)
		if format == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	case "none", "bullet":
		return ""
	}
	return strconv.Itoa(n)
}

// chinese writes n (up to 9999; larger numbers as digits) in Chinese
// counting: 十, 十一, 二十, 一百零五.
func chinese(n int, digit []rune, ten, hundred, thousand string) string {
	if n <= 0 || n > 9999 {
		return strconv.Itoa(n)
	}
	if n < 10 {
		return string(digit[n])
	}
	if n < 20 && ten == "十" {
		s := ten
		if n%10 != 0 {
			s += string(digit[n%10])
		}
		return s
	}
	units := []string{"", ten, hundred, thousand}
	var b strings.Builder
	ds := strconv.Itoa(n)
	zero := false
	for i, c := range ds {
		d := int(c - '0')
		place := len(ds) - 1 - i
		if d == 0 {
			zero = true
			continue
		}
		if zero && b.Len() > 0 {
			b.WriteRune(digit[0])
		}
		zero = false
		b.WriteRune(digit[d])
		b.WriteString(units[place])
	}
	return b.String()
}

func digitsIn(n int, set string) string {
	ds := []rune(set)
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		if c >= '0' && c <= '9' {
			b.WriteRune(ds[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func cycle(n int, set string) string {
	rs := []rune(set)
	if n < 1 {
		return strconv.Itoa(n)
	}
	return string(rs[(n-1)%len(rs)])
}

// enclosed writes ①–⑳, then ㉑–㉟ and ㊱–㊿.
func enclosed(n int, from1, from21, from36 rune) string {
	switch {
	case n >= 1 && n <= 20:
		return string(from1 + rune(n-1))
	case n >= 21 && n <= 35:
		return string(from21 + rune(n-21))
	case n >= 36 && n <= 50:
		return string(from36 + rune(n-36))
	}
	return strconv.Itoa(n)
}

// letters writes A…Z, AA…ZZ as Word does (the letter repeated).
func letters(n int) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(rune('A'+(n-1)%26)), (n-1)/26+1)
}
