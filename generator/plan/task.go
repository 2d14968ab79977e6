package plan

import (
	"fmt"
	"sort"
	"time"
)

// Deadline is when a task is due, as a plan prints it in a parenthetical
// ("10月底完成"), after a label (完成时限：2022年底前), or in a table column
// (建设期限, 项目起止); the printed text stays where it was printed, Text
// repeats it. The parser reads it once: Form is what the text names, with
// the parts printed (Year, Month, Day, Part, From), so that whoever writes it
// again (the English page) writes it from these and reads no Chinese.
type Deadline struct {
	Text string `json:"text"`           // as printed: "10月底完成", "2022年底前", "持续推进"
	Date string `json:"date,omitempty"` // last day it covers, YYYY-MM-DD; empty for ongoing tasks or when no year is known
	// Form is the form of Text: a year's end (2022年底前, 年内完成), the
	// middle of a year (年中), a half (上半年), a quarter (第三季度), a month
	// (10月底完成), a third of a month (6月上旬), a day (2023年6月30日前),
	// a period of years or months (2021-2025), work that goes on (持续推进);
	// empty where the text is none of these, and only Text says it.
	Form DeadlineForm `json:"form,omitempty"`
	// Year, Month and Day are the parts Text prints (0 where it prints
	// none: 10月底完成 has no year, its Date the document's); of a period,
	// its end.
	Year  int `json:"year,omitempty"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
	// Part is which half (1, 2), quarter (1–4) or third of a month (1
	// 上旬, 2 中旬, 3 下旬) Form names.
	Part int `json:"part,omitempty"`
	// From is a period's first year or month as printed: 2021, 2021-03.
	From string `json:"from,omitempty"`
}

// DeadlineForm is what a deadline's text names (Deadline.Form).
type DeadlineForm string

// Deadline forms.
const (
	DueYear    DeadlineForm = "year"    // the end of a year: 2022年底前, 2022年, 年内完成
	DueMidYear DeadlineForm = "midyear" // 年中
	DueHalf    DeadlineForm = "half"    // 上半年, 下半年 (Part 1, 2)
	DueQuarter DeadlineForm = "quarter" // 第三季度 (Part 3)
	DueMonth   DeadlineForm = "month"   // the end of a month: 10月底完成, 2022年6月
	DueTenDays DeadlineForm = "tendays" // 6月上旬, 中旬, 下旬 (Part 1–3)
	DueDay     DeadlineForm = "day"     // 2023年6月30日前, 截止2023年8月20日
	DuePeriod  DeadlineForm = "period"  // 2021-2025, 2021年3月—2022年6月: From to Year (Month)
	DueOngoing DeadlineForm = "ongoing" // 持续推进, 长期坚持, 常态化开展
)

// DaysIn is the number of days of month mo of year y.
func DaysIn(y, mo int) int {
	return time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Day is the date y-mo-day as YYYY-MM-DD, day 0 meaning the month's last
// (2022年6月底: 2022-06-30), as a deadline's Date is; "" where mo is no
// month.
func Day(y, mo, day int) string {
	if mo < 1 || mo > 12 {
		return ""
	}
	if day == 0 {
		day = DaysIn(y, mo)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, day)
}

// Indicator is one row of an indicator table (主要指标): what is measured,
// its base and target values and whether the target binds (约束性) or is
// expected (预期性). The cells stay in the table's rows; Row is the row's
// index among them (TableRows), its data row's Ordinal less one.
type Indicator struct {
	Row     int    `json:"row"`
	Name    string `json:"name"`
	Unit    string `json:"unit,omitempty"`
	Base    string `json:"base,omitempty"`
	Target  string `json:"target,omitempty"`
	Binding string `json:"binding,omitempty"` // 约束性 or 预期性 as printed
}

// Responsibilities returns every responsibility list of n: those printed
// inside its text, then the one that closes it.
func (n *Node) Responsibilities() []*Responsibility {
	if len(n.Inline) == 0 {
		if n.Resp == nil {
			return nil
		}
		return []*Responsibility{n.Resp}
	}
	out := append([]*Responsibility(nil), n.Inline...)
	if n.Resp != nil {
		out = append(out, n.Resp)
	}
	return out
}

// Timetable returns the nodes with a deadline, soonest first: dated ones by
// date (document order among equal dates), then those without a date
// (ongoing tasks, or no year known) in document order.
func (d *Document) Timetable() []*Node {
	var dated, undated []*Node
	d.Walk(func(n *Node) bool {
		if n.Deadline != nil {
			if n.Deadline.Date != "" {
				dated = append(dated, n)
			} else {
				undated = append(undated, n)
			}
		}
		return true
	})
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].Deadline.Date < dated[j].Deadline.Date })
	return append(dated, undated...)
}
