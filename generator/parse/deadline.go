package parse

import (
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
			return &plan.Deadline{Text: strings.TrimSpace(text[start:m[1]]), Date: date}
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
	// A bare "完成" or "前" is no deadline: a year, a month or a 年内 is.
	return m != nil && (m[1] != "" || m[2] != "" || m[4] == "内" || m[4] == "年内" || m[4] == "上半年" || m[4] == "下半年" || strings.HasPrefix(m[4], "第"))
}

// score reads "0.5分".
func score(s string) (string, bool) {
	m := scoreRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	return m[1], true
}

// deadlineDate is the last day a deadline covers, YYYY-MM-DD, with year the
// document's when the text gives none (0: unknown). Ongoing tasks and
// deadlines without a year where none is known get "".
func deadlineDate(text string, year int) string {
	text = simplified(strings.TrimSpace(text))
	if m := spanDeadline.FindStringSubmatch(text); m != nil {
		y, _ := strconv.Atoi(m[3])
		mon, _ := strconv.Atoi(m[4])
		if mon == 0 {
			mon = 12
		}
		return plan.Day(y, mon, 0)
	}
	if yearOnly.MatchString(text) {
		y, _ := strconv.Atoi(text)
		return plan.Day(y, 12, 0)
	}
	m := datedDeadline.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	y := year
	if m[1] != "" {
		y, _ = strconv.Atoi(m[1])
	}
	if y == 0 {
		return ""
	}
	mon, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	if mon < 0 || mon > 12 || day > 31 {
		return ""
	}
	if mon == 0 {
		switch q := m[4]; {
		case q == "上半年" || q == "年中":
			mon = 6
		case strings.HasPrefix(q, "第"):
			mon = 12
			for i, d := range []string{"一", "二", "三", "四"} {
				if strings.Contains(q, d) || strings.Contains(q, strconv.Itoa(i+1)) {
					mon = 3 * (i + 1)
				}
			}
		default:
			mon = 12
		}
	}
	if day == 0 {
		switch m[4] {
		case "上旬":
			day = 10
		case "中旬":
			day = 20
		}
	}
	return plan.Day(y, mon, day)
}

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
