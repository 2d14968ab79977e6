package target

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A target's Indicator is cut from the words around its figure, and the
// cut can leave what names nothing a reader can take in: the tail of the
// figure before it in a formula (日常监测（60%）+实地调研（20%）: "）+实地调研"),
// a conjunction or an enumerator (和泵站, 四是), or a word that says how or
// how often but not what (按, 最高, 安排, 每次, 次). named mends the first
// kind and gives the rest the sentence, which says what the figure is.

var (
	// labelLead is what no label starts with: the closing bracket of a
	// figure before it, an operator of a formula, a list's mark.
	labelLead = "）)】」』”》+＋=＝*×、，,：:；; \u3000"
	// labelJoin are the words a label does not start with: a conjunction
	// joining it to the figure before (整治水闸13座和泵站4座), an
	// enumerator (四是6个月内), 其中 (of which).
	labelJoin = regexp.MustCompile(`^(?:以及|共?其中|和|及|与|[一二三四五六七八九十]是)+`)
	// labelEmpty are the words that, alone, name no measure: how a sum is
	// reckoned or paid (按, 减按, 最高, 安排), what is left (其余), a
	// total (共计), an act (投入, 缴清, 交清, 给予, 达到).
	labelEmpty = map[string]bool{"按": true, "减按": true, "最高": true, "最多": true, "最低": true, "其余": true, "安排": true,
		"共计": true, "合计": true, "投入": true, "缴清": true, "交清": true, "给予": true, "达到": true, "分别": true}
	// perUnit is a count's unit after 每 (每次, 每人, 每户): how often, not what.
	perUnit = regexp.MustCompile(`^每?(?:次|人|户|家|个|套|辆|项|名|年|月|天|日|批|期|场|所|元|万元)$`)
)

// named is the label of a target whose Indicator the words around its
// figure gave as indicator, counted in unit: indicator without a formula's
// sum before its "=", a leading bracket, operator or conjunction, or the sentence (without its closing
// stop) where what is left is empty, a unit alone or a word that names no
// measure (labelEmpty, perUnit).
func named(indicator, unit, sentence string) string {
	s := indicator
	for _, eq := range []string{"=", "＝"} {
		if i := strings.LastIndex(s, eq); i >= 0 {
			// A value after its name and = (床位=500张): the name is
			// what is measured. A formula's terms are no targets
			// (scoring.go); what is left of one names nothing: the
			// sentence says what it is.
			s = s[i+len(eq):]
			if strings.ContainsAny(s, "×*/÷+＋（(") {
				s = ""
			}
		}
	}
	for {
		t := strings.TrimLeft(s, labelLead)
		t = labelJoin.ReplaceAllString(t, "")
		if t == s {
			break
		}
		s = t
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if strings.HasSuffix(s, "）") && !strings.Contains(s, "（") {
		s = strings.TrimSuffix(s, "）") // 其中3套备件）: the bracket of the sentence's note
	}
	if s == "" || labelEmpty[s] || perUnit.MatchString(s) || s == unit || !hasHanOrLetter(s) {
		return strings.TrimRight(strings.TrimSpace(sentence), "。；;，,")
	}
	return s
}

// hasHanOrLetter reports whether s holds a word at all, not only figures
// and marks (=）, 30%).
func hasHanOrLetter(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) {
			return true
		}
		s = s[size:]
	}
	return false
}
