package parse_test

import (
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestDeadlineForms reads each deadline once: the form its text takes, the
// parts it prints, the last day it covers (the year the document's where
// the text gives none), as a task's parenthetical prints it in a 2022
// plan. Every ongoing form the parser knows is here: each is work that
// goes on, which the English page says so (view's TestEnglishDue).
func TestDeadlineForms(t *testing.T) {
	for _, tt := range []struct {
		text string
		want plan.Deadline
	}{
		{"10月底完成", plan.Deadline{Form: plan.DueMonth, Month: 10, Date: "2022-10-31"}},
		{"2023年底前", plan.Deadline{Form: plan.DueYear, Year: 2023, Date: "2023-12-31"}},
		{"2022年年底前", plan.Deadline{Form: plan.DueYear, Year: 2022, Date: "2022-12-31"}},
		{"2024年2月底", plan.Deadline{Form: plan.DueMonth, Year: 2024, Month: 2, Date: "2024-02-29"}},
		{"2023年3月15日前完成", plan.Deadline{Form: plan.DueDay, Year: 2023, Month: 3, Day: 15, Date: "2023-03-15"}},
		{"6月30日前", plan.Deadline{Form: plan.DueDay, Month: 6, Day: 30, Date: "2022-06-30"}},
		{"2021-2025", plan.Deadline{Form: plan.DuePeriod, From: "2021", Year: 2025, Date: "2025-12-31"}},
		{"2021年—2023年", plan.Deadline{Form: plan.DuePeriod, From: "2021", Year: 2023, Date: "2023-12-31"}},
		{"2021年3月—2022年6月", plan.Deadline{Form: plan.DuePeriod, From: "2021-03", Year: 2022, Month: 6, Date: "2022-06-30"}},
		{"年内完成", plan.Deadline{Form: plan.DueYear, Date: "2022-12-31"}},
		{"年底前完成", plan.Deadline{Form: plan.DueYear, Date: "2022-12-31"}},
		{"全年", plan.Deadline{Form: plan.DueYear, Date: "2022-12-31"}},
		{"年中", plan.Deadline{Form: plan.DueMidYear, Date: "2022-06-30"}},
		{"上半年", plan.Deadline{Form: plan.DueHalf, Part: 1, Date: "2022-06-30"}},
		{"2023年下半年", plan.Deadline{Form: plan.DueHalf, Year: 2023, Part: 2, Date: "2023-12-31"}},
		{"2023年第三季度", plan.Deadline{Form: plan.DueQuarter, Year: 2023, Part: 3, Date: "2023-09-30"}},
		{"6月上旬", plan.Deadline{Form: plan.DueTenDays, Month: 6, Part: 1, Date: "2022-06-10"}},
		{"9月下旬完成", plan.Deadline{Form: plan.DueTenDays, Month: 9, Part: 3, Date: "2022-09-30"}},
		{"5月底取得阶段性成效并持续推进", plan.Deadline{Form: plan.DueMonth, Month: 5, Date: "2022-05-31"}},
		{"12月取得明显成效并持续推进", plan.Deadline{Form: plan.DueMonth, Month: 12, Date: "2022-12-31"}},
		{"6月份取得明显成效", plan.Deadline{Form: plan.DueMonth, Month: 6, Date: "2022-06-30"}},
		{"持续推进", plan.Deadline{Form: plan.DueOngoing}},
		{"持续开展", plan.Deadline{Form: plan.DueOngoing}},
		{"持续实施", plan.Deadline{Form: plan.DueOngoing}},
		{"长期推进", plan.Deadline{Form: plan.DueOngoing}},
		{"长期坚持", plan.Deadline{Form: plan.DueOngoing}},
		{"长期实施", plan.Deadline{Form: plan.DueOngoing}},
		{"长期", plan.Deadline{Form: plan.DueOngoing}},
		{"持续", plan.Deadline{Form: plan.DueOngoing}},
		{"常态化推进", plan.Deadline{Form: plan.DueOngoing}},
		{"常态化开展", plan.Deadline{Form: plan.DueOngoing}},
		{"常态化", plan.Deadline{Form: plan.DueOngoing}},
		{"按年度推进", plan.Deadline{Form: plan.DueOngoing}},
		{"每年", plan.Deadline{Form: plan.DueOngoing}},
		{"逐年推进", plan.Deadline{Form: plan.DueOngoing}},
		{"按计划推进", plan.Deadline{Form: plan.DueOngoing}},
		{"按进度推进", plan.Deadline{Form: plan.DueOngoing}},
		{"持续优化", plan.Deadline{Form: plan.DueOngoing}},
		{"持续完善", plan.Deadline{Form: plan.DueOngoing}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			text := "2022年工作要点\n\n一、任务\n1.建设平台。建成平台。（" + tt.text + "，县住建局负责）\n"
			doc, err := parse.Parse("d.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			n := doc.Node("part_1__item_1")
			want := tt.want
			want.Text = tt.text
			if n == nil || n.Deadline == nil || *n.Deadline != want {
				t.Errorf("have %+v, want %+v", n, want)
			}
		})
	}
}
