package target

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// quantity is one number with its unit found in a clause, and what the
// words around it say.
type quantity struct {
	start, end int    // byte offsets of the quantity (number, unit, post word) in the sentence
	printed    string // as printed, comparator word included: "超过65%"
	value      string // "55", "1–2"
	low, high  float64
	unit       string
	comparator string
	change     string
	num        int    // byte offset of the number
	pre        int    // byte offset where the comparator or change word begins (≤ num)
	verb       string // words between the comparator and the number: "配备" in "至少配备1名"
	per        string // the unit it is per, printed after a slash: "每套" of "2万元/套"
	// paid is true for the rate of a payment: 按300元/人的标准给予…,
	// 2000元/人/年的用工补助 (payment.go).
	paid  bool
	share string // the body a share of a rate is for: 镇（街道） in 按300元/人（镇（街道）100元/人）

	// subject is where the words naming what it measures end, where that
	// is not at pre: before 由 in 额度由35万元调整为45万元 (changed.go); 0
	// otherwise.
	subject int
}

var (
	// quantityRe: an Arabic or Chinese number or range, then a unit or
	// measure word, then a word bounding it, maybe after a note saying
	// whether the bound counts itself (180平方米（含）以内, （不含）以下) or
	// 及 (2套及以上: the same as 以上), and the unit it is paid or counted
	// per after a slash (2万元/套, 1000元/人, full-width 1000元／人), and
	// the time it is per after a second (350元/人/月).
	// It is anchored: quantityMatches tries it only where a number
	// begins.
	quantityRe = regexp.MustCompile(`^(?:(\d+(?:\.\d+)?)(?:\s*[-—–~～至到]\s*(\d+(?:\.\d+)?))?|([一二两三四五六七八九十百千]+)(?:[-—至到]([一二两三四五六七八九十百千]+))?)\s*` +
		`((?:万|亿)?(?:%|％|个百分点|百分点|个月|个工作日|工作日|个|所|名|项|次|课时|学时|处|家|人次|人|元|座|支|门|类|种|间|台|套|小时|天|倍|平方米|亩|公里|张|节|篇|部))` +
		`(?:\s*[（(]\s*不?含\s*[）)])?(及以上|及以下|以上|以下|以内|内|左右|上下)?` +
		`(?:\s*[/／]\s*(套|人|户|家|名|个|项|所|辆|台|件|亩|平方米|年|月|次))?(?:\s*[/／]\s*(年|月|日|天|次))?`)
	// cnGate: a Chinese numeral counts only right after one of these words
	// ("至少家访一次", "建成一所"); elsewhere 一 is a word ("一批", "一体化").
	// 最多 bounds the count of an act after it ("最多跑一次": ≤ 1 次).
	cnGate = []string{"至少", "不少于", "不低于", "超过", "最多", "建成", "建设", "新建", "配备", "培育", "创建", "达到"}
)

// timeUnits are the units of a time, which 内 after them bounds: 48小时内,
// 10个工作日内 (a time limit, ≤).
var timeUnits = []string{"小时", "天", "个月", "个工作日", "工作日"}

// comparators before a number, longest first where one contains another.
var preComparators = []struct{ word, cmp string }{
	{"不少于", "≥"}, {"不低于", "≥"}, {"不小于", "≥"}, {"至少", "≥"}, {"达到", "≥"}, {"达", "≥"}, {"提高到", "≥"}, {"提升到", "≥"},
	{"不超过", "≤"}, {"不高于", "≤"}, {"不多于", "≤"}, {"最多", "≤"}, {"控制在", "≤"}, {"降低到", "≤"}, {"降至", "≤"},
	{"最高", "≤"}, {"超过", ">"}, {"高于", ">"}, {"大于", ">"}, {"多于", ">"}, {"突破", ">"},
	{"低于", "<"}, {"少于", "<"}, {"小于", "<"},
	{"约", "≈"}, {"大约", "≈"},
}

var changeWords = []struct{ word, change string }{
	{"增长", "increase"}, {"提高", "increase"}, {"增加", "increase"}, {"上升", "increase"},
	{"降低", "decrease"}, {"下降", "decrease"}, {"减少", "decrease"}, {"压减", "decrease"},
}

