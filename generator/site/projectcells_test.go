package site_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
)

// TestProjectPageCells: a key project's own page shows every cell of its
// row that its name, content and deadline do not, under the column's
// header, as the plan's table prints them (the Zhejiang plan's 附表4:
// 建设性质, 建设地点, 项目起止, 总投资, “十四五”投资), Chinese marked as such
// on the English page. Before, the page showed the name, the content and
// the deadline only, and a reader who followed a citation to it lost where
// the project is and what it costs.
func TestProjectPageCells(t *testing.T) {
	const slug = "zhejiang-urban-waterlogging-2021"
	text, err := os.ReadFile(filepath.Join(testproject.Repo(), "generator", "testdata", "corpus", slug+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, page := buildPages(t, withSeed(t, slug+".txt", string(text)))
	zh, en := page("zh/"+slug+"/proj_5/index.html"), page("en/"+slug+"/proj_5/index.html")
	for _, tt := range []struct {
		name, page, want string
	}{
		{"zh nature", zh, `<div><dt>建设性质</dt><dd>新建</dd></div>`},
		{"zh place", zh, `<div><dt>建设地点</dt><dd>上城区</dd></div>`},
		{"zh period", zh, `<div><dt>项目起止</dt><dd>2021-2023</dd></div>`},
		{"zh investment", zh, `<div><dt>总投资（万元）</dt><dd>7800</dd></div><div><dt>“十四五”投资（万元）</dt><dd>7800</dd></div></dl>`},
		{"en place", en, `<div><dt lang="zh-Hans">建设地点</dt><dd lang="zh-Hans">上城区</dd></div>`},
		{"en investment", en, `<div><dt lang="zh-Hans">总投资（万元）</dt><dd>7800</dd></div>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(tt.page, tt.want) {
				t.Errorf("have no %s", tt.want)
			}
		})
	}
	if strings.Contains(zh, "<dt>建设内容与规模</dt>") {
		t.Errorf("the content is shown twice: as the text and as a cell")
	}
}
