package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The names of a responsibility list: a list as printed split into the
// departments it names (names), each one a name a department could have
// (plausibleName).

// plausibleName reports whether s can be a department's name: short, no
// sentence punctuation.
func plausibleName(s string) bool {
	return s != "" && utf8.RuneCountInString(s) <= 40 && !strings.ContainsAny(s, "。：:；;")
}

// names splits a list of department names on 、 and ，, outside nested
// brackets ("省发展改革委（省能源局）、省财政厅"). 企业、事业单位
// (enterprises and public institutions) is one phrase, whose 、 parts no
// two names: 各大企业、事业单位 is one.
func names(s string) []string {
	var out []string
	for _, list := range splitTop(s, "，,") {
		joined := false // the last name ends a list of this run of 、
		for _, n := range splitTop(list, "、") {
			n = strings.TrimSpace(n)
			switch {
			case n == "":
				joined = false
			case joined && strings.HasPrefix(simplified(n), "事业单位") && strings.HasSuffix(simplified(out[len(out)-1]), "企业"):
				out[len(out)-1] += "、" + n
			default:
				out = append(out, withoutEtAl(n))
				joined = true
			}
		}
	}
	return out
}

// deptNames is names for a list of the departments that hold a duty
// (a responsibility parenthetical, duty lines, a table's 责任单位 column):
// a level printed alone before a name of another level is that level's
// (州、县财政局负责: 州财政局 and 县财政局, each county's), as a duty
// clause's subjects are read (withLevels). A 抄送 or 主送 list keeps names.
func deptNames(s string) []string { return withLevels(names(s)) }

// etAl is the tail a list's last name may end with to say that others
// share the duty unnamed: 区水利局等部门, 市教育局等有关单位, or 等 alone
// (（责任单位：市卫生健康委、市民政局、市人力社保局等）, 人行重庆市分行等, 市妇联等).
var etAl = regexp.MustCompile(`^(.{2,}?[局委办厅院室队所站中心会行司处部联协])等(?:(?:有关|相关|其他|其它|成员)?(?:部门|单位))?$`)

// withoutEtAl is the name n names before 等部门 (etAl): the department
// holds the duty where the others are unnamed, and 区水利局等部门 is no
// department's or role's name of its own.
func withoutEtAl(n string) string {
	if m := etAl.FindStringSubmatch(n); m != nil {
		return m[1]
	}
	return n
}

// splitTop splits s at any of seps that is not inside brackets, round or
// the tortoise-shell ones some print levels in (各县〔市、区〕).
func splitTop(s, seps string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '（' || r == '(' || r == '〔':
			depth++ // 各县〔市、区〕: one name
		case r == '）' || r == ')' || r == '〕':
			depth--
		case depth == 0 && strings.ContainsRune(seps, r):
			out = append(out, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, s[start:])
}

// measureVerbs open the measures of a plan, never a body's name.
var measureVerbs = []string{"开展", "加强", "推进", "推动", "建立", "完善", "深化", "健全", "鼓励", "支持", "引导", "加快", "强化", "实施"}

// opensMeasure reports whether name, read before a duty's verb, is the opening
// of a measure rather than a body: 开展社会监督、媒体监督 reads as the
// subject 开展社会 (ending in 会, as 委员会 and 工会 do) acting by 监督.
// No body's name opens with a measure's verb or ends in 社会 (society).
func opensMeasure(name string) bool {
	name = simplified(name)
	if strings.HasSuffix(name, "社会") {
		return true
	}
	for _, v := range measureVerbs {
		if strings.HasPrefix(name, v) {
			return true
		}
	}
	return false
}
