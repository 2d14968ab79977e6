package parse

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// metaLabels maps every label a portal prints in a document's metadata
// block (in a text) or table (on a page, read by package source), spaces
// taken out, to the field of plan.Meta it fills; "" marks a label that
// belongs to the block but fills nothing, so that its value is neither
// text nor a title.
var metaLabels = map[string]string{
	"索引号": "index",
	"分类":  "subject", "主题分类": "subject", "主题词": "subject",
	"发文机关": "issuer", "发文机构": "issuer", "颁布单位": "issuer", "发文单位": "issuer", "发布机构": "issuer", "发布部门": "issuer",
	"成文日期": "date", "发文日期": "date", "颁布日期": "date",
	"标题": "title", "名称": "title", "文件名称": "title", "信息名称": "title",
	"文号": "number", "发文字号": "number", "文件编号": "number",
	"发布日期": "published", "发布时间": "published", "公开日期": "published",
	"有效性": "validity", "时效性": "validity", "时效": "validity", "效力状态": "validity",
	"公开属性": "publicity", "公开方式": "publicity", "公开形式": "publicity",
	"是否有效": "validity",

	"统一登记号": "", "登记日期": "", "失效日期": "", "组配分类": "", "联合发文单位": "",
	"实施日期": "", "废止日期": "", "文件来源": "", "生效日期": "", "信息来源": "",
	"体裁分类": "", "公开范围": "", "公开时限": "", "所属主题": "", "成文时间": "",
	"公文种类": "", "发布单位": "", "印发日期": "",
	"信息分类": "", "生成日期": "", "生效时间": "", "废止时间": "", "关键词": "",
	"内容概述": "", "浏览次数": "", "来源": "", "责任部门": "", "公开目录": "",
	// A law database's fields (效力级别: 地方政府规章, 法规类别: 城市建设).
	"效力级别": "", "法规类别": "subject", "公布日期": "date", "施行日期": "", "制定机关": "issuer",
	"发布文号": "number", "所属类别": "subject",
}

// weakLabels fill their field only where the text says nothing: 发布机构
// (发布部门) is often the office that posted the page, 发文日期 the day it did, and
// 主题词 are keywords more than a subject. A text's block is read after the
// text's own wrapper and fills only what that left empty, so it reads
// them; a page's table outranks the text, so it does not (PageMeta).
var weakLabels = map[string]bool{"发布机构": true, "发布部门": true, "发文日期": true, "主题词": true}

// labelKey is a label as metaLabels has it.
func labelKey(label string) string {
	return squeezeSpace(strings.Trim(label, "[]【】:： \u00a0\u3000"))
}

// PageMeta fills m's field for the label of a portal page's metadata
// table with value, unless a value came first (some pages print the table
// twice). A page's table outranks the text, so the weak labels fill nothing.
func PageMeta(m *plan.Meta, label, value string) {
	if k := labelKey(label); !weakLabels[k] {
		setMeta(m, metaLabels[k], value)
	}
}

// PageHint fills hint's issuer from a portal page's 发布机构 (发布部门), a
// weak label PageMeta leaves out: the office that posted the page, which
// names the issuer only where nothing else does (the text signed by a
// person or a seal, its title naming no body), as a reader's hint.
func PageHint(hint *plan.Meta, label, value string) {
	if k := labelKey(label); weakLabels[k] && metaLabels[k] == "issuer" {
		setMeta(hint, "issuer", value)
	}
}

// setMeta fills m's field with value unless it is set: the text's own

