package target

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// A deadline of 到, 至 or 截至 may name its month and day (到2025年6月底,
// 截至2022年6月30日; a date before 前 alone, 2014年8月31日以前出生的, names a
// condition as often, and is not read);
// and a date after 至 may end no commitment but the term of a measure: 有效期
// 至2023年12月31日止, 上述政策执行期限至2022年12月31日, 2022年1月1日至2022年
// 12月31日期间新购置的设备 (a span a condition names). Those are no targets.

// monthDay is the month and day a deadline may name after its year:
// groups of a month, a day, and 底 or 末 (the month's end).
const monthDay = `(?:(\d{1,2})月(?:(\d{1,2})日|(底|末))?)?`

// dayOf is the ISO date of year, month and day (the month's last where
// the day is not given); the year alone where the month or day is none.
func dayOf(year, month string, hasDay bool, day string) string {
	y, _ := strconv.Atoi(year)
	mo, _ := strconv.Atoi(month)
	if mo < 1 || mo > 12 {
		return year
	}
	d := 0 // the month's last
	if hasDay {
		if d, _ = strconv.Atoi(day); d < 1 || d > plan.DaysIn(y, mo) {
			return year
		}
	}
	return plan.Day(y, mo, d)
}

// termWords, before a dated phrase of 至 in its clause, say that it ends a
// measure's term.
var termWords = []string{"有效期", "执行期限", "实施期限", "执行期", "期限"}

// term reports whether d, a phrase of 至 or 到 in masked, ends a measure's
// term rather than sets a deadline: after a day (…1日至…, …1日起至…), before
// 期间, ended by 止, or after words for a term in its clause.
func term(masked string, d deadline) bool {
	before := strings.TrimSuffix(masked[:d.start], "起")
	switch {
	case strings.HasSuffix(before, "日"), strings.HasPrefix(masked[d.end:], "期间"), strings.HasSuffix(d.text, "止"):
		return true
	}
	clause := before
	if i := strings.LastIndexAny(before, clauseSep+"。；;"); i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:])
		clause = before[i+size:]
	}
	return containsAny(clause, termWords)
}
