package view

import (
	"strconv"
	"strings"
	"time"

	"plansite/generator/plan"
)

// A deadline in English, for the timetable's "Due" column, a department's
// deadlines and a task's due mark on an English page, written from what the
// parser read (plan.Deadline's Form and the parts printed), never from the
// Chinese again: a period, a year's end, its middle, a half, a quarter, a
// month's end, a third of a month, a day, work that goes on. A deadline of
// no form stays Chinese, marked as such. The phrases are
// content/i18n/targets.yaml's (byEndOfYear, byMidYear, inHalf, inQuarter,
// byEndOfMonth, byEarlyMonth, byMidMonth, byLateMonth, byDate, ongoing;
// theYear where the text names no year; nth1 to nth4 the ordinals).

// DueInLang is a deadline (dl) in the language of d's page, and whether it
// is in that language: the text as printed on a Chinese page; on another,
// the English of its form, else the Chinese and false.
func (d *Doc) DueInLang(dl plan.Deadline) (string, bool) {
	if d.Lang == SourceLang {
		return dl.Text, true
	}
	w := &TargetWords{}
	if d.site != nil {
		w = d.site.TargetWords()
	}
	if en := englishDue(w, dl, d.T("dateLong")); en != "" {
		return en, true
	}
	return dl.Text, false
}

// englishDue is dl in English by w's phrases (a day as layout writes
// dates), or "" where dl has no form or w lacks the phrase. Only what the
// text prints is said: 6月底完成 is "by the end of June", whatever year its
// Date takes from the plan.
func englishDue(w *TargetWords, dl plan.Deadline, layout string) string {
	year := w.phrase("theYear")
	if dl.Year != 0 {
		year = strconv.Itoa(dl.Year)
	}
	switch dl.Form {
	case plan.DueOngoing:
		return w.phrase("ongoing")
	case plan.DuePeriod:
		return englishPeriod(dl)
	case plan.DueYear:
		return w.phrase("byEndOfYear", "year", year)
	case plan.DueMidYear:
		return w.phrase("byMidYear", "year", year)
	case plan.DueHalf, plan.DueQuarter:
		nth := w.phrase("nth" + strconv.Itoa(dl.Part))
		if nth == "" {
			return ""
		}
		return w.phrase(map[plan.DeadlineForm]string{plan.DueHalf: "inHalf", plan.DueQuarter: "inQuarter"}[dl.Form], "nth", nth, "year", year)
	case plan.DueMonth, plan.DueTenDays:
		if dl.Month < 1 || dl.Month > 12 {
			return ""
		}
		month := time.Month(dl.Month).String()
		if dl.Year != 0 {
			month += " " + year
		}
		key := "byEndOfMonth"
		if dl.Form == plan.DueTenDays {
			key = [...]string{"", "byEarlyMonth", "byMidMonth", "byLateMonth"}[min(max(dl.Part, 0), 3)]
		}
		return w.phrase(key, "month", month)
	case plan.DueDay:
		if dl.Month < 1 || dl.Month > 12 || dl.Day < 1 || dl.Day > 31 {
			return ""
		}
		if dl.Year == 0 {
			return w.phrase("byDate", "date", dayOfMonth(layout, dl.Month, dl.Day))
		}
		if iso := plan.Day(dl.Year, dl.Month, dl.Day); dl.Day <= plan.DaysIn(dl.Year, dl.Month) {
			return w.phrase("byDate", "date", longDate(layout, iso))
		}
	}
	return ""
}

// englishPeriod is a period as its ends are printed: 2021–2025, March
// 2021 – June 2022, and one year alone where both ends are one (2021-2021).
func englishPeriod(dl plan.Deadline) string {
	end := strconv.Itoa(dl.Year)
	if dl.Month >= 1 && dl.Month <= 12 {
		end = time.Month(dl.Month).String() + " " + end
	}
	from := dl.From
	if y, m, ok := strings.Cut(dl.From, "-"); ok {
		mo, _ := strconv.Atoi(m)
		if mo < 1 || mo > 12 {
			return ""
		}
		from = time.Month(mo).String() + " " + y
	}
	switch {
	case from == "" || dl.Year == 0:
		return ""
	case from == end:
		return end
	case strings.Contains(from+end, " "):
		return from + " – " + end
	}
	return from + "–" + end
}

// dayOfMonth is a day of a month with no year, as layout (content/i18n's
// dateLong, "2 January 2006") writes dates without its year: "30 June".
func dayOfMonth(layout string, mo, day int) string {
	noYear := strings.Trim(strings.ReplaceAll(layout, "2006", ""), " ,")
	return time.Date(2000, time.Month(mo), day, 0, 0, 0, 0, time.UTC).Format(noYear)
}
