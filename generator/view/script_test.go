package view

import (
	"reflect"
	"testing"
)

func TestScriptRuns(t *testing.T) {
	zh := func(s string) TextRun { return TextRun{Text: s, Lang: "zh-Hans"} }
	en := func(s string) TextRun { return TextRun{Text: s} }
	for _, c := range []struct {
		in   string
		want []TextRun
	}{
		{"", nil},
		{"Part II (1) 3", []TextRun{en("Part II (1) 3")}},
		{"浙江省城市内涝治理“十四五”规划 [Plan], Part I", []TextRun{zh("浙江省城市内涝治理“十四五”规划"), en(" [Plan], Part I")}},
		{"安徽省人民政府办公厅. 安徽省工业互联网 行动计划, Part I[A/OL]. [",
			[]TextRun{zh("安徽省人民政府办公厅"), en(". "), zh("安徽省工业互联网 行动计划"), en(", Part I[A/OL]. [")}},
		{"Issuing authority: 阿坝州人民政府办公室", []TextRun{en("Issuing authority: "), zh("阿坝州人民政府办公室")}},
		{"Usually in 立德树人根本任务, the task.", []TextRun{en("Usually in "), zh("立德树人根本任务"), en(", the task.")}},
		{"学生体质健康测试 → student tests", []TextRun{zh("学生体质健康测试"), en(" → student tests")}},
		{"affordable (普惠性幼儿园 → inclusive kindergartens). Not 融合教育.", []TextRun{en("affordable ("), zh("普惠性幼儿园"), en(" → inclusive kindergartens). Not "), zh("融合教育"), en(".")}},
		{"Plan (北京市人民政府令第308号), 行动计划(2021—2023年)", []TextRun{en("Plan ("), zh("北京市人民政府令第308号"), en("), "), zh("行动计划(2021—2023年)")}},
		{"Shared terms: “育人” and  2020年 ", []TextRun{en("Shared terms: "), zh("“育人”"), en(" and  "), zh("2020年"), en(" ")}},
	} {
		if have := ScriptRuns(c.in); !reflect.DeepEqual(have, c.want) {
			t.Errorf("ScriptRuns(%q):\nhave %q\nwant %q", c.in, have, c.want)
		}
	}
}

// FuzzScriptRuns checks that the runs are s cut into stretches, each of
// one language and none empty, a neighbour's language never its own.
func FuzzScriptRuns(f *testing.F) {
	for _, s := range []string{"", " 安徽省 ", "Plan (北京市人民政府令第308号), 行动计划(2021—2023年)", "Shared terms: “育人” and  2020年 ", "a\t 中 b\n中"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		runs := ScriptRuns(s)
		joined := ""
		for i, r := range runs {
			if r.Text == "" || i > 0 && runs[i-1].Lang == r.Lang {
				t.Fatalf("ScriptRuns(%q) = %q: an empty run or two alike side by side", s, runs)
			}
			joined += r.Text
		}
		if joined != s {
			t.Fatalf("ScriptRuns(%q) = %q: joined %q", s, runs, joined)
		}
	})
}
