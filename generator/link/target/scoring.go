package target

import (
	"strings"
)

// A plan that says how work will be scored (a 考评办法) prints numbers
// that weigh or compute a score: 半年考评分值=日常监测（60%）+实地调研（20%）…
// gives the weight of each part, 计算各部门7个方面分值的平均分值 counts the
// parts averaged, and a rate's definition (处置率=（处置数/总数）×100%)
// holds a constant. None is a value the government promises; a score it
// aims at (满意度评分达到90分以上) is one.

// formulaOps are the operators that make the words after an = a formula,
// where a value after = alone (流量Q=6.6m3/s) is a value.
const formulaOps = "+＋×÷*"

// scoreWords name a score.
var scoreWords = []string{"分值", "得分", "评分", "计分", "分数", "总分"}

// computeWords say that a score is computed rather than aimed at.
var computeWords = []string{"计算", "平均", "折算", "加权"}

// scoring drops the quantities that weigh or compute a score, or are
// terms of a formula: each after the = of a formula in its clause, each
// in a clause that names a weight (权重), and each in a clause that
// computes a score (计算…分值的平均分值).
func scoring(masked string, cs []clause, qs []quantity) []quantity {
	if !strings.ContainsAny(masked, "=＝权") && !containsAny(masked, scoreWords) {
		return qs
	}
	kept := qs[:0:0]
	for _, q := range qs {
		c := cs[clauseAt(cs, q.start)]
		text := masked[c.start:c.end]
		switch {
		case formulaTerm(masked[c.start:q.pre], masked[q.pre:c.end]):
			continue // 日常监测（60%）+…, （…）×100%: a term of a formula
		case strings.Contains(text, "权重"):
			continue // 权重占30%: a weight
		case containsAny(text, scoreWords) && containsAny(text, computeWords):
			continue // 计算7个方面分值的平均分值: how a score is made
		}
		kept = append(kept, q)
	}
	return kept
}

// formulaTerm reports whether a quantity with before and after it in its
// clause is on the right of a formula: after an =, with an operator after
// that = (in either part).
func formulaTerm(before, after string) bool {
	i := max(strings.LastIndex(before, "="), strings.LastIndex(before, "＝"))
	if i < 0 {
		return false
	}
	return strings.ContainsAny(before[i:], formulaOps) || strings.ContainsAny(after, formulaOps)
}

// containsAny reports whether s contains any of words: the test every
// list of words in this package is read with.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
