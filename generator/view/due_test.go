package view

import (
	"os"
	"strings"
	"testing"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestEnglishDue: the deadlines plans print, read once by the parser, as an
// English page gives them (the timetable's Due column, a department's
// deadlines, a task's due mark), by the frozen project's phrases: those
// of the library's plans (the Baotou work points' months, results and
// ongoing work, the Zhejiang projects' periods, the Mingxi measures' days),
// every ongoing form the parser knows, and the other forms; each as a
// task's parenthetical prints it in a 2022 plan, a closing day in running
// text. A text of no
// form is left (""), and the page keeps its Chinese.
func TestEnglishDue(t *testing.T) {
	w, err := targetWords(os.DirFS("../testdata/project"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		// The library's.
		{"10月底完成", "by the end of October"},
		{"6月底取得阶段性成效并持续推进", "by the end of June"},
		{"11月份取得明显成效", "by the end of November"},
		{"12月取得明显成效并持续推进", "by the end of December"},
		{"2021-2025", "2021–2025"},
		{"2021-2021", "2021"},
		{"自本文件发布之日起至 2023 年 2 月 20 日 24:00 止，在我县购买新建商品住房。", "by 20 February 2023"},
		{"本措施补贴申报时间截止2023年8月20日。", "by 20 August 2023"},
		// Every ongoing form.
		{"持续推进", "ongoing"}, {"持续开展", "ongoing"}, {"持续实施", "ongoing"},
		{"长期推进", "ongoing"}, {"长期坚持", "ongoing"}, {"长期实施", "ongoing"},
		{"长期", "ongoing"}, {"持续", "ongoing"}, {"常态化推进", "ongoing"},
		{"常态化开展", "ongoing"}, {"常态化", "ongoing"}, {"按年度推进", "ongoing"},
		{"每年", "ongoing"}, {"逐年推进", "ongoing"}, {"按计划推进", "ongoing"},
		{"按进度推进", "ongoing"}, {"持续优化", "ongoing"}, {"持续完善", "ongoing"},
		// The other forms.
		{"2020年—2022年", "2020–2022"},
		{"2021年3月—2022年6月", "March 2021 – June 2022"},
		{"2022年底前", "by the end of 2022"},
		{"2022年", "by the end of 2022"},
		{"年内完成", "by the end of the year"},
		{"年中", "by the middle of the year"},
		{"上半年", "in the first half of the year"},
		{"2023年下半年", "in the second half of 2023"},
		{"2023年第三季度", "in the third quarter of 2023"},
		{"2022年10月底前", "by the end of October 2022"},
		{"6月上旬", "by early June"},
		{"9月中旬完成", "by mid-September"},
		{"2023年6月30日前完成", "by 30 June 2023"},
		{"6月30日前", "by 30 June"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			line := "建成平台。（" + tt.text + "，县住建局负责）"
			if strings.HasSuffix(tt.text, "。") {
				line = tt.text // a window's closing day, in running text
			}
			doc, err := parse.Parse("d.txt", []byte("2022年工作要点\n\n一、任务\n1.建设平台。"+line+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			n := doc.Node("part_1__item_1")
			if n == nil || n.Deadline == nil {
				t.Fatalf("no deadline: %+v", n)
			}
			if have := englishDue(&w, *n.Deadline, "2 January 2006"); have != tt.want {
				t.Errorf("have %q, want %q (read %+v)", have, tt.want, *n.Deadline)
			}
		})
	}
	for _, text := range []string{"设区市≥25 县级市≥20", "试点先行、逐步推开", "13月底完成"} {
		if have := englishDue(&w, plan.Deadline{Text: text}, "2 January 2006"); have != "" {
			t.Errorf("%s: have %q, want none", text, have)
		}
	}
}
