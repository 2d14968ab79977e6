package source

import (
	"slices"
	"strings"
	"testing"
)

// TestPDFTables wants a table pdftotext -layout prints as columns set apart
// by spaces rewritten as rows of tab-separated cells, each under its
// header's column (a cell a row leaves empty keeps its place), and lines
// that are no table's left as printed.
func TestPDFTables(t *testing.T) {
	tests := []struct {
		name     string
		in, want []string
	}{
		{"a table with a column's cell printed once for three rows", []string{
			"        表 1 报废国四排放标准老旧营运货车补贴标准",
			" 车辆类型      距离强制报废时间       补贴标准（万元/辆）",
			"         满 1 年（含）不足 2 年       1.0",
			"  中型     满 2 年（含）不足 4 年       1.8",
			"         满 4 年（含）以上           2.5",
			"",
			"  四、注意事项",
		}, []string{
			"        表 1 报废国四排放标准老旧营运货车补贴标准",
			"车辆类型\t距离强制报废时间\t补贴标准（万元/辆）",
			"         \t满 1 年（含）不足 2 年\t1.0",
			"中型\t满 2 年（含）不足 4 年\t1.8",
			"         \t满 4 年（含）以上\t2.5",
			"",
			"  四、注意事项",
		}},
		{"a merged cell printed down the column, on a page's first line", []string{
			"\f              表 2 更新新能源营运货车补贴标准",
			"    车辆类型             补贴标准（万元/辆）",
			"     中型                   3.5",
			"      2轴                  7.0",
			"重",
			"      3轴                  8.5",
		}, []string{
			"\f              表 2 更新新能源营运货车补贴标准",
			"车辆类型\t补贴标准（万元/辆）",
			"中型\t3.5",
			"2轴\t7.0",
			"重",
			"3轴\t8.5",
		}},
		{"a caption over text", []string{
			"表 1 所列车辆按以下标准补贴。",
			"  补贴标准见附件。",
		}, nil},
		{"columns without a caption (a signature beside its date)", []string{
			"上海市房屋管理局办公室   2024 年 1 月 30 日印发",
			"某某局      某某局",
			"某某局      某某局",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == nil {
				want = tt.in
			}
			if have := pdfTables(tt.in); !slices.Equal(have, want) {
				t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
