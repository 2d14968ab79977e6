package target

import (
	"slices"
	"strings"
	"unicode"
)

// extractSentence reads the targets of one sentence.
func extractSentence(s string) []Target {
	masked := mask(s)
	cs := clausesOf(masked)
	ds := deadlines(s, masked)
	qs := quantities(s, masked)
	qs, ds = describing(masked, cs, qs, ds)
	qs = scoring(masked, cs, qs)
	qs = existing(s, qs)
	qs = bounds(masked, changed(masked, qs))
	sentence := strings.TrimSpace(s)
	deadlineFor := func(at int) *deadline {
		var best *deadline
		for i := range ds {
			if clauseAt(cs, ds[i].start) <= clauseAt(cs, at) && ds[i].start <= at {
				best = &ds[i]
			}
		}
		return best
	}
	striving := func(at int) bool {
		c := cs[clauseAt(cs, at)]
		return striveRe.MatchString(masked[c.start:at])
	}
	var out []Target
	prevBefore := ""
	for i := 0; i < len(qs); {
		// a run "55%、95%以上" shares one comparator and splits one indicator
		j := i + 1
		for j < len(qs) && slices.Contains(runJoins, masked[qs[j-1].end:qs[j].pre]) {
			j++
		}
		group := qs[i:j]
		last := group[len(group)-1]
		c := cs[clauseAt(cs, group[0].start)]
		from := c.start
		if i > 0 && qs[i-1].end > from {
			from = qs[i-1].end // "建成2—3个国家临床中心、20个左右分中心"
			if k := strings.LastIndex(s[from:group[0].pre], "、"); k >= 0 {
				from += k + len("、")
			} else if w := endingJoin(s[from:group[0].pre]); w != "" {
				from = group[0].pre // "建成5个市级专业和2个省级专业": the verb is the first count's
			}
		}
		before := indicatorBefore(s, from, group[0].pre, ds)
		if before != "" && group[0].verb != "" {
			before += group[0].verb
		}
		if sub := group[0].subject; sub > 0 {
			// 额度由35万元调整为45万元: the words before 由, in its clause
			// (the change's verb, 最高提至, no part of them)
			before = strings.TrimSuffix(indicatorBefore(s, cs[clauseAt(cs, sub)].start, sub, ds), "分别")
		}
		noun := ""
		if last.unit != "%" && last.unit != "个百分点" {
			to := c.end
			if j < len(qs) && qs[j].pre < to {
				to = qs[j].pre
			}
			if k := strings.Index(s[last.end:to], "、"); k >= 0 && (last.per != "" || j < len(qs) && to == qs[j].pre) {
				// 2万元/套、本科学历补贴1万元/套, 1 型保障对象 150 万元、2 型保障
				// 对象 80 万元, 学校10所、幼儿园5所: the next item's words
				to = last.end + k
			}
			noun = nounAfter(s, last.end, to)
			if j < len(qs) && to == qs[j].pre {
				noun = strings.TrimSuffix(noun, endingJoin(noun))
			}
		}
		if before == "" && !strings.Contains(s[from:group[0].pre], "其中") {
			// A figure without words of its own before it shares the
			// verb of the one before (建成5个市级…、2个省级…); one of
			// which a total is made (共30套其中3套备件) does not share
			// that total's words (共).
			before = prevBefore
		}
		prevBefore = before
		names := splitIndicator(before, len(group))
		if pay := payment(s, last.end, last.share != ""); group[0].paid && pay != "" {
			// 按300元/人的标准给予就业创业服务补助: what is paid
			for k, q := range group {
				names[k] = pay
				if q.share != "" {
					names[k] += "（" + q.share + "）"
				}
			}
			noun = ""
		}

		per := perOf(s, c.start, group[0].pre)
		for k, q := range group {
			t := Target{Indicator: names[k] + noun, Comparator: q.comparator, Value: q.value, Low: q.low, High: q.high,
				Unit: q.unit, Change: q.change, Per: per + q.per, Printed: strings.TrimSpace(s[q.pre:q.end]), Sentence: sentence,
				Strive: striving(q.pre)}
			if q.comparator == "=" && k < len(group)-1 && last.comparator != "=" {
				t.Comparator = last.comparator // "达到55%、95%以上": 以上 covers both
			}
			if q.comparator == "=" && k > 0 && group[0].comparator != "=" {
				t.Comparator = group[0].comparator // "达30%、20%和10%": 达 covers all
			}
			if t.Indicator == "" {
				t.Indicator = strings.TrimSpace(s[c.start:q.pre])
			}
			if k := clauseAt(cs, q.start); t.Indicator == "" && k > 0 {
				// "对…平台省级给予奖补，最高3000万元": the clause before says what
				t.Indicator = indicatorBefore(s, cs[k-1].start, cs[k-1].end, ds)
			}
			if d := deadlineFor(q.start); d != nil {
				t.Deadline, t.DeadlineText = d.iso, d.text
				t.Strive = t.Strive || d.strive
			}
			out = append(out, t)
		}
		i = j
	}
	out = append(out, benchmarks(s, masked, cs, ds, sentence)...)
	for _, d := range ds {
		// A target of the sentence may carry the deadline already.
		if slices.ContainsFunc(out, func(t Target) bool { return t.DeadlineText == d.text }) {
			continue
		}
		out = append(out, Target{Indicator: deadlineIndicator(s, cs, d), Deadline: d.iso, DeadlineText: d.text,
			Printed: d.text, Sentence: sentence, Strive: d.strive || striving(d.start)})
	}
	for i := range out {
		out[i].Indicator = named(out[i].Indicator, out[i].Unit, sentence)
	}
	return out
}

