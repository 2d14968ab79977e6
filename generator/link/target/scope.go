package target

import (
	"slices"
	"strings"
)

// scopeWords open a clause that names what a measure is aimed at
// (针对首年关税为零的2034种出口商品, 面向…): the clause describes its object,
// it sets no value.
var scopeWords = []string{"针对", "对于", "面向"}

// possessionWords, before a quantity and its 的 (拥有2套及以上商品住房的
// 家庭, 持有5%以上股份的股东), say what those meant have: the quantity
// bounds who a rule applies to, it sets no value.
var possessionWords = []string{"拥有", "持有", "具有", "具备"}

// enumeratedWords, before 的, say that what follows was enumerated by
// another (中央列举的4个方面12类形式主义问题): its counts tell what is
// referred to, not a goal of the plan.
var enumeratedWords = []string{"列举的", "列出的", "列明的", "指出的"}

// describing drops the quantities that describe the object of a scope
// clause rather than set a value: a count with no comparator or change
// right after 的 ("针对首年关税为零的2034种、5年内关税减让显著的2725种出口
// 商品"), and the dated phrases before it in that clause (5年内 there is a
// property of the goods, not a deadline). A share ("…的50%") stays: it is
// a rate the plan sets. It drops too a value before the 的 of a clause
// opened by a scope word or 对 (对拥有1套住房且…的家庭, 对拥有2套及以上住房的
// 家庭: a bound of who is meant), a quantity after a verb of having and
// before a 的 (拥有2套及以上商品住房的家庭, without 对 where a list's item
// names them), and the counts of what
// another body enumerated (enumeratedWords), to the end of their clause.
func describing(masked string, cs []clause, qs []quantity, ds []deadline) ([]quantity, []deadline) {
	var spans []clause
	kept := qs[:0:0]
	for _, q := range qs {
		c := cs[clauseAt(cs, q.start)]
		count := q.comparator == "=" && q.change == "" && q.unit != "%" && q.unit != "个百分点"
		if count && strings.HasSuffix(masked[c.start:q.pre], "的") && scopeClause(masked[c.start:c.end]) {
			spans = append(spans, clause{c.start, q.start})
			continue
		}
		if q.change == "" && aimedAt(masked[c.start:c.end]) && strings.Contains(masked[q.end:c.end], "的") {
			continue // 对拥有1套住房且…的家庭: the households the measure is for
		}
		if q.change == "" && possessing(masked[c.start:q.pre]) && strings.Contains(masked[q.end:c.end], "的") {
			continue // 拥有2套及以上商品住房的家庭: what those meant have
		}
		if count && containsAny(masked[c.start:q.pre], enumeratedWords) {
			continue // 中央列举的4个方面12类: the counts of what another enumerated
		}
		kept = append(kept, q)
	}
	if len(spans) == 0 {
		return kept, ds
	}
	ds = slices.DeleteFunc(slices.Clone(ds), func(d deadline) bool {
		return slices.ContainsFunc(spans, func(sp clause) bool { return d.start >= sp.start && d.end <= sp.end })
	})
	return kept, ds
}

// aimedAt reports whether a clause opens with a scope word or 对 (对拥有1套
// 住房…的家庭): the words up to its 的 describe those a measure is aimed at,
// and a count among them is a property of theirs.
func aimedAt(text string) bool {
	return scopeClause(text) || strings.HasPrefix(leadWordsRe.ReplaceAllString(strings.TrimLeft(text, " \t\u3000"), ""), "对")
}

// possessing reports whether the words before a quantity in its clause
// end in a verb of having and what is had (拥有, 持有公司), with no 的
// between: the quantity is what is had.
func possessing(before string) bool {
	for _, w := range possessionWords {
		if i := strings.LastIndex(before, w); i >= 0 && !strings.Contains(before[i:], "的") {
			return true
		}
	}
	return false
}

// scopeClause reports whether a clause opens with a scope word, after
// lead words and blanks.
func scopeClause(text string) bool {
	text = strings.TrimLeft(text, " \t\u3000")
	text = leadWordsRe.ReplaceAllString(text, "")
	return slices.ContainsFunc(scopeWords, func(w string) bool { return strings.HasPrefix(text, w) })
}

// baselineWords open the frame 在现有…的基础上 (on the basis of the
// existing …), whose quantity is what there is already, not a value the
// plan sets (Baotou's 在现有…等62项“一站式”便民服务的基础上，继续聚焦…).
var baselineWords = []string{"在现有", "在原有", "在已有"}

// existing drops the quantities in a 在现有…基础上 frame. It reads the
// sentence as printed, between the commas around each quantity, where the
// masked sentence can hide the frame's end: Baotou's “一站式" opens a
// quotation that its straight quote does not close.
func existing(s string, qs []quantity) []quantity {
	if !strings.Contains(s, "基础上") {
		return qs
	}
	kept := qs[:0:0]
	for _, q := range qs {
		before := s[max(strings.LastIndexAny(s[:q.pre], "，,；;。"), 0):q.pre]
		after := s[q.end:]
		if end := strings.IndexAny(after, "，,；;。"); end >= 0 {
			after = after[:end]
		}
		if q.change == "" && strings.Contains(after, "基础上") &&
			containsAny(before, baselineWords) {
			continue // 在现有62项便民服务的基础上: what there is already
		}
		kept = append(kept, q)
	}
	return kept
}
