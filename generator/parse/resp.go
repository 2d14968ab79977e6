package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// takeResponsibility splits a responsibility parenthetical off the end of a
// paragraph: "…。（区教体局、区科技局负责）", "（责任单位：…）",
// "（牵头责任单位：…；责任单位：…）", "(牵头单位:…(商务局),责任单位:…)",
// "（省商务厅牵头，合肥海关配合）", "（10月底完成，牵头考核单位：市民政局）".
// leadFirst tells whether the plan has said that the first name is the lead
// ("列第一位的为牵头部门，下同"); a note of that kind inside the
// parenthetical turns it on for the rest of the plan.
func takeResponsibility(text string, leadFirst *bool) (rest string, r *plan.Responsibility) {
	trimmed := strings.TrimRightFunc(text, unicode.IsSpace)
	if !strings.HasSuffix(trimmed, "）") && !strings.HasSuffix(trimmed, ")") && !strings.HasSuffix(trimmed, "]") && !strings.HasSuffix(trimmed, "】") {
		return dutySentences(text)
	}
	open := matchingOpen(trimmed)
	if open < 0 {
		return text, nil
	}
	raw := trimmed[open:]
	d := parseDuty(inside(raw), leadFirst)
	if d.resp == nil {
		return text, nil
	}
	d.resp.Raw = raw
	return trimmed[:open], d.resp
}

// dutySentences splits off the end of a paragraph the labelled sentences
// some task lists print there without brackets: "…全面推行线上办理。
// 责任单位：区政务服务中心、区大数据局。完成时限：2024年12月底。". They
// are read as the lines under a task are (Resp.Lines): the first sentence
// that opens with a label and a colon starts them, and every sentence
// from there must be a labelled field, one naming departments.
func dutySentences(text string) (rest string, r *plan.Responsibility) {
	for i := strings.Index(text, "。"); i >= 0; {
		at := i + len("。")
		if labelledDutyLine(text[at:]) {
			if r := linesResp(text[at:]); r != nil {
				return text[:at], r
			}
		}
		j := strings.Index(text[at:], "。")
		if j < 0 {
			break
		}
		i = at + j
	}
	return text, nil
}

// inside returns a bracketed string without its outer brackets.
func inside(raw string) string {
	_, osize := utf8.DecodeRuneInString(raw)
	_, csize := utf8.DecodeLastRuneInString(raw)
	if osize+csize > len(raw) {
		return ""
	}
	return raw[osize : len(raw)-csize]
}