// benchmarks finds comparisons with a level named in words ("不低于或高于
// 当地公务员平均工资收入水平") and "只增不减" (no decrease).
func benchmarks(s, masked string, cs []clause, ds []deadline, sentence string) []Target {
	var out []Target
	// The regexps have no literal prefix to look for, so each would be
	// tried at every character; most sentences have none of the words
	// they need (every comparator of benchmarkRe but 不超过 ends in 于).
	if !strings.Contains(masked, "于") && !strings.Contains(masked, "不超过") && !strings.Contains(masked, "只增不减") {
		return nil
	}
	for _, m := range benchmarkRe.FindAllStringSubmatchIndex(masked, -1) {
		c := cs[clauseAt(cs, m[0])]
		cmp := map[string]string{"不低于": "≥", "不少于": "≥", "不高于": "≤", "不超过": "≤", "高于": ">", "低于": "<"}[s[m[2]:m[3]]]
		out = append(out, Target{Indicator: indicatorBefore(s, c.start, m[0], ds), Comparator: cmp,
			Value: s[m[4]:m[5]], Printed: s[m[0]:m[1]], Sentence: sentence})
	}
	for _, m := range noDecreaseRe.FindAllStringIndex(masked, -1) {
		c := cs[clauseAt(cs, m[0])]
		out = append(out, Target{Indicator: indicatorBefore(s, c.start, m[0], ds), Comparator: "≥",
			Change: "no-decrease", Printed: s[m[0]:m[1]], Sentence: sentence})
	}
	return out
}

// indicatorBefore is the clause's text from start to at, without deadline
// phrases, rates, lead words ("确保", "力争") and trailing linking words.
func indicatorBefore(s string, start, at int, ds []deadline) string {
	var b strings.Builder
	for i := start; i < at; {
		skip := false
		for _, d := range ds {
			if i == d.start {
				i, skip = min(d.end, at), true
			}
		}
		if !skip {
			b.WriteByte(s[i])
			i++
		}
	}
	text := perTimeRe.ReplaceAllString(b.String(), "")
	if loc := perRatioRe.FindStringIndex(text); loc != nil {
		m := text[loc[0]:loc[1]]
		text = text[:loc[0]] + tailVerb(m) + text[loc[1]:]
	}
	text = strings.TrimFunc(text, notWord)
	text = leadWordsRe.ReplaceAllString(text, "")
	for _, w := range []string{"达到", "提高到", "提升到", "控制在", "降低到", "降至", "为", "至", "在", "到", "均", "应", "要", "须", "必须"} {
		text = strings.TrimSuffix(text, w)
	}
	return strings.TrimFunc(text, notWord)
}

