package parse

import (
	"cmp"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"plansite/generator/plan"
)

// Deadlines as plans print them, each matched against a whole field: a
// part of a parenthetical ("10月底完成"), the value after 完成时限, or a
// table cell.
var (
	// 2022年底前, 10月底完成, 2023年6月30日前完成, 2022年12月, 年内完成,
	// 5月底取得阶段性成效并持续推进.
	datedDeadline = regexp.MustCompile(`^(?:(?:于|在|到|至)?((?:19|20)\d\d)\s*年)?\s*(?:(\d{1,2})\s*月(?:份)?\s*(?:(\d{1,2})\s*日)?)?(年底|年末|年中|年内|底|末|上旬|中旬|下旬|上半年|下半年|第[一二三四1-4]季度|内|全年)?\s*(?:前|以前|之前)?\s*(?:全面|基本|全部|如期)?(?:完成|办结|到位|实现|建成|落实|启动|见效|出台|上线|投用|取得(?:明显|阶段性|显著|初步)?成效)?(?:任务)?(?:并持续推进)?$`)
	// 2021-2025, 2021年—2023年, 2021～2022年: a project's span; it is due at its end.
	spanDeadline = regexp.MustCompile(`^((?:19|20)\d\d)\s*年?\s*(?:(\d{1,2})\s*月)?\s*[-－—–~～至到]+\s*((?:19|20)\d\d)\s*年?\s*(?:(\d{1,2})\s*月)?(?:底|末)?(?:前)?(?:完成|建成)?$`)
	// Tasks without an end.
	ongoingDeadline = regexp.MustCompile(`^(?:持续推进|持续开展|持续实施|长期推进|长期坚持|长期实施|长期|持续|常态化推进|常态化开展|常态化|按年度推进|每年|逐年推进|按计划推进|按进度推进|持续优化|持续完善)$`)
	scoreRe         = regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*分$`)
	// A deadline after its label in running text: "完成时限：2022年底前".
	labelledDeadline = guard(regexp.MustCompile(`(?:完成时限|完成时间|时间节点|完成期限)\s*[：:]\s*([^，,；;。）)\s]+)`), "完成时限", "完成时间", "时间节点", "完成期限")
	// The day a window closes, in running text: "至 2023 年 2 月 20 日
	// 24:00 止", "申报时间截止2023年8月20日". 截至 ("as of", before a
	// figure) is no deadline, nor 有效期至 (the document's own term).
	closingDay = guard(regexp.MustCompile(`(有效期)?(?:至|截止(?:到|至)?)\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*\d{1,2}\s*[:：]\s*\d\d)?\s*(止|前|为止)?`), "月")
)

// closingDeadline finds the day a window closes in text, or nil. A day
// before the document's own date (signed, YYYY-MM-DD; "" when unknown) is
// a figure's "as of" ("截止2020年12月31日，已累计…"), not a deadline.
func closingDeadline(text, signed string) *plan.Deadline {
	for _, m := range closingDay.FindAllStringSubmatchIndex(text, -1) {
		group := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return text[m[2*i]:m[2*i+1]]
		}
		if group(1) != "" || (strings.HasPrefix(text[m[0]:], "至") && group(5) == "") {
			continue // the document's term, or a span "至…" that names no end
		}
		y, _ := strconv.Atoi(group(2))
		mon, _ := strconv.Atoi(group(3))
		day, _ := strconv.Atoi(group(4))
		if date := plan.Day(y, mon, day); date != "" && day <= 31 && date >= signed {
			start := m[0] + len("至")
			if !strings.HasPrefix(text[m[0]:], "至") {
				start = m[0]
			}
			return &plan.Deadline{Text: strings.TrimSpace(text[start:m[1]]), Date: date, Form: plan.DueDay, Year: y, Month: mon, Day: day}
		}
	}
	return nil
}

// isDeadline reports whether s, a whole field, is a deadline.
func isDeadline(s string) bool {
	s = simplified(strings.TrimSpace(s)) // 年內辦結
	if s == "" {
		return false
	}
	if ongoingDeadline.MatchString(s) || spanDeadline.MatchString(s) {
		return true
	}
	m := datedDeadline.FindStringSubmatch(s)
	// A bare "完成" or "前" is no deadline: a year, a month, or a time of
	// the plan's year (年内, 年底前完成, 上半年) is.
	return m != nil && (m[1] != "" || m[2] != "" || m[4] != "" && m[4] != "底" && m[4] != "末" && !isTenDays(m[4]))
}

// score reads "0.5分".
func score(s string) (string, bool) {
	m := scoreRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	return m[1], true
}

// readDeadline reads a deadline as printed (text) once: its form, the
// parts it prints and the last day it covers, with year the document's when
// the text gives none (0: unknown; then no Date). Text none of whose forms
// the rules know keeps Text alone.
func readDeadline(text string, year int) plan.Deadline {
	d := plan.Deadline{Text: text}
	text = simplified(strings.TrimSpace(text))
	if ongoingDeadline.MatchString(text) {
		d.Form = plan.DueOngoing
		return d
	}
	if m := spanDeadline.FindStringSubmatch(text); m != nil {
		d.Form, d.From = plan.DuePeriod, m[1]
		if m[2] != "" {
			mon, _ := strconv.Atoi(m[2])
			d.From = fmt.Sprintf("%s-%02d", m[1], mon)
		}
		d.Year, _ = strconv.Atoi(m[3])
		d.Month, _ = strconv.Atoi(m[4])
		d.Date = plan.Day(d.Year, cmp.Or(d.Month, 12), 0)
		if d.Date == "" {
			return plan.Deadline{Text: d.Text}
		}
		return d
	}
	if yearOnly.MatchString(text) {
		// A table's 建设年限 of one year: the period that year.
		d.Form, d.From = plan.DuePeriod, text
		d.Year, _ = strconv.Atoi(text)
		d.Date = plan.Day(d.Year, 12, 0)
		return d
	}
	m := datedDeadline.FindStringSubmatch(text)
	if m == nil || m[1] == "" && m[2] == "" && m[4] == "" {
		return d // a bare 完成 names no time
	}
	d.Year, _ = strconv.Atoi(m[1])
	d.Month, _ = strconv.Atoi(m[2])
	d.Day, _ = strconv.Atoi(m[3])
	if d.Month > 12 || d.Day > 31 || m[2] == "" && (isTenDays(m[4]) || m[1] == "" && (m[4] == "底" || m[4] == "末")) {
		return plan.Deadline{Text: d.Text} // 13月, or the end of no month
	}
	d.Form = plan.DueYear
	mon, day := 12, 0
	switch q := m[4]; {
	case d.Day != 0:
		d.Form, mon, day = plan.DueDay, d.Month, d.Day
	case d.Month != 0 && isTenDays(q):
		d.Form, mon = plan.DueTenDays, d.Month
		d.Part = strings.Index("上中下", q[:len("上")])/len("上") + 1
		day = []int{10, 20, 0}[d.Part-1]
	case d.Month != 0:
		d.Form, mon = plan.DueMonth, d.Month
	case q == "年中":
		d.Form, mon = plan.DueMidYear, 6
	case q == "上半年" || q == "下半年":
		d.Form, d.Part, mon = plan.DueHalf, 1, 6
		if q == "下半年" {
			d.Part, mon = 2, 12
		}
	case strings.HasPrefix(q, "第"):
		d.Form, d.Part = plan.DueQuarter, 4
		for i, n := range []string{"一", "二", "三", "四"} {
			if strings.Contains(q, n) || strings.Contains(q, strconv.Itoa(i+1)) {
				d.Part = i + 1
			}
		}
		mon = 3 * d.Part
	}
	if y := cmp.Or(d.Year, year); y != 0 {
		d.Date = plan.Day(y, mon, day)
	}
	return d
}

// isTenDays reports whether q names a third of a month: 上旬, 中旬, 下旬.
func isTenDays(q string) bool { return strings.HasSuffix(q, "旬") }

// documentYear is the year a deadline without one falls in: the year the
// document was signed, else one its title names (2022年工作要点), else 0.
func documentYear(doc *plan.Document) int {
	if len(doc.Meta.Date) >= 4 {
		if y, err := strconv.Atoi(doc.Meta.Date[:4]); err == nil && y > 0 {
			return y
		}
	}
	if m := regexp.MustCompile(`((?:19|20)\d\d)年`).FindStringSubmatch(doc.Meta.Title); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	return 0
}
