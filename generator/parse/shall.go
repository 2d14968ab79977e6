package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A rule (办法, 规定, 条例) states most of its duties with 应当, not 负责:
// 州数据资源主管部门应当编制…, 公安机关应当依法查处…, 县级以上人民政府教育
// 行政部门应当…; a plan may say 应 or 要 (区教体局要加强…). Such a clause
// whose subject is a department or a role is that subject's duty, as a
// 负责 clause is (dutySubject), and its exclusions hold: a generic
// subject (有关部门, 政务部门, 各部门) is no one's. So is a government's own
// act (铁路沿线区人民政府应当统筹…): a government is no department of
// itself, and its 应当 states how it governs, not a task one of its
// departments holds. A subject that is no department or role (铁路运输企业,
// 单位和个人, 任何单位, 所有人或者管理人) never matches dutySubjectName.

// shallLine matches a duty clause stated with 应当, 应 or 要 after its
// subject, a list of departments or roles: "公安机关应当依法查处…",
// "州数据资源主管部门依法应当…". The word after 应 or 要 is checked by
// shallWord.
var shallLine = guard(regexp.MustCompile(`^(`+dutySubjects+`)(?:依法|按照?各自职责|按照?职责分工)?(应当|应|要)`), "应", "要")

// notShall are the words that begin with 应 or 要 without saying "shall":
// 区应急管理局, 应用, 应对, 要求, 要点.
var notShall = []string{"应急", "应用", "应对", "应届", "应收", "应缴", "应征", "应聘", "应邀", "应变", "要求", "要点", "要素", "要闻", "要件"}

// shallSubject returns the subject and the clause's opening (m as
// dutyLine's: the opening, then the subject) of a clause stated with 应当,
// 应 or 要, read in folded (the clause, simplified); nil where it is none.
func shallSubject(folded string) []int {
	i := shallLine.FindStringSubmatchIndex(folded)
	if i == nil {
		return nil
	}
	rest := folded[i[4]:]
	for _, w := range notShall {
		if strings.HasPrefix(rest, w) {
			return nil
		}
	}
	if namesGovernment(folded[i[2]:i[3]]) {
		return nil
	}
	return i[:4]
}

// government reports whether name is a government's (区人民政府, 街道办事处),
// whose 应当 is its own act, not a department's duty.
func government(name string) bool {
	name = simplified(name)
	return strings.HasSuffix(name, "政府") || strings.HasSuffix(name, "办事处")
}

// namesGovernment reports whether a list of subjects names a government:
// a clause of theirs states how they govern (shallSubject, actSubject).
func namesGovernment(list string) bool { return slices.ContainsFunc(names(list), government) }

// shallAfterComma returns the clauses stated with 应当 that open after a
// comma of clause (folded), each as its offset in clause and then
// shallSubject's indices, relative to that offset: "对违法建筑物，执法机关
// 应当依法查处", "…保障数据安全，州数据资源主管部门应当定期跟踪…".
func shallAfterComma(clause string) [][]int {
	var out [][]int
	off := 0
	parts := splitTop(clause, "，,")
	for k, part := range parts {
		if k > 0 {
			if i := shallSubject(clause[off:]); i != nil && i[1] <= len(part) {
				out = append(out, append([]int{off}, i...))
			}
		}
		off += len(part)
		if off < len(clause) {
			_, size := utf8.DecodeRuneInString(clause[off:])
			off += size // the comma
		}
	}
	return out
}
