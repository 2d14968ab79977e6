package target

import (
	"regexp"
	"strings"
)

// A rule of policy measures sets values by changing them: 住房公积金最高贷款
// 额度由35万元调整为45万元. The value it sets is the new one; the old one,
// after 由 or 从, is what is left behind, no target. And a bound may carry
// a note in brackets saying whether it counts itself: 144平方米以下（不含
// 144平方米） is below 144 square metres, the note's number no value of its
// own.

// changeToRe matches the words between the old value and the new one,
// read from the old value's end to the new number, or to the comparator
// before it: 调整为, 下调至, 下降至, 提高到 (由180平方米（含）以内提高到200平方米),
// 最高提至 (从60%最高提至90%),
// ，提高到 (由不高于房价的70%，提高到不高于房价的80%).
var changeToRe = regexp.MustCompile(`^[，,]?\s*(?:最高|最多|最低)?(?:调整|提高|提升|提|降低|下降|降|下调|上调|上升|增加|增长|减少|延长|缩短|放宽|扩大|变更|改)(?:为|到|至)\s*$`)

// changeFromWords open the old value of a change.
var changeFromWords = []string{"由", "从"}

// changed drops the old values of each change (由X调整为Y, also of several
// at once: 分别由X1、X2下降至Y1、Y2) from qs and gives the new ones the
// words before 由 as what they measure.
func changed(masked string, qs []quantity) []quantity {
	old := make([]bool, len(qs))
	for i := 0; i+1 < len(qs); i++ {
		if !changeToRe.MatchString(masked[qs[i].end:qs[i+1].num]) && !changeToRe.MatchString(masked[qs[i].end:qs[i+1].pre]) {
			continue
		}
		k := i // the first old value of the run ending at i
		for k > 0 && masked[qs[k-1].end:qs[k].pre] == "、" {
			k--
		}
		n := i - k + 1
		if i+n >= len(qs) {
			continue
		}
		before := strings.TrimRight(masked[:qs[k].pre], " \t\u3000")
		for _, w := range changeFromWords {
			if strings.HasSuffix(before, w) {
				for j := k; j <= i; j++ {
					old[j] = true
				}
				for j := i + 1; j <= i+n; j++ {
					qs[j].subject = len(before) - len(w)
				}
				break
			}
		}
	}
	out := qs[:0:0]
	for i, q := range qs {
		if !old[i] {
			out = append(out, q)
		}
	}
	return out
}

// boundNoteRe matches the opening of a bound's note: （不含, （含, （包括.
var boundNoteRe = regexp.MustCompile(`^\s*[（(]\s*(不含|不包含|不包括|含|包含|包括)\s*$`)

// bounds drops the number of a bound's note (（不含144平方米）) and makes the
// bound strict where the note leaves its value out.
func bounds(masked string, qs []quantity) []quantity {
	out := qs[:0:0]
	for _, q := range qs {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			if m := boundNoteRe.FindStringSubmatch(masked[prev.end:q.pre]); m != nil && q.value == prev.value && q.unit == prev.unit {
				switch {
				case !strings.HasPrefix(m[1], "不"):
				case prev.comparator == "≤":
					prev.comparator = "<"
				case prev.comparator == "≥":
					prev.comparator = ">"
				}
				continue
			}
		}
		out = append(out, q)
	}
	return out
}
