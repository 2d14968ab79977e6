package parse

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestGuards: each guarded expression finds what its regular expression
// finds, on every line and every paragraph of the corpus plans, so its
// needs are words every match holds.
func TestGuards(t *testing.T) {
	guards := map[string]guarded{"labelledDeadline": labelledDeadline, "closingDay": closingDay,
		"printLine": printLine, "dutyLine": dutyLine, "pageDebris": pageDebris, "titleEnd": titleEnd,
		"actLine": actLine, "assignedLine": assignedLine, "shallLine": shallLine, "publicity": publicity}
	for name, g := range map[string]guarded{"pageDebris": pageDebris, "titleEnd": titleEnd, "publicity": publicity} {
		if g.edge == nil {
			t.Errorf("%s: no characters its matches start or end with", name)
		}
	}
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus plans (%v)", err)
	}
	texts := []string{"完成时限：2022年底前", "时间节点:10月底", "申报时间截止2023年8月20日", "至 2023 年 2 月 20 日 24:00 止",
		"淄川区人民政府办公室         2022年12月30日印发", "区教体局、区财政局负责", "区教体局牵头负责",
		"首页 > 政府信息公开", "您的位置：首页 > 政策文件", "发布时间：2022-01-05  来源：区政府办", "  打印  关闭", "【打印】【关闭】",
		"相关解读：关于…的解读", "相关文章：《关于…的通知》解读", "下载本信息公开文件", "2023-01-05 10:00 区人民政府办公室", "字号：大 中 小", "浏览次数：125",
		"关于印发淄川区教育事业发展规划的通知", "若干措施（修订）", "实施办法( 试 行 )", "管理办法（2019年修订）", "条例（草 案）", "通知）",
		"（此件公开发布）", "公开方式：主动公开", "由区教体局负责", "区教体局应当加强", "区教体局组织开展"}
	for _, f := range append(files, "testdata/zichuan-education-2022.txt") {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
		texts = append(texts, strings.Split(string(data), "\n\n")...)
	}
	for name, g := range guards {
		t.Run(name, func(t *testing.T) {
			matched := 0
			for _, s := range texts {
				have, want := g.FindAllStringSubmatchIndex(s, -1), g.re.FindAllStringSubmatchIndex(s, -1)
				if !slices.EqualFunc(have, want, slices.Equal[[]int]) {
					t.Fatalf("%q: have %v, want %v", s, have, want)
				}
				if g.MatchString(s) != g.re.MatchString(s) || !slices.Equal(g.FindStringSubmatch(s), g.re.FindStringSubmatch(s)) ||
					!slices.Equal(g.FindStringSubmatchIndex(s), g.re.FindStringSubmatchIndex(s)) {
					t.Fatalf("%q: the guard changes whether it matches", s)
				}
				if want != nil {
					matched++
				}
			}
			if matched == 0 {
				t.Error("matches no text: the test checks nothing")
			}
		})
	}
}

// TestEdgeRunes: the characters an anchored expression's matches begin
// (guardStart) or end (guardEnd) with, and the expressions left unguarded.
func TestEdgeRunes(t *testing.T) {
	tests := []struct {
		expr  string
		atEnd bool
		edge  string // "" for unguarded
	}{
		{`^首页>`, false, "首"},
		{`^\s*(?:打印|关闭)$`, false, "\t\n\f\r 关打"},
		{`^(?:发布)?时间[:：]`, false, "发时"},
		{`^\d{4}-|^【?返回】?$`, false, "0123456789【返"},
		{`^(?:当前位置|您的位置)?\s*首页`, false, "当您\t\n\f\r 首"},
		{`首页`, false, ""},       // not anchored
		{`^.*首页`, false, ""},    // any character
		{`^(?i)abc`, false, ""}, // case folded
		{`^x*$`, false, ""},     // may be empty
		{`(?:规划|方案|函)$`, true, "划案函"},
		{`[（(]\s*试行\s*[）)]$|通知$`, true, "）)知"},
		{`规划\s*$`, true, "\t\n\f\r 划"},
		{`^首页`, true, ""},     // anchored at the start only
		{`规划.*$`, true, ""},   // any character
		{`规划(?m)$`, true, ""}, // the end of any line
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			g := guardEdge(regexp.MustCompile(tt.expr), tt.atEnd)
			var have []rune
			for i := 0; i+1 < len(g.edge); i += 2 {
				for r := g.edge[i]; r <= g.edge[i+1]; r++ {
					have = append(have, r)
				}
			}
			want := []rune(tt.edge)
			slices.Sort(have)
			slices.Sort(want)
			if !slices.Equal(slices.Compact(have), want) {
				t.Errorf("have edge %q, want %q", string(have), string(want))
			}
		})
	}
}
