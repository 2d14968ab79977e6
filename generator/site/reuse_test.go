package site_test

import (
	"bytes"
	"maps"
	"os"
	"reflect"
	"slices"
	"testing"
	"testing/fstest"

	"plansite/generator/site"
)

// TestReuse edits plans, translations, editors' data and templates in
// every way that changes what pages show — text, responsibilities,
// headings, numbering, metadata, key project links, source lines,
// translation units, the registry, the glossary, partials, a second plan —
// and checks after each edit that the preview, which takes unchanged
// pages, fragments and files from its last build (reuse.go, memo.go),
// makes the site a whole build makes, file for file, or fails as it
// fails. It also checks that the preview does reuse: an edit to one
// passage renders a small part of the site again.
func TestReuse(t *testing.T) {
	fsys := repoFS(t)
	edit := editFile(t, fsys)
	const (
		seed = "seeds/zichuan-education-2022.txt"
		tr   = "content/en/zichuan-education-2022/part-2.md"
	)
	orig := maps.Clone(fsys)
	steps := []struct {
		name string
		edit func()
		// most is the most pages the preview may render again; 0: any;
		// -1: the build fails as a whole build does.
		most int
	}{
		{"first build", func() {}, 0},
		{"nothing changed", func() {}, 0},
		{"figure in a task", edit(seed, "不少于1个百分点", "不少于2个百分点"), 40},
		{"figure back", edit(seed, "不少于2个百分点", "不少于1个百分点"), 40},
		{"department dropped from a list", edit(seed, "（区教体局、区卫健局负责）", "（区教体局负责）"), 60},
		{"section heading", edit(seed, "（二）构建高质量教育发展体系", "（二）构建高品质教育发展体系"), 80},
		{"part heading", edit(seed, " 二、重点任务", " 二、主要任务"), 0},
		{"task heading", edit(seed, "4．完善多样性健康身心培养体系", "4．完善多样化健康身心培养体系"), 80},
		{"key project name", edit(seed, "幼儿园建设与提升工程", "幼儿园建设提升工程"), 80},
		{"task added", edit(seed, "（二）构建高品质教育发展体系", "9．新增一项任务。加强测试工作。（区教体局负责）\n（二）构建高品质教育发展体系"), 80},
		{"task removed", edit(seed, "9．新增一项任务。加强测试工作。（区教体局负责）\n", ""), 80},
		{"task inserted before others", edit(seed, "4．完善多样化健康身心培养体系", "4．新增一项任务。加强测试工作。（区卫健局负责）\n5．完善多样化健康身心培养体系"), 0},
		{"task inserted removed", edit(seed, "4．新增一项任务。加强测试工作。（区卫健局负责）\n5．完善多样化健康身心培养体系", "4．完善多样化健康身心培养体系"), 0},
		{"key project text", edit(seed, "计划支持8所幼儿园", "计划支持9所幼儿园"), 40},
		// 二（二）1 and key project 1 share the term 幼儿园建设, which
		// their link's reason names.
		{"shared term gone", edit(seed, "推动国家级足球特色幼儿园建设", "推动国家级足球特色幼儿园创建"), 40},
		{"source lines shift", edit(seed, "川政发〔2022〕10号", "\n川政发〔2022〕10号"), 0},
		{"date of issue", edit(seed, "2022年12月28日", "2022年12月29日"), 0},
		{"translation of a task", edit(tr, "by no less than 1 percentage point", "by no less than 2 percentage points"), 30},
		{"translated heading", edit(tr, "Improving the all-environment system", "Improving the whole-environment system"), 0},
		{"translation unit removed", edit(tr, "### Improving the whole-environment system", "### "), 0},
		{"link reason edited", edit("content/links.yaml", "本项目新建、改扩建和改造提升8所幼儿园。", "本项目新建、改扩建、改造提升8所幼儿园。"), 20},
		{"link rejected", edit("content/links.yaml", "    confirm:\n", "    reject:\n"), 0},
		{"glossary edited", edit("content/glossary.yaml", "  en: 14th Five-Year Plan", "  en: The 14th Five-Year Plan"), 10},
		{"registry edited", edit("content/departments.yaml", "  en: District Health Bureau", "  en: District Health Commission"), 60},
		{"registry full name", edit("content/departments.yaml", "  full: 淄川区卫生健康局", "  full: 淄博市淄川区卫生健康局"), 60},
		{"registry alias", edit("content/departments.yaml", "  aliases: [区卫生健康局, 卫健局]", "  aliases: [区卫生健康局]"), 0},
		{"alias added", edit("content/aliases.yaml", "# No plan has been renumbered", "zichuan-education-2022:\n  part_2__sec_1__item_99: part_2__sec_1__item_3\n# No plan has been renumbered"), 20},
		{"alias removed", edit("content/aliases.yaml", "zichuan-education-2022:\n  part_2__sec_1__item_99: part_2__sec_1__item_3\n", ""), 20},
		{"style sheet", edit("templates/assets/style.css", "body {", "body {\n  margin: 0;"), 1},
		{"base template", edit("templates/base.html", `<footer class="site-footer">`, `<footer class="site-footer edited">`), 0},
		{"partial of the home page", edit("templates/partials/deptnav.html", `{{define "dept-card"}}<p class="actions">`, `{{define "dept-card"}}<p class="actions edited">`), 4},
		{"partial of every passage", edit("templates/partials/resp.html", `<span class="resp">`, `<span class="resp edited">`), 0},
		{"broken partial", edit("templates/partials/resp.html", `<span class="resp edited">`, `<span class="resp edited">{{.NoSuchField}}`), -1},
		{"partial mended", edit("templates/partials/resp.html", `{{.NoSuchField}}`, ``), 0},
		{"page template", edit("templates/node.html", `<p class="label">`, `<p class="label edited">`), 0},
		{"figure after a template edit", edit(seed, "不少于1个百分点", "不少于3个百分点"), 40},
		// A second plan: every page names every plan (search box, homes,
		// departments), so adding and removing one touches most pages.
		{"plan added", func() {
			data, err := os.ReadFile("../parse/testdata/shandong-education-2021.txt")
			if err != nil {
				t.Fatal(err)
			}
			fsys["seeds/shandong-education-2021.txt"] = &fstest.MapFile{Data: data}
		}, 0},
		{"figure with two plans", edit(seed, "不少于3个百分点", "不少于4个百分点"), 60},
		{"plan removed", func() { delete(fsys, "seeds/shandong-education-2021.txt") }, 0},
		{"all undone", func() {
			for name, f := range orig {
				fsys[name] = f
			}
		}, 0},
	}
	var (
		pv    site.Preview
		cache site.DocCache
	)
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.edit()
			docs, err := cache.Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			want, wantErr := site.Render(fsys, docs)
			have, err := pv.Render(fsys, docs)
			if st.most < 0 {
				if err == nil || wantErr == nil || err.Error() != wantErr.Error() {
					t.Fatalf("have error %v, want %v", err, wantErr)
				}
				return
			}
			if wantErr != nil || err != nil {
				t.Fatalf("have error %v, want %v", err, wantErr)
			}
			sameSite(t, have, want)
			if st.most > 0 && have.Rendered > st.most {
				t.Errorf("rendered %d of %d pages, want at most %d", have.Rendered, have.Pages, st.most)
			}
			t.Logf("rendered %d of %d pages", have.Rendered, have.Pages)
		})
	}
}

// sameSite fails the test unless have holds the files and warnings of want,
// naming the first files that differ.
func sameSite(t *testing.T, have, want *site.Site) {
	t.Helper()
	if h, w := slices.Sorted(maps.Keys(have.Files)), slices.Sorted(maps.Keys(want.Files)); !slices.Equal(h, w) {
		t.Fatalf("have %d files, want %d", len(h), len(w))
	}
	n := 0
	for name, data := range want.Files {
		if !bytes.Equal(have.Files[name], data) {
			if n++; n <= 10 {
				t.Errorf("%s differs from a whole build's", name)
			}
		}
	}
	if n > 10 {
		t.Errorf("and %d more files differ", n-10)
	}
	if !reflect.DeepEqual(have.Warnings, want.Warnings) {
		t.Errorf("have warnings %v, want %v", have.Warnings, want.Warnings)
	}
}