// quantities finds the quantities of sentence s; masked is s with quoted
// and bracketed spans blanked out, byte for byte.
func quantities(s, masked string) []quantity {
	var out []quantity
	floor := 0
	for _, m := range quantityMatches(masked) {
		if q, ok := readQuantity(s, masked, m, floor); ok {
			if k := len(out) - 1; k >= 0 && out[k].paid && !q.paid {
				// 按300元/人（镇（街道）100元/人…）: a share of the rate
				if w, ok := shareOf(s[out[k].end:q.pre], out[k].share != ""); ok {
					q.paid, q.share = true, w
				}
			}

			out = append(out, q)
			floor = q.end
		}
	}
	return out
}

// quantityMatches returns the matches of quantityRe in masked, as
// FindAllStringSubmatchIndex would of the regexp unanchored. A match starts
// with an Arabic or Chinese digit, and only there is the regexp tried:
// unanchored, having no literal to look for, it is tried at every
// character of every sentence of a plan, which cost more than the rest of
// the targets.
func quantityMatches(masked string) [][]int {
	var out [][]int
	for i := 0; i < len(masked); {
		r, size := utf8.DecodeRuneInString(masked[i:])
		if !numberStart(r) {
			i += size
			continue
		}
		m := quantityRe.FindStringSubmatchIndex(masked[i:])
		if m == nil {
			i = numeralRunEnd(masked, i)
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		i = m[1]
	}
	return out
}

// numeralRunEnd returns where the run of numerals of one kind (Arabic
// digits, or Chinese numerals) that begins at i ends. Where quantityRe
// fails at the run's start it fails inside it too — its number would take
// the digits before — so quantityMatches goes on past the run, not at its
// next digit: a sentence of n digits and no unit (a garbled table, a PDF's
// digits run together) was n tries of the regexp, each the length of the
// run, and took a minute at n = 8,000.
func numeralRunEnd(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	arabic := r >= '0' && r <= '9'
	for i += size; i < len(s); i += size {
		r, size = utf8.DecodeRuneInString(s[i:])
		if !numberStart(r) || (r >= '0' && r <= '9') != arabic {
			break
		}
	}
	return i
}

// numberStart reports whether a quantity may start with r.
func numberStart(r rune) bool {
	switch r {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千':
		return true
	}
	return false
}

// readQuantity checks one match in its context and reads it; the words it
// looks at before the number start at floor, the end of the previous one.
func readQuantity(s, masked string, m []int, floor int) (quantity, bool) {
	if m[12] >= 0 && s[m[12]:m[13]] == "内" && !slices.Contains(timeUnits, s[m[10]:m[11]]) {
		// 内 bounds a time ("48小时内"); after a count it begins a word
		// ("100家内资企业", "3项内容").
		m = slices.Clone(m)
		m[1], m[12], m[13], m[14], m[15] = m[12], -1, -1, -1, -1
	}
	start, end := m[0], m[1]
	if i := strings.LastIndexAny(masked[floor:start], clauseSep); i >= 0 {
		_, size := utf8.DecodeRuneInString(masked[floor+i:])
		floor += i + size // the words before a number stay in its clause
	}
	before, after := masked[:start], masked[end:]
	prev, _ := utf8.DecodeLastRuneInString(before)
	next, _ := utf8.DecodeRuneInString(after)
	word, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " \t\u3000"))
	switch {
	case prev < utf8.RuneSelf && (isASCIIAlnum(prev) || prev == '.' || prev == '+' || prev == '-'),
		next < utf8.RuneSelf && (isASCIIAlnum(next) || next == '+'): // 5G, IPv6, 1+X
		return quantity{}, false
	case word == '第' || word == '每': // an ordinal (第 2 套 too), or the "per" of a rate
		return quantity{}, false
	case (strings.HasPrefix(after, "的") || strings.HasPrefix(after, "规模")) && !paysBy(before) && m[14] < 0:
		// "超过1000人规模的学校": a condition; but 按300元/人的标准 and
		// 2000元/人/年的用工补助 are the rate of a payment
		return quantity{}, false
	}
	q := quantity{start: start, num: start, end: end, unit: s[m[10]:m[11]]}
	if m[14] >= 0 {
		q.per = "每" + s[m[14]:m[15]] // 2万元/套
		if m[16] >= 0 {
			q.per += "每" + s[m[16]:m[17]] // 350元/人/月
		}
		q.paid = paysBy(before) || strings.HasPrefix(after, "的")
	}
	if q.unit == "％" {
		q.unit = "%"
	}
	if q.unit == "百分点" {
		q.unit = "个百分点"
	}
	var lo, hi string
	if m[2] >= 0 {
		lo = s[m[2]:m[3]]
		if m[4] >= 0 {
			hi = s[m[4]:m[5]]
		}
	} else {
		tail := lastRunes(before, 4)
		if !containsAny(tail, cnGate) {
			return quantity{}, false
		}
		if inOneGo(before, s[m[6]:m[7]], s[m[10]:m[11]], after) {
			return quantity{}, false
		}
		n := chineseNumber(s[m[6]:m[7]])
		if n == 0 {
			return quantity{}, false // 一千五: no number the reader can be sure of
		}
		lo = strconv.Itoa(n)
		if m[8] >= 0 {
			if n = chineseNumber(s[m[8]:m[9]]); n == 0 {
				return quantity{}, false
			}
			hi = strconv.Itoa(n)
		}
	}
	q.low, _ = strconv.ParseFloat(lo, 64)
	q.high, q.value = q.low, lo
	if hi != "" {
		q.high, _ = strconv.ParseFloat(hi, 64)
		q.value = lo + "–" + hi
	}
	wordEnd := start
	q.comparator, q.pre, wordEnd = preComparator(masked, floor, start)
	if q.comparator == "" {
		q.comparator = "="
	}
	if m[12] >= 0 {
		strict := strings.Contains(s[m[11]:m[12]], "不含") // 144平方米（不含）以下
		switch post := strings.TrimPrefix(s[m[12]:m[13]], "及"); {
		case post == "以上" && strict:
			q.comparator = ">"
		case post == "以上" && q.comparator != ">":
			q.comparator = "≥"
		case (post == "以下" || post == "以内") && strict:
			q.comparator = "<"
		case post == "以下" || post == "以内" || post == "内": // "48小时内放行"
			if q.comparator != "<" {
				q.comparator = "≤"
			}
		case post == "左右" || post == "上下":
			q.comparator = "≈"
		}
	}
	tail := lastRunes(masked[floor:q.pre], 6)
	base, best := q.pre-len(tail), -1
	for _, c := range changeWords {
		if i := strings.LastIndex(tail, c.word); i > best && !strings.HasPrefix(tail[i+len(c.word):], "到") && !strings.HasPrefix(tail[i+len(c.word):], "至") {
			best, q.change = i, c.change
			if q.pre == start {
				wordEnd = base + i + len(c.word)
			}
		}
	}
	if best >= 0 {
		q.pre = base + best
	}
	if v := s[wordEnd:start]; !strings.HasSuffix(v, "的") && utf8.RuneCountInString(v) <= 4 {
		q.verb = strings.TrimSpace(v)
	}
	q.printed = strings.TrimSpace(s[q.pre:end])
	return q, true
}