// tailVerb keeps the verb that ends a ratio phrase ("每5所幼儿园配备" → "配备").
func tailVerb(m string) string {
	for _, v := range []string{"配备", "配置", "开设", "必须", "至少", "不少于"} {
		if strings.HasSuffix(m, v) {
			if v == "至少" || v == "不少于" {
				return ""
			}
			return v
		}
	}
	return ""
}

// perOf returns the rate or ratio words of the clause before at: "每年",
// "年均", "每周", "每5所幼儿园".
func perOf(s string, start, at int) string {
	var parts []string
	text := s[start:at]
	if m := perRatioRe.FindString(text); m != "" {
		v := tailVerb(m)
		m = strings.TrimSuffix(m, v)
		for _, w := range []string{"至少", "不少于", "配备", "配置", "设", "建", "开设", "有", "应", "须", "必须"} {
			m = strings.TrimSuffix(m, w)
		}
		parts = append(parts, m)
	}
	parts = append(parts, perTimeRe.FindAllString(text, -1)...)
	return strings.Join(parts, "")
}

// nounAfter is what a count counts: the words after the unit up to a
// bracket, comma or "等", or the next quantity.
func nounAfter(s string, from, to int) string {
	text := s[from:to]
	if i := strings.IndexAny(text, "（(，,；;。等"); i >= 0 {
		text = text[:i]
	}
	return strings.TrimFunc(text, notWord)
}

// runJoins are what joins the quantities of a run ("30%、20%和10%").
var runJoins = []string{"、", "和", "及", "以及", "、和", "、以及"}

// endingJoin returns the conjunction that ends text ("…专业和"), or "".
func endingJoin(text string) string {
	for _, w := range []string{"以及", "和", "及"} {
		if strings.HasSuffix(text, w) {
			return w
		}
	}
	return ""
}

// splitIndicator shares "学生体质健康测试优良率、合格率" out over n values:
// "学生体质健康测试优良率", "学生体质健康测试合格率", and "货物贸易、对外投资和
// 实际利用外资分别占比" too: "货物贸易占比", "对外投资占比", "实际利用外资占比"
// (分别, respectively, is what the values share). When the parts do not
// match the values, every value gets the whole text.
func splitIndicator(text string, n int) []string {
	out := make([]string, n)
	if subjects, shared, ok := strings.Cut(text, "分别"); ok && n > 1 {
		if parts := listParts(subjects); len(parts) == n {
			for i, p := range parts {
				out[i] = p + shared
			}
			return out
		}
	}
	parts := strings.Split(text, "、")
	if n == 1 || len(parts) != n {
		for i := range out {
			out[i] = text
		}
		return out
	}
	first := []rune(parts[0])
	lastPart := []rune(parts[n-1])
	prefix := ""
	if len(first) > len(lastPart) && len(lastPart) > 0 && first[len(first)-1] == lastPart[len(lastPart)-1] {
		prefix = string(first[:len(first)-len(lastPart)])
	}
	for i, p := range parts {
		if i > 0 && !strings.HasPrefix(p, prefix) {
			p = prefix + p
		}
		out[i] = p
	}
	return out
}

// deadlineIndicator is what a dated phrase promises: the rest of its
// clause, or the next clause when the phrase stands alone.
func deadlineIndicator(s string, cs []clause, d deadline) string {
	k := clauseAt(cs, d.start)
	rest := strings.TrimFunc(s[d.end:cs[k].end], notWord)
	rest = leadWordsRe.ReplaceAllString(rest, "")
	if rest == "" && k+1 < len(cs) {
		rest = strings.TrimFunc(s[cs[k+1].start:cs[k+1].end], notWord)
	}
	return strings.TrimFunc(leadWordsRe.ReplaceAllString(rest, ""), notWord)
}

// notWord reports runes trimmed from the ends of an indicator.
func notWord(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '）' && r != '”' && r != '》' || r == '，' || r == '。'
}

// listParts splits "A、B和C" into A, B, C: at every 、 and at the last
// part's 和, 以及 or 及.
func listParts(text string) []string {
	parts := strings.Split(text, "、")
	last := parts[len(parts)-1]
	for _, w := range []string{"以及", "和", "及"} {
		if a, b, ok := strings.Cut(last, w); ok && a != "" && b != "" {
			parts = append(parts[:len(parts)-1], a, b)
			break
		}
	}
	return parts
}