// matchingOpen finds the bracket that opens the parenthetical closing s:
// round, or square as some task lists bracket their duties
// ([牵头单位:区卫健局;责任单位:各街办(新区)], 【责任单位：…】).
func matchingOpen(s string) int {
	closing, _ := utf8.DecodeLastRuneInString(s)
	closers, openers := "）)", "（("
	if closing == ']' || closing == '】' {
		closers, openers = "]】", "[【"
	}
	depth := 0
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		switch {
		case strings.ContainsRune(closers, r):
			depth++
		case strings.ContainsRune(openers, r):
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// duty is what a parenthetical assigns: departments, a deadline, a score.
type duty struct {
	resp     *plan.Responsibility
	deadline string // as printed: "10月底完成"
	points   string // "0.5"
}

// respLabel is a label that names the role of the departments after it, or
// a deadline.
type respLabel struct {
	label string
	role  string // lead, support, person or deadline
}

// respLabels are tried longest first at each place a label may start.
var respLabels = []respLabel{
	{"牵头责任单位", "lead"}, {"牵头考核单位", "lead"}, {"牵头单位", "lead"}, {"牵头部门", "lead"},
	{"主责单位", "lead"}, {"主办单位", "lead"},
	{"责任单位", "support"}, {"责任部门", "support"}, {"配合单位", "support"}, {"配合部门", "support"},
	{"参与单位", "support"}, {"协同单位", "support"}, {"协办单位", "support"}, {"考核单位", "support"},
	// A 厅's or 局's own work plan names its divisions (处室, 科室).
	{"牵头处室", "lead"}, {"牵头科室", "lead"}, {"责任处室", "support"}, {"责任科室", "support"},
	{"配合处室", "support"}, {"配合科室", "support"}, {"责任处", "support"}, {"责任科", "support"},
	// A leader or officer in charge names a person, no department: the
	// label parts the fields (责任领导：王某；责任单位：镇农业服务中心).
	{"责任领导", "person"}, {"分管领导", "person"}, {"牵头领导", "person"}, {"包抓领导", "person"}, {"包联领导", "person"}, {"责任人", "person"},
	{"完成时限", "deadline"}, {"完成时间", "deadline"}, {"时间节点", "deadline"}, {"完成期限", "deadline"}, {"时限", "deadline"},
}

// parseDuty reads the inside of a parenthetical. Its resp is nil when it
// names no departments; a parenthetical of a deadline or score alone gives
// those.
func parseDuty(inner string, leadFirst *bool) duty {
	inner = strings.TrimSpace(inner)
	if d, ok := labelled(inner); ok {
		return d
	}
	var d duty
	// A deadline or score before the departments: "2022年底前完成，省教育厅负责".
	parts := splitTop(inner, "，,；;")
	for len(parts) > 1 {
		p := strings.TrimSpace(parts[0])
		if isDeadline(p) && d.deadline == "" {
			d.deadline = p
		} else if pts, ok := score(p); ok && d.points == "" {
			d.points = pts
		} else {
			break
		}
		parts = parts[1:]
	}
	// … or after them: "省教育厅负责，2022年底前完成".
	for len(parts) > 1 {
		p := strings.TrimSpace(parts[len(parts)-1])
		if isDeadline(p) && d.deadline == "" {
			d.deadline = p
		} else {
			break
		}
		parts = parts[:len(parts)-1]
	}
	rest := strings.Join(parts, "，")
	if len(parts) == 1 {
		rest = strings.TrimSpace(parts[0])
		if isDeadline(rest) && d.deadline == "" {
			d.deadline = rest
			return d
		}
		if pts, ok := score(rest); ok && d.points == "" {
			d.points = pts
			return d
		}
	}
	if r := leadAndSupport(rest); r != nil {
		d.resp = r
		return d
	}
	d.resp = byDuty(rest, leadFirst)
	if d.resp == nil {
		return duty{}
	}
	return d
}

// labelled reads a parenthetical made of labelled fields, in any order and
// with any separators: "牵头单位：…；责任单位：…", "(牵头单位:…,责任单位:…)",
// "10月底完成，牵头考核单位：…", "责任单位：…；完成时限：2022年底". Text
// before the first label must be a deadline or a score.
func labelled(inner string) (duty, bool) {
	type field struct {
		at, end int // label start, value start
		role    string
	}
	var fields []field
	depth := 0
	prev := rune(-1)
	folded := simplified(inner) // labels in traditional characters: 牽頭單位
	for i, r := range inner {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			depth--
		}
		if depth == 0 && (prev < 0 || strings.ContainsRune("，,；;。、 　", prev)) {
			for _, l := range respLabels {
				if rest, ok := strings.CutPrefix(folded[i:], l.label); ok {
					v := strings.TrimLeft(rest, "：: 　")
					if len(v) == len(rest) && l.role != "deadline" && (l.role == "person" || !strings.HasPrefix(l.label, "牵头")) {
						continue // "责任单位" without a colon is a word in a name list
					}
					fields = append(fields, field{i, len(inner) - len(v), l.role})
					break
				}
			}
		}
		prev = r
	}
	if len(fields) == 0 {
		return duty{}, false
	}
	var d duty
	for _, p := range splitTop(inner[:fields[0].at], "，,；;") {
		p = strings.TrimSpace(p)
		switch pts, ok := score(p); {
		case p == "":
		case isDeadline(p) && d.deadline == "":
			d.deadline = p
		case ok && d.points == "":
			d.points = pts
		default:
			return duty{}, false
		}
	}
	r := &plan.Responsibility{Lead: []string{}, Support: []string{}}
	for i, f := range fields {
		end := len(inner)
		if i+1 < len(fields) {
			end = fields[i+1].at
		}
		v := strings.TrimRight(strings.TrimSpace(inner[f.end:end]), "，,；;。 　")
		if f.role != "deadline" {
			// A deadline after the departments, unlabelled: "责任单位：
			// 区市场监管局，2024年6月底前完成".
			parts := splitTop(v, "，,；;")
			if last := strings.TrimSpace(parts[len(parts)-1]); len(parts) > 1 && isDeadline(last) && d.deadline == "" {
				d.deadline = last
				v = strings.TrimRight(strings.Join(parts[:len(parts)-1], "，"), "，,；; 　")
			}
		}
		switch f.role {
		case "deadline":
			if v == "" || d.deadline != "" {
				return duty{}, false
			}
			d.deadline = v
		case "lead":
			r.Lead = append(r.Lead, deptNames(v)...)
		case "person":
		default:
			r.Support = append(r.Support, deptNames(v)...)
		}
	}
	for _, n := range r.All() {
		if !plausibleName(n) {
			return duty{}, false
		}
	}
	if len(r.Lead)+len(r.Support) > 0 {
		d.resp = r
	}
	if d.resp == nil && d.deadline == "" {
		return duty{}, false
	}
	return d, true
}

// byDuty reads "省教育厅、省财政厅负责" and "…按职责分工负责": the names
// before the last 负责, the first leading only where the plan says so.
func byDuty(inner string, leadFirst *bool) *plan.Responsibility {
	folded := simplified(inner) // 負責, 牽頭
	i := strings.LastIndex(folded, "负责")
	if i <= 0 {
		return nil
	}
	list, note := inner[:i], strings.TrimLeft(folded[i+len("负责"):], "，,；; ")
	if note != "" && !strings.Contains(note, "牵头") {
		return nil
	}
	if strings.Contains(note, "第一") && strings.Contains(note, "牵头") {
		*leadFirst = true
	}
	for _, s := range []string{"按照职责分工", "按职责分工", "按各自职责", "按职责", "分别", "共同"} {
		list, _ = cutSuffixFold(list, s)
	}
	all := deptNames(list)
	if len(all) == 0 {
		return nil
	}
	for _, n := range all {
		if !plausibleName(n) {
			return nil // a sentence, not a list of departments
		}
	}
	return firstLeads(all, *leadFirst || len(all) == 1)
}

// firstLeads is the responsibility of the departments all: the first
// leads and the others support where first says so, else all support.
func firstLeads(all []string, first bool) *plan.Responsibility {
	if first {
		return &plan.Responsibility{Lead: all[:1], Support: all[1:]}
	}
	return &plan.Responsibility{Lead: []string{}, Support: all}
}

// leadAndSupport reads the form that names the roles after the names:
// "（省教育厅牵头，省财政厅、省人社厅配合）", also with 参与 or 按职责分工负责.
func leadAndSupport(inner string) *plan.Responsibility {
	parts := splitTop(inner, "，,；;")
	if len(parts) < 1 {
		return nil
	}
	lead, ok := cutSuffixFold(strings.TrimSpace(parts[0]), "牵头")
	if !ok {
		return nil
	}
	r := &plan.Responsibility{Lead: deptNames(lead), Support: []string{}}
	for _, part := range parts[1:] {
		part = strings.TrimSpace(part)
		var list string
		for _, role := range []string{"按职责分工负责", "按职责分工配合", "按职责分工参与", "配合", "参与", "负责", "协同", "协助"} {
			if l, ok := cutSuffixFold(part, role); ok {
				list = l
				break
			}
		}
		if list == "" {
			return nil
		}
		r.Support = append(r.Support, deptNames(list)...)
	}
	for _, n := range r.All() {
		if !plausibleName(n) {
			return nil
		}
	}
	if len(r.Lead) == 0 {
		return nil
	}
	return r
}
