package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// A duty is also assigned with 由 (by): 由县级以上人民政府住房和城乡建设主管
// 部门负责…, 由数据资源主管部门应当责令…, 由市教育局会同市财政局制定…. The
// subject after 由 leads; the departments after 会同, 协同 or 联合 (together
// with) cooperate. The clause may open with its object (学校布局规划由…,
// 不能形成一致意见的，由…), so 由 is looked for anywhere in it. 由于 (because)
// and words ending in 由 (理由, 自由, 经由) assign nothing, nor does the
// clause that says who interprets the document (本办法由…负责解释): it is
// about the text, no task.

// assignedLine matches a clause from its 由 that assigns a duty: the
// subjects (group 1), then 会同 and the cooperating ones (group 2, maybe
// none the parser can name: 会同运营单位), or 负责 or 应当.
var assignedLine = guard(regexp.MustCompile(`^由(`+dutySubjects+`)(?:(?:会同|协同|联合)(`+dutySubjects+`)?|(?:依法|按照?职责分工|按照?各自职责|具体|共同)?(?:牵头)?(?:负责|应当))`), "由")

// notAssigning are the characters that make a word with 由 before it.
const notAssigning = "理自经事缘来因"

// assigned is a duty assigned with 由: where its 由 is in the text, and
// the responsibility.
type assigned struct {
	at int
	r  *plan.Responsibility
}

// assignedBy returns the duties clause (as printed; folded as fc is)
// assigns with 由, each at its offset in clause.
func assignedBy(clause, fc string, leadFirst bool) []assigned {
	var out []assigned
	for i := 0; ; {
		k := strings.Index(fc[i:], "由")
		if k < 0 {
			return out
		}
		at := i + k
		i = at + len("由")
		if prev, _ := utf8.DecodeLastRuneInString(fc[:at]); strings.ContainsRune(notAssigning, prev) || strings.HasPrefix(fc[i:], "于") {
			continue
		}
		m := assignedLine.FindStringSubmatchIndex(fc[at:])
		if m == nil || strings.HasPrefix(fc[at+m[1]:], "解释") {
			continue
		}
		lead, ok := subjectNames(clause[at+m[2] : at+m[3]])
		if !ok {
			continue
		}
		var support []string
		if m[4] >= 0 {
			// The shortest name before the verb may stop inside a word
			// for an office: 有关政务部|门, 市发展改革委|员会.
			for _, w := range []string{"门", "关", "员会"} {
				if strings.HasPrefix(fc[at+m[5]:], w) {
					m[5] += len(w)
					m[1] = max(m[1], m[5])
				}
			}
			support, _ = subjectNames(clause[at+m[4] : at+m[5]])
		}
		r := firstLeads(lead, leadFirst || len(lead) == 1)
		if rest := fc[at+m[3]:]; strings.HasPrefix(rest, "会同") || strings.HasPrefix(rest, "协同") || strings.HasPrefix(rest, "联合") {
			r = &plan.Responsibility{Lead: lead, Support: []string{}} // the others cooperate
		}
		r.Support = append(r.Support, support...)
		r.Raw = strings.TrimRight(clause[at:at+m[1]], "，,")
		out = append(out, assigned{at, r})
		i = at + m[1]
	}
}