// preComparator finds the comparator word nearest before the number (in
// the six characters before it, or anywhere before it in the clause when
// "的" ends the words between: "不低于绩效工资总量的70%"), where it begins and
// where it ends.
func preComparator(masked string, floor, start int) (cmp string, at, end int) {
	tail := lastRunes(masked[floor:start], 6)
	if strings.HasSuffix(tail, "的") {
		tail = masked[floor:start]
	}
	base := start - len(tail)
	bestEnd, at, end := -1, start, start
	for _, c := range preComparators {
		i := strings.LastIndex(tail, c.word)
		if i < 0 || c.word == "达" && i+len(c.word) != len(tail) {
			continue // 达 alone only right before the number: not 抵达, 下达
		}
		if e := i + len(c.word); e > bestEnd || (e == bestEnd && base+i < at) {
			bestEnd, at, end, cmp = e, base+i, base+e, c.cmp
		}
	}
	return cmp, at, end
}

// chineseNumber reads a Chinese numeral below ten thousand (一 → 1, 十五 →
// 15, 两 → 2, 三百 → 300); 0 when s is not one whole.
func chineseNumber(s string) int {
	if n, size := plan.ParseChineseNumeral(s); size == len(s) {
		return n
	}
	return 0
}

// lastRunes returns the last n runes of s.
// inOneGo reports whether a Chinese 一次 says how a thing is done rather
// than how many times: 一次性 (a one-off), and 一次 right after 达到, which
// reaches a state rather than counting an act, before the act it
// qualifies (达到一次投入，减少二次开发费用: invest once, in one go). A count
// of times follows the act it counts (至少家访一次, 每半年考评一次) or a
// verb of doing before its object (至少开展一次培训), and stays one.
func inOneGo(before, num, unit, after string) bool {
	if num != "一" || unit != "次" {
		return false
	}
	next, _ := utf8.DecodeRuneInString(after)
	return next == '性' || unicode.Is(unicode.Han, next) && strings.HasSuffix(before, "达到")
}

func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
