package view

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"plansite/generator/plan"
)

// A deadline as a plan prints it (plan.Deadline.Text: 6月底完成, 2021-2025,
// 截止2023年8月20日) in English, for the timetable's "Due" column of an
// English page, where the column showed the Chinese as printed. The forms
// are the few a deadline takes — a period of years, a year, a month of
// the year, a day — with the words around them (底 end, 前 before, 完成
// done, 截止 until); anything else stays Chinese, marked as such. The
// phrases are content/i18n/targets.yaml's (byEndOfYear, byEndOfMonth,
// byDate, ongoing).

var (
	// duePeriod is a period of years: 2021-2025, 2021年—2025年.
	duePeriod = regexp.MustCompile(`^((?:19|20)\d\d)\s*年?\s*[-—–－~至到]\s*((?:19|20)\d\d)\s*年?$`)
	// dueYear is the end of a year: 2022年底前, 2022年完成, 2022年.
	dueYear = regexp.MustCompile(`^((?:19|20)\d\d)\s*年\s*(?:底|末|年底)?\s*(?:前|以前|之前)?\s*(?:完成)?$`)
	// dueMonth is the end of a month, of a year or the plan's: 6月底完成,
	// 2022年10月底前.
	dueMonth = regexp.MustCompile(`^(?:((?:19|20)\d\d)\s*年)?\s*(\d{1,2})\s*月\s*(?:底|末|份)?\s*(?:前|以前|之前)?\s*(?:完成)?$`)
	// dueDay is a day: 截止2023年8月20日, 2023 年 2 月 20 日 24:00 止.
	dueDay = regexp.MustCompile(`^(?:截止|截至|至)?\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:\d{1,2}:\d\d)?\s*(?:前|止|以前|之前)?(?:完成)?$`)
)

// dueOngoing are the deadlines of work that goes on.
var dueOngoing = []string{"持续推进", "长期坚持", "持续实施", "长期", "持续"}

// DueInLang is a deadline as printed (text) in the language of d's page,
// and whether it is in that language: the text itself on a Chinese page;
// on another, the English by the forms above, else the Chinese and false.
func (d *Doc) DueInLang(text string) (string, bool) {
	if d.Lang == SourceLang {
		return text, true
	}
	w := &TargetWords{}
	if d.site != nil {
		w = d.site.TargetWords()
	}
	if en := englishDue(w, strings.TrimSpace(text), d.T("dateLong")); en != "" {
		return en, true
	}
	return text, false
}

// englishDue is text, a deadline as printed, in English by w's phrases
// (a day as layout writes dates), or "" where its form is none of those the rule knows or w lacks the
// phrase.
func englishDue(w *TargetWords, text, layout string) string {
	if m := duePeriod.FindStringSubmatch(text); m != nil {
		return m[1] + "–" + m[2]
	}
	if m := dueYear.FindStringSubmatch(text); m != nil {
		return w.phrase("byEndOfYear", "year", m[1])
	}
	if m := dueMonth.FindStringSubmatch(text); m != nil {
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return ""
		}
		month := time.Month(mo).String()
		if m[1] != "" {
			month += " " + m[1]
		}
		return w.phrase("byEndOfMonth", "month", month)
	}
	if m := dueDay.FindStringSubmatch(text); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		day, _ := strconv.Atoi(m[3])
		if iso := plan.Day(y, mo, day); iso != "" && day <= plan.DaysIn(y, mo) {
			return w.phrase("byDate", "date", longDate(layout, iso))
		}
		return ""
	}
	for _, o := range dueOngoing {
		if text == o {
			return w.phrase("ongoing")
		}
	}
	return ""
}
