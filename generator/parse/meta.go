package parse

import (
	"strings"
	"unicode"

	"plansite/generator/plan"
)

// metaKeys maps the labels of a portal's metadata block, as printed, to the
// field of plan.Meta they fill. Labels are compared without whitespace, so
// "索  引  号" is 索引号.
var metaKeys = map[string]string{
	"索引号":  "index",
	"分类":   "subject",
	"主题分类": "subject",
	"主题词":  "subject",
	"发布机构": "issuer",
	"发文机关": "issuer",
	"发文单位": "issuer",
	"发文机构": "issuer",
	"成文日期": "date",
	"标题":   "title",
	"名称":   "title",
	"文号":   "number",
	"发文字号": "number",
	"发布日期": "published",
	"发文日期": "date",
	"有效性":  "validity",
	"时效性":  "validity",
	"公开属性": "publicity",
	"公开方式": "publicity",
}

// metaField names the field a label fills, or "".
func metaField(label string) string {
	return metaKeys[squeezeSpace(strings.Trim(label, "[]【】:： \u00a0\u3000"))]
}

// setMeta fills m's field for label with value. The text's own wrapper wins
// over a portal's block unless override is set; an empty or placeholder
// value ("〔〕号", "无") fills nothing, so metadata is never invented.
func setMeta(m *plan.Meta, label, value string, override bool) {
	value = strings.TrimFunc(value, unicode.IsSpace)
	if value == "" || value == "无" || value == "〔〕号" || value == "[]号" {
		return
	}
	set := func(f *string, v string) {
		if v != "" && (*f == "" || override) {
			*f = v
		}
	}
	switch metaField(label) {
	case "index":
		set(&m.Index, value)
	case "subject":
		set(&m.Subject, value)
	case "issuer":
		set(&m.Issuer, value)
	case "date":
		set(&m.Date, isoDate(value))
	case "published":
		set(&m.Published, isoDate(value))
	case "title":
		set(&m.NoticeTitle, value)
	case "number":
		set(&m.DocumentNumber, normalNumber(value))
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

// squeezeSpace removes every whitespace character, NBSP and U+3000 included.
func squeezeSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u00a0' {
			return -1
		}
		return r
	}, s)
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