// wrapper wins over a portal's block, and the first value of a page's
// table over a second. An empty or placeholder value ("〔〕号", "无", "略")
// fills nothing, so metadata is never invented.
func setMeta(m *plan.Meta, field, value string) {
	// A page's table may hold what prints as nothing where a value was
	// pasted (​京人社发〔2026〕6号 opens with U+200B), as its text may
	// (decode takes it out there).
	value = strings.TrimSpace(zeroWidth.Replace(value))
	if value == "" || value == "无" || elided(value) {
		return
	}
	set := func(f *string, v string) {
		if v != "" && *f == "" {
			*f = v
		}
	}
	switch field {
	case "index":
		set(&m.Index, value)
	case "subject":
		set(&m.Subject, value)
	case "issuer":
		// A page may name where it was posted (发文机构: 县政府网站),
		// which issued nothing.
		if !strings.HasSuffix(value, "网站") && !strings.HasSuffix(value, "门户") {
			set(&m.Issuer, value)
		}
	case "date":
		set(&m.Date, ISODate(value))
	case "published":
		set(&m.Published, ISODate(value))
	case "title":
		value = strings.TrimSpace(readingTag.ReplaceAllString(value, ""))
		if strings.HasPrefix(value, "关于") || strings.Contains(value, "印发") || strings.HasSuffix(value, "通知") {
			set(&m.NoticeTitle, value)
		} else {
			set(&m.Title, value)
		}
	case "number":
		if strings.ContainsAny(value, "0123456789") {
			set(&m.DocumentNumber, normalNumber(value))
		}
	case "validity":
		switch value { // a yes/no column: 是否有效
		case "是":
			value = "有效"
		case "否":
			value = "失效"
		}
		set(&m.Validity, value)
	case "publicity":
		set(&m.Publicity, value)
	}
}

// elided reports whether s stands for text a reprint left out: 略,
// （略）, 从略, as a collection prints a document's signature or 主送 line
// it does not give. It names no body.
func elided(s string) bool {
	s = strings.Trim(squeezeSpace(s), "（）()〔〕【】[]。.：:")
	return s == "略" || s == "从略" || s == "此略"
}

// ISODate returns the first date in s as YYYY-MM-DD, or "": 2022年12月28日,
// 2022-10-12 20:28, 2022.10.12, also with full-width digits or spaces
// between the parts, or s a date printed without separators (compactDate);
// a month or day out of range is no date.
func ISODate(s string) string {
	printed := s
	s = squeezeSpace(s)
	if m := hanDate.FindStringSubmatchIndex(s); m != nil {
		s = s[:m[0]] + hanYear(s[m[2]:m[3]]) + "年" + strconv.Itoa(hanNumber(s[m[4]:m[5]])) + "月" + strconv.Itoa(hanNumber(s[m[6]:m[7]])) + "日" + s[m[1]:]
	}
	m := anyDate.FindStringSubmatch(halfDigits(s))
	if m == nil {
		return compactDate(printed)
	}
	pad := func(x string) string {
		if len(x) == 1 {
			return "0" + x
		}
		return x
	}
	mo, d := atoi(m[2]), atoi(m[3])
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	return m[1] + "-" + pad(m[2]) + "-" + pad(m[3])
}

// compactDate is the date of s printed without separators, as some
// portals keep it, and nothing else but a time after it (20180525,
// 2018525 for 2018年5月25日, 20180525 10:30), as YYYY-MM-DD, or "". Seven
// digits are read only where one split gives a date (2018525 is 5月25日;
// 2018115 could be 1月15日 or 11月5日, and is no date), and a part padded
// with 0 pads the other (2018105 is 10月5日).
func compactDate(s string) string {
	s = halfDigits(strings.TrimSpace(s))
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n < 6 || n > 8 || (n < len(s) && s[n] != ' ') {
		return ""
	}
	y, _ := strconv.Atoi(s[:4])
	if y < 1949 || y > 2100 {
		return ""
	}
	rest := s[4:n]
	found := ""
	for cut := 1; cut <= 2 && cut < len(rest); cut++ {
		if len(rest)-cut > 2 {
			continue
		}
		padded := rest[0] == '0' || rest[cut] == '0'
		mo, d := atoi(rest[:cut]), atoi(rest[cut:])
		if padded && (cut != 2 || len(rest) != 4) || mo < 1 || mo > 12 || d < 1 || d > plan.DaysIn(y, mo) {
			continue
		}
		if found != "" {
			return "" // two readings
		}
		found = plan.Day(y, mo, d)
	}
	return found
}

