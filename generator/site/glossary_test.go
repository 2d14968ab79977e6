package site

import (
	"fmt"
	"testing"
)

func TestScriptRuns(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "[]"},
		{"plain English", `[{plain English }]`},
		{"Usually in 立德树人根本任务, the task.", `[{Usually in  } {立德树人根本任务 zh-Hans} {, the task. }]`},
		{"学生体质健康测试 → student tests", `[{学生体质健康测试  zh-Hans} {→ student tests }]`},
		{"“十四五” period", `[{“十四五”  zh-Hans} {period }]`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if have := fmt.Sprint(scriptRuns(tt.in)); have != tt.want {
				t.Errorf("have %s, want %s", have, tt.want)
			}
		})
	}
}
