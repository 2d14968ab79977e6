package site_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// TestGroupTermsInEnglish: a grouped key project's kind of work (the
// Zhejiang plan's 附表4) takes the English the glossary gives it in its
// on-page label, its citations, the go-to map of the English pages and
// the label of the English JSON and text CSV exports;
// a kind the glossary lacks stays Chinese, marked so. Before, every kind
// of work stayed Chinese in a lang="zh-Hans" span.
func TestGroupTermsInEnglish(t *testing.T) {
	const slug = "zhejiang-urban-waterlogging-2021"
	text, err := os.ReadFile(filepath.Join(testproject.Repo(), "generator", "testdata", "corpus", slug+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	fsys := withSeed(t, slug+".txt", string(text))
	gl := fsys["content/glossary.yaml"]
	fsys["content/glossary.yaml"] = &fstest.MapFile{Data: append(append([]byte(nil), gl.Data...),
		"\n- zh: 河道综合治理工程\n  en: comprehensive river improvement projects\n"...)}
	s, err := site.Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	en := string(s.Files["en/"+slug+"/index.html"])
	for _, want := range []string{
		`<p class="cite-label">Schedule 4, Hangzhou, comprehensive river improvement projects, item 5</p>`,
		`[14th Five-Year Plan of Zhejiang Province for Urban Waterlogging Control], Schedule 4, Hangzhou, comprehensive river improvement projects, item 5 [A/OL]`,
		`proj5@hangzhoucomprehensiveriverimprovementprojects"`,
		`<span lang="zh-Hans">城市排洪防涝工程</span>, item`, // no term: Chinese, marked
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English plan page: have no %s", want)
		}
	}
	for _, file := range []string{"data/" + slug + ".en.text.csv", "data/" + slug + ".en.json"} {
		if !strings.Contains(string(s.Files[file]), `"Hangzhou, comprehensive river improvement projects, item 5"`) {
			t.Errorf("%s: have no label naming the kind of work in English", file)
		}
	}
	if strings.Contains(en, `<span lang="zh-Hans">河道综合治理工程</span>, item`) {
		t.Errorf("English plan page: a kind of work with a term is still Chinese in a label")
	}
}
