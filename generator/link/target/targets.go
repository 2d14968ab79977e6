// Package target finds a plan's quantitative and dated commitments, the
// targets page's rows. It depends on link/dept only for a target's lead
// department (Of); Extract works on any text.
//
// A Target is a commitment found in a node's text: a quantity (55%, 95%以上,
// 超过65%, 90％, 1—2项, 3-5个, 至少一所, 每周不少于1课时), a change (每年降低不少于1个
// 百分点, 年均增长10%左右), a ratio (每5所幼儿园配备1名), a benchmark (不低于当地公务员
// 平均工资收入水平, 只增不减) or a deadline alone (到2025年, 2022年年底前, 力争2024年,
// 三年内). Fields: Indicator (the plan's words), Comparator (≥ > ≈ ≤ < =, empty
// for a deadline alone), Value (normalised: "55", "1–2", or a benchmark),
// Low/High, Unit, Change (increase, decrease, no-decrease), Per (每年, 年均,
// 每5所幼儿园), Deadline ("2025", "2022-12-31", "P3Y"), DeadlineText, Strive
// (力争/争取/努力), Printed, Sentence, EID and Lead (the lead department of the
// node or its nearest ancestor with a list). Numbers inside quotes, book
// titles and document numbers (“十四五”, “1530”, 《…2035年…》, 〔2022〕), glued to
// Latin letters (5G, IPv6, 1+X), ordinals (第十四个), years (十五年一贯制),
// conditions (超过1000人规模的), Chinese numerals outside a commitment
// (一批, 五育), the old value of a change (由35万元调整为45万元: 45万元 is the
// target), a bound's note (144平方米以下（不含144平方米）: < 144), the
// counts of what another body enumerated (中央列举的4个方面), the weights
// and terms of a formula (半年考评分值=日常监测（60%）+…, 处置率=（…）×100%:
// scoring.go), the count a score is computed over (计算7个方面分值的平均分值)
// and the count of what there is already (在现有62项…的基础上) are not
// targets; nor is the review of achievements (发展基础). A time limit in
// working days is one (10个工作日内: ≤ 10 个工作日).
package target

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"plansite/generator/link/dept"
	"plansite/generator/plan"
)

// Target is a quantitative or dated commitment of the plan.
type Target struct {
	ID           string      `json:"id"`  // "<eId>-t<N>": stable anchor of the target's row
	EID          string      `json:"eId"` // the node whose text holds the sentence
	Node         *plan.Node  `json:"-"`
	Indicator    string      `json:"indicator"`            // what is measured or promised, in the plan's words
	Comparator   string      `json:"comparator,omitempty"` // ≥ > ≈ ≤ < =; empty for a deadline alone
	Value        string      `json:"value,omitempty"`      // "55", "1–2", or a benchmark ("当地公务员平均工资收入水平")
	Low          float64     `json:"low,omitempty"`        // numeric value, or the lower end of a range
	High         float64     `json:"high,omitempty"`       // the upper end of a range (= Low otherwise)
	Unit         string      `json:"unit,omitempty"`       // "%", "个百分点", "名", "所", "课时"…
	Change       string      `json:"change,omitempty"`     // increase, decrease, no-decrease: Value is a change, not a level
	Per          string      `json:"per,omitempty"`        // rate or ratio: "每年", "年均", "每周", "每5所幼儿园"
	Deadline     string      `json:"deadline,omitempty"`   // "2025", "2022-12-31", or a duration "P3Y"
	DeadlineText string      `json:"deadlineText,omitempty"`
	Strive       bool        `json:"strive,omitempty"`  // 力争/争取/努力: an aim rather than a promise
	Base         string      `json:"base,omitempty"`    // an indicator's base-year value as printed
	Binding      string      `json:"binding,omitempty"` // an indicator's 约束性 (binding) or 预期性 (expected)
	Printed      string      `json:"printed"`           // the commitment as printed: "超过65%", "到2025年"
	Sentence     string      `json:"sentence"`
	Lead         *dept.Entry `json:"-"`
}

// deadline is a dated phrase in a sentence.
type deadline struct {
	start, end int
	iso, text  string
	strive     bool
}

