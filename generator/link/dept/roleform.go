package dept

import (
	"strings"
	"unicode/utf8"
)

// One role, one page. A rule names a role of its own government with the
// level's word before it or without: the Aba prefecture's data rules say
// 州数据资源主管部门应当编制… in one article and 数据资源主管部门应当… in
// another, one body both times, as a rule is its government's and speaks
// of its own bodies. So a role the registry lacks that a plan prints with
// the level of the plan's government before it (州 in a 州's plan, 市 in a
// 市's, also after 本: 本市公安机关) is the same role as its bare form
// where the plan prints that too (bareRole): one
// entry and one page, named by the fuller form where the plan prints it
// anywhere (州数据资源主管部门, Prefectural Competent Data Resources
// Authority), else by the bare form, so that the name does not depend on
// which form comes first. Another level's word is another government's
// body (县数据资源主管部门 in a 州's rule is each county's), and where the
// plan's government is not known, neither is its level: those stay apart.

// roleLevel is the level word of g, the last character of its name that
// levelWords knows (阿坝州 → 州, 北京市 → 市, 淄川区 → 区), or "".
func roleLevel(g *Government) string {
	if g == nil {
		return ""
	}
	r, _ := utf8.DecodeLastRuneInString(g.Name)
	if levelWords[string(r)] == "" {
		return ""
	}
	return string(r)
}

// bareRole is role key (roleKey's) without the level word of the plan's
// government (and 本) it opens with, where the plan prints that bare
// form too, and without 本级 always; key itself otherwise. Asking for the bare form in print keeps
// a word that opens with a level's character whole: 市场监督管理部门 in a
// 市's rule is no 市 and 场监督管理部门.
func (rs *Resolver) bareRole(key string) string {
	if rest, ok := strings.CutPrefix(key, "本级"); ok && utf8.RuneCountInString(rest) >= 3 {
		// 本级数据资源主管部门: the role at the level of the rule's
		// government, as 本州 says, and of the bodies it speaks of (a
		// rule is its government's): the bare role, whether or not the
		// government is known.
		key = rest
	}
	level := roleLevel(rs.Gov)
	if level == "" {
		return key
	}
	bare, ok := strings.CutPrefix(strings.TrimPrefix(key, "本"), level)
	if !ok || !rs.printedRole(bare) || levelWord(level, bare) {
		return key
	}
	return bare
}

// levelWord reports whether level and the start of rest make a word, not
// a level and a role: 市场, 市政, 市容 (市场监督管理部门, 市容环境卫生主管
// 部门), 区域, 乡村, and a grade (县级财政部门 is each county's).
func levelWord(level, rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(levelWordsAfter[level], r) || r == '级'
}

// levelWordsAfter are, for a level's character, the characters that make
// a word with it.
var levelWordsAfter = map[string]string{"市": "场政容民区县", "区": "域划县", "县": "域区市", "乡": "村镇", "镇": "村", "州": "域", "省": "市"}

// roleName is the name of the page of the role bare (bareRole's): the
// fuller form, with the level of the plan's government before it, where
// the plan prints that form (after 本 too); bare otherwise.
func (rs *Resolver) roleName(bare string) string {
	if level := roleLevel(rs.Gov); level != "" && rs.printedRole(level+bare) {
		return level + bare
	}
	return bare
}

// printedRole reports whether the plan names the role key (roleKey's,
// after 本 if it opens with it) in a responsibility list.
func (rs *Resolver) printedRole(key string) bool { return rs.roles[key] }

// printedRoles are the role keys the names of names print, 本级X as the
// bare X (bareRole).
func printedRoles(names []string) map[string]bool {
	roles := map[string]bool{}
	for _, name := range names {
		if k, ok := roleKey(name); ok {
			roles[strings.TrimPrefix(strings.TrimPrefix(k, "本级"), "本")] = true
		}
	}
	return roles
}
