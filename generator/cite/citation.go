package cite

import (
	"regexp"
	"strings"

	"plansite/generator/link/dept"
	"plansite/generator/pinyin"
	"plansite/generator/plan"
)

// Work is the cited document as one language names it.
type Work struct {
	Issuer string // 发文机关: 淄川区人民政府
	Title  string // 题名: the plan's own title (not the issuing notice's)
	Number string // 发文字号 as printed: 川政发〔2022〕10号
	// NumberEN is Number as English citations print it (RomanizeNumber),
	// worked out once by whoever makes the Work for many citations;
	// Format and Short romanize Number when it is empty.
	NumberEN string
	Date     string // 发布日期, YYYY-MM-DD
}

// Citation is one GB/T 7714 reference, split around the date of citation
// so that a page can print the date in an element of its own (which a
// script may bring up to date when the reader copies it).
type Citation struct {
	Lang     string // zh or en
	Before   string // everything up to and including "["
	Accessed string // 引用日期, YYYY-MM-DD
	After    string // "]. URL."
	Short    string // the short form for official documents; see Short
}

// Text is the whole reference.
func (c Citation) Text() string { return c.Before + c.Accessed + c.After }

// Format cites the passage labelled label (empty for the whole document)
// of w at url, accessed on the given date, in lang, and fills Short.
//
//	淄川区人民政府. 淄川区教育事业发展“十四五”规划 第二部分（一）3: 川政发〔2022〕10号[A/OL]. (2022-12-28)[2026-11-29]. https://….
func Format(w Work, label, url, accessed, lang string) Citation {
	zh := lang == "zh"
	var b strings.Builder
	if w.Issuer != "" {
		b.WriteString(strings.TrimRight(w.Issuer, ". "))
		b.WriteString(". ")
	}
	b.WriteString(w.Title)
	if label != "" {
		if zh {
			b.WriteString(" ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(label)
	}
	if w.Number != "" {
		b.WriteString(": ")
		if zh {
			b.WriteString(w.Number)
		} else {
			b.WriteString(w.numberEN())
		}
	}
	if !zh {
		// English sets the type code apart, after a number (No. 10
		// [A/OL]) or a label (item 5 [A/OL]) alike; Chinese runs it on,
		// as GB/T 7714's own example does.
		b.WriteString(" ")
	}
	b.WriteString("[A/OL]. ")
	if w.Date != "" {
		b.WriteString("(" + w.Date + ")")
	}
	b.WriteString("[")
	return Citation{Lang: lang, Before: b.String(), Accessed: accessed, After: "]. " + url + ".", Short: Short(w, label, lang)}
}

// Short is the form an official pastes into a document of their own: the
// title in book-title marks, the document number in brackets, then the
// passage label —
//
//	《淄川区教育事业发展“十四五”规划》（川政发〔2022〕10号）第二部分（一）3
//	Zichuan District Education Development Plan … (Chuan Zheng Fa [2022] No. 10), Part II (1) 3
//
// Book-title marks inside the title become single ones (〈〉), as GB/T
// 15834 nests them.
func Short(w Work, label, lang string) string {
	var b strings.Builder
	if lang == "zh" {
		b.WriteString("《")
		b.WriteString(titleMarks.Replace(w.Title))
		b.WriteString("》")
		if w.Number != "" {
			b.WriteString("（" + w.Number + "）")
		}
		b.WriteString(label)
		return b.String()
	}
	b.WriteString(w.Title)
	if w.Number != "" {
		b.WriteString(" (" + w.numberEN() + ")")
	}
	if label != "" {
		b.WriteString(", " + label)
	}
	return b.String()
}

// numberEN is the number as English citations print it.
func (w Work) numberEN() string {
	if w.NumberEN != "" {
		return w.NumberEN
	}
	return RomanizeNumber(w.Number)
}

// titleMarks makes book-title marks inside a title single ones.
var titleMarks = strings.NewReplacer("《", "〈", "》", "〉")

// docNumber is 发文字号: issuer code, 〔year〕 in any of the brackets offices
// use, serial, 号.
var docNumber = regexp.MustCompile(`^\s*(\p{Han}+)\s*[` + plan.NumberOpen + `]\s*(\d{4})\s*[` + plan.NumberClose + `]\s*(\d+)\s*号?\s*$`)

// orderNumber is a government order's number: issuer, 令, an optional
// 〔year〕, 第 serial 号 (北京市人民政府令第308号, 阿坝州政府令〔2010〕第15号).
var orderNumber = regexp.MustCompile(`^\s*(\p{Han}+?)令\s*(?:[` + plan.NumberOpen + `]\s*(\d{4})\s*[` + plan.NumberClose + `])?\s*第\s*(\d+)\s*号\s*$`)

// RomanizeNumber writes a document number the way English translations of
// Chinese official documents do: 川政发〔2022〕10号 → Chuan Zheng Fa [2022]
// No. 10; a government's order by its issuer's English name,
// 北京市人民政府令第308号 → Beijing Municipal People's Government Order No.
// 308 (dept.PeoplesGovernment; an issuer it cannot name is romanized as an
// issuer code is). A number it cannot read is returned unchanged.
func RomanizeNumber(num string) string {
	if m := orderNumber.FindStringSubmatch(num); m != nil {
		issuer := dept.PeoplesGovernment(m[1])
		if issuer == "" {
			if issuer = romanizeCode(m[1]); issuer == "" {
				return num
			}
		}
		if m[2] != "" {
			return issuer + " Order [" + m[2] + "] No. " + m[3]
		}
		return issuer + " Order No. " + m[3]
	}
	m := docNumber.FindStringSubmatch(num)
	if m == nil {
		return num
	}
	code := romanizeCode(m[1])
	if code == "" {
		return num
	}
	return code + " [" + m[2] + "] No. " + m[3]
}

// romanizeCode writes an issuer code a syllable a word, capitalized (川政发
// → Chuan Zheng Fa), or "" when a character has no reading.
func romanizeCode(code string) string {
	syl := pinyin.Readings([]rune(code))
	for i, s := range syl {
		if s == "" {
			return ""
		}
		syl[i] = Capital(s)
	}
	return strings.Join(syl, " ")
}