var deadlineRes = []*regexp.Regexp{
	regexp.MustCompile(`(力争|争取)?(?:到|至|截至|截止到|于)(\d{4})年(年底|年末|底|末)?` + monthDay + `(?:前|以前|之前|止)?`),
	regexp.MustCompile(`(力争|争取)?(?:在)?(\d{4})年(年底|年末|底|末)?(?:前|以前|之前)`),
	regexp.MustCompile(`(力争|争取)(?:在)?(\d{4})年()`),
	regexp.MustCompile(`(力争|争取)?(?:在)?([一二两三四五六七八九十]|\d{1,2})年(?:内|之内)()`),
}

var (
	striveRe     = regexp.MustCompile(`力争|争取|努力`)
	benchmarkRe  = regexp.MustCompile(`(不低于|不少于|不高于|不超过|高于|低于)(?:或(?:高于|等于|低于))?([^，,。；、\d]{2,30}?(?:水平|标准|平均数|平均值))`)
	noDecreaseRe = regexp.MustCompile(`(?:两个|均)?只增不减`)
	leadWordsRe  = regexp.MustCompile(`^(?:确保|力争|争取|努力|原则上|计划|让|使|实现|并且|并|要|其中|全面|进一步|同时|在全区范围内|在)+`)
	perTimeRe    = regexp.MustCompile(`每(?:年|周|月|天|日|学期|学年)|年均|逐年`)
	perRatioRe   = regexp.MustCompile(`每(?:\d+|[一二两三四五六七八九十]+)(?:所|个|名|人|家|班|校)[\p{Han}]{1,6}?(?:配备|配置|至少|不少于|设|建|开设|有|应|须|必须)`)
	clauseSep    = "，,：:"
	// reviewHeading names the review of achievements that opens many
	// plans (发展基础, “十三五”成就): facts, not commitments.
	reviewHeading = regexp.MustCompile(`发展基础|发展成就|主要成就|发展现状|现实基础|工作基础|取得成效|发展回顾|工作回顾|成就回顾`)
)

// Of extracts the targets of every node's text in doc, in document order,
// with lead giving each its lead department. extract and review are Extract
// and IsReview, or remembered versions of them (link.Analyzer's).
func Of(doc *plan.Document, lead func(*plan.Node) *dept.Entry, extract func(text string) []Target, review func(heading string) bool) []*Target {
	var out []*Target
	doc.Walk(func(n *plan.Node) bool {
		switch {
		case n.Kind == plan.KindNotice || n.Kind == plan.KindConclusions:
			return false // the wrapper: dates and numbers of the document itself
		case review(n.Heading):
			return false // achievements so far, not commitments
		}
		for i, t := range extract(n.Text) {
			t.ID = n.EID + "-t" + strconv.Itoa(i+1)
			t.EID, t.Node, t.Lead = n.EID, n, lead(n)
			out = append(out, &t)
		}
		for i, t := range indicatorTargets(n) {
			// Its id stays the table's (translations key on it); its
			// passage is the indicator's row where the table's rows are
			// nodes (表3第2行).
			t.ID = n.EID + "-t" + strconv.Itoa(i+1)
			at := n
			if r := n.Indicators[i].Row; plan.HasDataRows(n) && r < len(n.Children) {
				at = n.Children[r]
			}
			t.EID, t.Node, t.Lead = at.EID, at, lead(at)
			out = append(out, t)
		}
		return true
	})
	return out
}

// indicatorTargets makes a target of each row of an indicator table
// (主要指标): the indicator, its target value (a comparator before it
// kept apart: "≥30"), unit, base value and 约束性/预期性; the deadline is
// the year the target column names ("2025年目标"), else the last year a
// column names.
func indicatorTargets(n *plan.Node) []*Target {
	if len(n.Indicators) == 0 {
		return nil
	}
	year := ""
	for _, c := range n.Columns {
		if m := yearRe.FindString(c); m != "" && (year == "" || strings.Contains(c, "目标") || m > year) {
			year = m
		}
	}
	var out []*Target
	rows := n.TableRows()
	for _, in := range n.Indicators {
		t := &Target{Indicator: in.Name, Unit: in.Unit, Base: in.Base, Binding: in.Binding, Deadline: year, DeadlineText: yearText(year),
			Printed: in.Target, Sentence: strings.Join(rows[in.Row], " ")}
		v := in.Target
		for _, c := range []string{"≥", "≤", ">", "<", "＞", "＜"} {
			if rest, ok := strings.CutPrefix(v, c); ok {
				t.Comparator, v = strings.NewReplacer("＞", ">", "＜", "<").Replace(c), rest
				break
			}
		}
		if t.Comparator == "" && v != "" {
			t.Comparator = "="
		}
		t.Value = v
		if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
			t.Low, t.High = f, f
		}
		if in.Binding == "预期性" {
			t.Strive = true
		}
		out = append(out, t)
	}
	return out
}

