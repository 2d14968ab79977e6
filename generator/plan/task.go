package plan

import (
	"fmt"
	"sort"
	"time"
)

// Deadline is when a task is due, as a plan prints it in a parenthetical
// ("10月底完成"), after a label (完成时限：2022年底前), or in a table column
// (建设期限, 项目起止); the printed text stays where it was printed, Text
// repeats it.
type Deadline struct {
	Text string `json:"text"`           // as printed: "10月底完成", "2022年底前", "持续推进"
	Date string `json:"date,omitempty"` // last day it covers, YYYY-MM-DD; empty for ongoing tasks or when no year is known
}

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
