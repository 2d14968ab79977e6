package parse

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// takeResponsibility splits a responsibility parenthetical off the end of a
// paragraph: "…。（区教体局、区科技局负责）", "（责任单位：…）",
// "（牵头责任单位：…；责任单位：…）". leadFirst tells whether the plan has said
// that the first name is the lead ("列第一位的为牵头部门，下同"); a note of
// that kind inside the parenthetical turns it on for the rest of the plan.
func takeResponsibility(text string, leadFirst *bool) (rest string, r *plan.Responsibility) {
	trimmed := strings.TrimRightFunc(text, isSpace)
	if !strings.HasSuffix(trimmed, "）") && !strings.HasSuffix(trimmed, ")") {
		return text, nil
	}
	open := matchingOpen(trimmed)
	if open < 0 {
		return text, nil
	}
	raw := trimmed[open:]
	_, osize := utf8.DecodeRuneInString(raw)
	_, csize := utf8.DecodeLastRuneInString(raw)
	inner := raw[osize : len(raw)-csize]
	r = parseResponsibility(inner, leadFirst)
	if r == nil {
		return text, nil
	}
	r.Raw = raw
	return trimmed[:open], r
}

// matchingOpen finds the bracket that opens the parenthetical closing s.
func matchingOpen(s string) int {
	depth := 0
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		switch r {
		case '）', ')':
			depth++
		case '（', '(':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// parseResponsibility reads the inside of a parenthetical, or returns nil
// when it names no departments.
func parseResponsibility(inner string, leadFirst *bool) *plan.Responsibility {
	inner = strings.TrimSpace(inner)
	field := func(s string, labels ...string) (string, bool) {
		for _, l := range labels {
			if v, ok := strings.CutPrefix(s, l); ok {
				return strings.TrimLeft(v, "：:"), true
			}
		}
		return "", false
	}
	r := &plan.Responsibility{Lead: []string{}, Support: []string{}}
	if strings.HasPrefix(inner, "牵头") || strings.HasPrefix(inner, "责任单位") || strings.HasPrefix(inner, "配合单位") {
		for _, part := range splitTop(inner, "；;") {
			part = strings.TrimSpace(part)
			if v, ok := field(part, "牵头责任单位", "牵头单位", "牵头部门"); ok {
				r.Lead = append(r.Lead, names(v)...)
			} else if v, ok := field(part, "责任单位", "配合单位", "参与单位", "责任部门"); ok {
				r.Support = append(r.Support, names(v)...)
			} else {
				return nil
			}
		}
		if len(r.Lead)+len(r.Support) == 0 {
			return nil
		}
		return r
	}
	if r := leadAndSupport(inner); r != nil {
		return r
	}
	i := strings.LastIndex(inner, "负责")
	if i <= 0 {
		return nil
	}
	list, note := inner[:i], strings.TrimLeft(inner[i+len("负责"):], "，,；; ")
	if note != "" && !strings.Contains(note, "牵头") {
		return nil
	}
	if strings.Contains(note, "第一") && strings.Contains(note, "牵头") {
		*leadFirst = true
	}
	all := names(list)
	if len(all) == 0 {
		return nil
	}
	for _, n := range all {
		if utf8.RuneCountInString(n) > 30 || strings.ContainsAny(n, "。，") {
			return nil // a sentence, not a list of departments
		}
	}
	if *leadFirst || len(all) == 1 {
		r.Lead, r.Support = all[:1], all[1:]
	} else {
		r.Support = all
	}
	return r
}

// names splits a list of department names on 、 and ，, outside nested
// brackets ("省发展改革委（省能源局）、省财政厅").
func names(s string) []string {
	var out []string
	for _, n := range splitTop(s, "、，,") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// splitTop splits s at any of seps that is not inside brackets.
func splitTop(s, seps string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '（' || r == '(':
			depth++
		case r == '）' || r == ')':
			depth--
		case depth == 0 && strings.ContainsRune(seps, r):
			out = append(out, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, s[start:])
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '\n'
}

// leadAndSupport reads the form that names the roles after the names:
// "（省教育厅牵头，省财政厅、省人社厅配合）", also with 参与 or 按职责分工负责.
func leadAndSupport(inner string) *plan.Responsibility {
	parts := splitTop(inner, "，,；;")
	if len(parts) < 1 {
		return nil
	}
	lead, ok := strings.CutSuffix(strings.TrimSpace(parts[0]), "牵头")
	if !ok {
		return nil
	}
	r := &plan.Responsibility{Lead: names(lead), Support: []string{}}
	for _, part := range parts[1:] {
		part = strings.TrimSpace(part)
		var list string
		for _, role := range []string{"按职责分工负责", "按职责分工配合", "配合", "参与", "负责"} {
			if l, ok := strings.CutSuffix(part, role); ok {
				list = l
				break
			}
		}
		if list == "" {
			return nil
		}
		r.Support = append(r.Support, names(list)...)
	}
	for _, n := range r.All() {
		if utf8.RuneCountInString(n) > 30 || strings.ContainsAny(n, "。") {
			return nil
		}
	}
	if len(r.Lead) == 0 {
		return nil
	}
	return r
}