func yearText(year string) string {
	if year == "" {
		return ""
	}
	return year + "年"
}

var yearRe = regexp.MustCompile(`(?:19|20)\d\d`)

// IsReview says whether a heading names the review of achievements that
// opens many plans (发展基础, “十三五”成就): facts, not commitments.
func IsReview(heading string) bool { return reviewHeading.MatchString(heading) }

// Extract finds the targets of a running text (ID, EID, Node and Lead left
// empty): every quantity with its comparator, unit, rate and deadline, every
// benchmark ("不低于当地公务员平均工资收入水平"), and every deadline that no
// quantity follows in its sentence. They are values, so that a memo of
// them (link.Analyzer's) hands each node its own copies.
func Extract(text string) []Target {
	var out []Target
	for _, s := range sentences(text) {
		out = append(out, extractSentence(s)...)
	}
	return out
}

// sentences splits text after 。；！？ (outside brackets and quotations
// that close: enclosed).
func sentences(text string) []string {
	var out []string
	in := enclosed(text, "（()《")
	start := 0
	for i, r := range text {
		switch r {
		case '。', '；', '！', '？', ';':
			if in == nil || !in[i] {
				out = append(out, text[start:i+utf8.RuneLen(r)])
				start = i + utf8.RuneLen(r)
			}
		}
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, text[start:])
	}
	return out
}

// clause is a stretch of a sentence between commas or colons.
type clause struct{ start, end int }

func clausesOf(masked string) []clause {
	var out []clause
	start := 0
	for i, r := range masked {
		if strings.ContainsRune(clauseSep, r) {
			out = append(out, clause{start, i})
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, clause{start, len(masked)})
}

func clauseAt(cs []clause, at int) int {
	for i, c := range cs {
		if at < c.end {
			return i
		}
	}
	return len(cs) - 1
}

// deadlines finds the dated phrases of a masked sentence.
func deadlines(s, masked string) []deadline {
	if !countedYears(masked) {
		return nil
	}
	var out []deadline
	taken := func(i int) bool {
		return slices.ContainsFunc(out, func(d deadline) bool { return i >= d.start && i < d.end })
	}
	for k, re := range deadlineRes {
		for _, m := range re.FindAllStringSubmatchIndex(masked, -1) {
			if taken(m[0]) || taken(m[1]-1) {
				continue
			}
			d := deadline{start: m[0], end: m[1], text: s[m[0]:m[1]], strive: m[2] >= 0}
			n := s[m[4]:m[5]]
			switch {
			case k == 3:
				years, err := strconv.Atoi(n)
				if err != nil {
					years = chineseNumber(n)
				}
				d.iso = "P" + strconv.Itoa(years) + "Y"
			case len(m) > 8 && m[8] >= 0: // 2023年12月31日, 2022年6月底
				d.iso = dayOf(n, s[m[8]:m[9]], m[10] >= 0, s[max(m[10], 0):max(m[11], 0)])
			case m[7] > m[6]: // 年底, 年末
				d.iso = n + "-12-31"
			default:
				d.iso = n
			}
			if k == 0 && term(masked, d) {
				continue // 有效期至2023年12月31日止: the measure's term
			}
			out = append(out, d)
		}
	}
	return out
}

// countedYears reports whether a digit or a Chinese numeral precedes 年
// somewhere in s, which every deadline needs ("2025年", "三年内").
func countedYears(s string) bool {
	prev := rune(0)
	for _, r := range s {
		if r == '年' && (prev >= '0' && prev <= '9' || strings.ContainsRune("一二两三四五六七八九十", prev)) {
			return true
		}
		prev = r
	}
	return false
}
