package site_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
)

const taskListSeed = `某区2023年教育工作要点

一、工作任务
按下表落实。

表1 重点工作任务清单
	序号
	工作内容
	牵头单位
	配合单位
	完成时限

	1
	建成智慧校园平台
	区档案馆
	区财政局
	2023年10月底

	2
	完善学生资助体系
	区民政局
	区财政局
	持续推进
`

// TestTaskListRowsAsTasks: the rows of a task list whose header names no
// tasks (工作内容) are tasks of their departments: the page of a
// department named only in the table lists the row, linked to its anchor
// on the plan page, among its led tasks and its deadlines; the deadlines
// page dates it; the matrix labels the table's column as the table (表1),
// not as key projects; the JSON export gives the row its departments and
// deadline. Before, the rows had no departments and the department no
// page.
func TestTaskListRowsAsTasks(t *testing.T) {
	s, page := buildPages(t, withSeed(t, "tasks-2023.txt", taskListSeed))
	var deptPage string
	for name, data := range s.Files {
		if strings.HasPrefix(name, "zh/departments/") && strings.Contains(string(data), "<h1>区档案馆</h1>") {
			deptPage = string(data)
		}
	}
	matrix := page("zh/tasks-2023/matrix/index.html")
	var data bytes.Buffer
	if err := json.Compact(&data, []byte(page("data/tasks-2023.json"))); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, page, want string
	}{
		{"department lists the row", deptPage, `<a href="../../tasks-2023/#table_1__row_1"><span class="label">表1第1行</span> <span>建成智慧校园平台</span></a>`},
		{"department's deadline", deptPage, `<time datetime="2023-10-31" title="2023年10月底">2023年10月31日</time> <a href="../../tasks-2023/#table_1__row_1">`},
		{"deadlines page", page("zh/tasks-2023/timetable/index.html"), `table_1__row_1"><span class="label">表1第1行</span>`},
		{"matrix column", matrix, `<a href="../#table_1" title="表1 重点工作任务清单">表1</a></th>`},
		{"English matrix column", page("en/tasks-2023/matrix/index.html"), `<a href="../#table_1" title="Table 1">Table 1</a></th>`},
		{"JSON export", data.String(), `"responsibility":{"lead":["区档案馆"],"support":["区财政局"]`},
		{"JSON deadline", data.String(), `"deadline":{"text":"2023年10月底","date":"2023-10-31","form":"month","year":2023,"month":10}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(tt.page, tt.want) {
				t.Errorf("have no %s", tt.want)
			}
		})
	}
	if strings.Contains(matrix, "重点项目") {
		t.Errorf("the matrix calls the task list 重点项目")
	}
}

// TestFullNameNotRepeated: a department whose registry entry gives its
// name again as its full name (各基础电信企业) shows the name once on its
// English page, and no full name on its Chinese one. Before, the English
// page read 各基础电信企业（各基础电信企业）.
func TestFullNameNotRepeated(t *testing.T) {
	const slug = "anhui-industrial-internet-2021"
	text, err := os.ReadFile(filepath.Join(testproject.Repo(), "generator", "testdata", "corpus", slug+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, page := buildPages(t, withSeed(t, slug+".txt", string(text)))
	if en, want := page("en/departments/ah-telecom-enterprises/index.html"), `<dd lang="zh-Hans">各基础电信企业</dd>`; !strings.Contains(en, want) {
		t.Errorf("English page: have no %s", want)
	}
	if zh := page("zh/departments/ah-telecom-enterprises/index.html"); strings.Contains(zh, "全称") {
		t.Errorf("Chinese page: a full name that repeats the name")
	}
}
