package site_test

import (
	"context"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/site"
)

// ruleSeeds are the two editions of a rule in testdata/docref, as names
// and texts for withSeed.
func ruleSeeds(t *testing.T) []string {
	t.Helper()
	var seeds []string
	for _, name := range []string{"mou-rule-2015.txt", "mou-rule-2023.txt"} {
		data, err := os.ReadFile("testdata/docref/" + name)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, name, string(data))
	}
	return seeds
}

// TestReferencesBetweenPlans builds the frozen project with two editions
// of a rule (testdata/docref): the new edition names an article of the
// Zichuan plan and repeals the old edition. Each reference links to what
// it names, in both languages; the plans named say who cites them; the old
// edition's status is repealed.
func TestReferencesBetweenPlans(t *testing.T) {
	s, page := buildPages(t, withSeed(t, ruleSeeds(t)...))
	// marks are the references' links of a page, each as the file and
	// fragment it resolves to, with its text.
	marks := func(name, class string) []string {
		t.Helper()
		var out []string
		for _, block := range regexp.MustCompile(`(?s)<span class="`+class+`".*?</a></span>|<div class="`+class+`">.*?</div>|<p class="`+class+`">.*?</p>`).FindAllString(page(name), -1) {
			for _, a := range regexp.MustCompile(`<a href="([^"]*)">(.*?)</a>`).FindAllStringSubmatch(block, -1) {
				href, _, _ := strings.Cut(a[1], "#")
				target := path.Join(path.Dir("/"+name), href)
				if strings.HasSuffix(href, "/") || href == "" {
					target += "/index.html"
				}
				target = strings.TrimPrefix(target, "/")
				if _, ok := s.Files[target]; !ok {
					t.Errorf("%s: link %q: no file %s", name, a[1], target)
				}
				out = append(out, target+" "+regexp.MustCompile(`<[^>]*>`).ReplaceAllString(a[2], ""))
			}
		}
		return out
	}
	tests := []struct {
		name, page, class string
		want              []string
	}{
		{"an article of another plan, zh", "zh/mou-rule-2023/index.html", "xref-mark docref",
			[]string{"zh/zichuan-education-2022/part_3__sec_1/index.html 《淄川区教育事业发展“十四五”规划》（川政发〔2022〕10号）第三部分（一）", "zh/mou-rule-2015/index.html 《某区校外培训机构管理办法》（某政发〔2015〕7号）"}},
		{"an article of another plan, en", "en/mou-rule-2023/index.html", "xref-mark docref",
			[]string{"en/zichuan-education-2022/part_3__sec_1/index.html Zichuan District 14th Five-Year Plan for Education Development (Chuan Zheng Fa [2022] No. 10), Part III (1)", "en/mou-rule-2015/index.html Measures of Mou District (Mou Zheng Fa [2015] No. 7)"}},
		{"the article's own page", "zh/mou-rule-2023/art_1/index.html", "xref-mark docref",
			[]string{"zh/zichuan-education-2022/part_3__sec_1/index.html 《淄川区教育事业发展“十四五”规划》（川政发〔2022〕10号）第三部分（一）"}},
		{"cited by", "zh/zichuan-education-2022/index.html", "cited-by",
			[]string{"zh/mou-rule-2023/art_1/index.html 《某区校外培训机构管理办法》（某政发〔2023〕2号）第一条"}},
		{"repealed by, under the status", "zh/mou-rule-2015/index.html", "repealed-by",
			[]string{"zh/mou-rule-2023/art_3/index.html 《某区校外培训机构管理办法》（某政发〔2023〕2号）第三条"}},
		{"repealed by, among the citing", "zh/mou-rule-2015/index.html", "cited-by",
			[]string{"zh/mou-rule-2023/art_3/index.html 《某区校外培训机构管理办法》（某政发〔2023〕2号）第三条"}},
		{"none: the notice names the plan itself", "zh/mou-rule-2015/art_1/index.html", "xref-mark docref", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			have := marks(tt.page, tt.class)
			if strings.Join(have, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s: references\nhave %q\nwant %q", tt.page, have, tt.want)
			}
		})
	}
	if p := page("zh/mou-rule-2015/index.html"); !strings.Contains(p, `status-state statusRepealed">已废止`) || !strings.Contains(p, "废止本文件") {
		t.Errorf("the old edition's page does not say it is repealed, by whom")
	}
	if p := page("zh/mou-rule-2023/index.html"); strings.Contains(p, "statusRepealed") {
		t.Errorf("the new edition's page says it is repealed")
	}
	// The JSON exports give both ends.
	for name, want := range map[string]string{
		"data/mou-rule-2023.json": `"references": [
    {
      "eId": "art_1",
      "plan": "zichuan-education-2022",
      "passage": "part_3__sec_1",
      "url": "/zh/zichuan-education-2022/part_3__sec_1/"
    },
    {
      "eId": "art_3",
      "plan": "mou-rule-2015",
      "url": "/zh/mou-rule-2015/",
      "repeals": true
    }
  ]`,
		"data/mou-rule-2015.en.json": `"citedBy": [
    {
      "eId": "art_3",
      "plan": "mou-rule-2023",
      "url": "/en/mou-rule-2023/art_3/",
      "repeals": true
    }
  ]`,
	} {
		if p := page(name); !strings.Contains(p, want) {
			t.Errorf("%s: no %s", name, want)
		}
	}
	if p := page("data/mou-rule-2023.json"); !strings.Contains(p, `"term": {
    "effective": "2023-03-01"
  }`) {
		t.Errorf("data/mou-rule-2023.json: no term, where its text says 本办法自2023年3月1日起施行")
	}
	if p := page("data/zichuan-education-2022.json"); strings.Contains(p, `"references"`) || strings.Contains(p, `"term"`) {
		t.Errorf("data/zichuan-education-2022.json: references or a term, where it names no plan of the library and gives no term")
	}
}

// TestReferencesAfterSave: the preview's next load finds a plan's
// references again when another plan's title or number changes, though
// the citing plan's own seed did not: the new edition of the rule stops
// naming the old once the old is renamed and renumbered, and names it
// again once it is restored.
func TestReferencesAfterSave(t *testing.T) {
	m := withSeed(t, ruleSeeds(t)...)
	old := m["seeds/mou-rule-2015.txt"].Data
	renamed := strings.NewReplacer("校外培训机构管理办法", "校外培训机构监督办法", "〔2015〕7号", "〔2015〕9号").Replace(string(old))
	var cache site.DocCache
	var prev *site.Project
	for i, tt := range []struct {
		seed  string
		names bool
	}{{string(old), true}, {renamed, false}, {string(old), true}} {
		m["seeds/mou-rule-2015.txt"] = &fstest.MapFile{Data: []byte(tt.seed)}
		docs, err := cache.Load(m)
		if err != nil {
			t.Fatal(err)
		}
		p, err := site.Load(m, docs, prev)
		if err != nil {
			t.Fatal(err)
		}
		data, _, err := p.File(context.Background(), "zh/mou-rule-2023/art_3/index.html", site.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if have := strings.Contains(string(data), `href="../../mou-rule-2015/"`); have != tt.names {
			t.Errorf("load %d: have the new edition's 第三条 linking to the old %v, want %v", i+1, have, tt.names)
		}
		prev = p
	}
}