// dateAlone reports whether s, the inside of a note's brackets under a
// title, is a date alone: as dateLine reads it, or in digits alone.
func dateAlone(s string) bool {
	return dateLine.MatchString(s) || compactLine(s)
}

// hanDatePattern is a date in Chinese numerals up to its 日: the year
// digit by digit (〇, or the ○ that often stands for it), month and day
// as numbers (二〇〇九年三月十日, 二〇二三年十二月二十五日).
const hanDatePattern = `([〇○零OＯ0０一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})`

// printedDate is a date as a signed document prints it: Arabic digits,
// half- or full-width, with spaces between its parts or none
// (2022 年 11 月 26 日, 2025年９月4日), or Chinese numerals
// (二〇〇九年三月十日). Date lines, signatures with their date, occasions
// and adoption notes all read it.
const printedDate = `(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}|` + hanDatePattern + `)\s*日`

var hanDate = regexp.MustCompile(hanDatePattern + `\s*日`)

// hanYear writes a year printed digit by digit in Chinese numerals in
// ASCII digits.
func hanYear(s string) string {
	return strings.Map(func(r rune) rune {
		if d, _ := plan.ParseChineseNumeral(string(r)); d > 0 && d < 10 {
			return '0' + rune(d)
		}
		return '0' // 〇, ○, 零, and the letter O or a digit 0 some texts type for 〇
	}, s)
}

// hanNumber is the value of a month or day in Chinese numerals, 0 if it is
// not one.
func hanNumber(s string) int {
	n, size := plan.ParseChineseNumeral(s)
	if size != len(s) {
		return 0
	}
	return n
}

var anyDate = regexp.MustCompile(`(\d{4})(?:年|-|/|\.)(\d{1,2})(?:月|-|/|\.)(\d{1,2})`)

// halfDigits writes full-width digits as ASCII ones.
func halfDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// squeezeSpace removes every whitespace character, NBSP and U+3000 included.
func squeezeSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// normalNumber writes a 发文字号 without stray spaces and with hexagonal
// brackets: "渝府办发〔2025〕42 号" → "渝府办发〔2025〕42号".
func normalNumber(s string) string {
	s = squeezeSpace(s)
	for _, pair := range [][2]string{{"[", "〔"}, {"]", "〕"}, {"［", "〔"}, {"］", "〕"}, {"【", "〔"}, {"】", "〕"}} {
		s = strings.ReplaceAll(s, pair[0], pair[1])
	}
	return s
}

// promulgating reports whether a masthead heads the publication of a rule
// numbered on the next line: a decree (…令) or a standing committee's
// announcement (…常务委员会公告 / 第67号).
func promulgating(masthead string) bool {
	return strings.HasSuffix(masthead, "令") || strings.HasSuffix(masthead, "公告")
}

// decreeSerial is the number of a decree printed under its masthead
// ("江西省人民政府令" / "第223号"), with the year where a ministry numbers
// its orders by year ("2022年第1号", "〔2021〕第3号").
var decreeSerial = regexp.MustCompile(`^` + decreeSerialText + `$`)

// decreeSerialText is a decree's serial as its number prints it after
// the masthead's 令: 第223号, with the year where the decree is numbered
// by year (〔2010〕第15号, 2022年第1号).
const decreeSerialText = `(?:[` + plan.NumberOpen + `]\s*\d{4}\s*[` + plan.NumberClose + `]\s*|\d{4}\s*年\s*)?第\s*\d{1,4}\s*号`

// decreeNumber returns the document number of a decree whose serial s is
// printed on the line after its masthead (the node before n), or "".
func decreeNumber(n *plan.Node) string {
	if n.Parent == nil || !decreeSerial.MatchString(n.Text) {
		return ""
	}
	i := slices.Index(n.Parent.Children, n)
	if i < 1 {
		return ""
	}
	before := n.Parent.Children[i-1]
	if before.Kind != plan.KindMasthead || !promulgating(before.Text) {
		return ""
	}
	return normalNumber(before.Text + n.Text)
}
