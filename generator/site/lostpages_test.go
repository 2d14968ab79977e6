package site_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/site"
)

// TestLostPagesWarned builds a project again after a revision that drops
// an article: the build warns of the article's page the last output had,
// naming it, until content/aliases.yaml redirects it; a plan whose seed
// was renamed is warned of as gone.
func TestLostPagesWarned(t *testing.T) {
	const rule = "某区学校安全管理办法\n\n第一条　为加强学校安全管理，制定本办法。\n第二条　学校应当建立安全制度。\n第三条　本办法自2024年4月1日起施行。\n"
	out := filepath.Join(t.TempDir(), "public")
	build := func(fsys fstest.MapFS) string {
		t.Helper()
		_, warnings, err := site.BuildDir(context.Background(), fsys, out)
		if err != nil {
			t.Fatal(err)
		}
		var lost []string
		for _, w := range warnings {
			if strings.Contains(w.Msg, "last build published") {
				lost = append(lost, w.Error())
			}
		}
		return strings.Join(lost, "\n")
	}
	// The rule alone, so that each build is quick.
	project := func(name, text string) fstest.MapFS {
		m := withSeed(t, name, text)
		for f := range m {
			if f == "seeds/zichuan-education-2022.txt" || f == "content/works.yaml" || f == "content/links.yaml" || f == "content/aliases.yaml" || strings.HasPrefix(f, "content/en/") {
				delete(m, f)
			}
		}
		return m
	}
	if have := build(project("rule.txt", rule)); have != "" {
		t.Errorf("first build: have %q, want no lost pages", have)
	}
	revised := project("rule.txt", strings.Replace(rule, "第二条　学校应当建立安全制度。\n", "", 1))
	have := build(revised)
	for _, want := range []string{"seeds/rule.txt: 1 page the last build published is gone", "/zh/rule/art_2/;", "content/aliases.yaml"} {
		if !strings.Contains(have, want) {
			t.Errorf("revised: have %q, want %q in it", have, want)
		}
	}
	build(project("rule.txt", rule))
	revised["content/aliases.yaml"] = &fstest.MapFile{Data: []byte("rule:\n  art_2: art_1\n")}
	if have := build(revised); have != "" {
		t.Errorf("with an alias: have %q, want no lost pages", have)
	}
	if have, want := build(project("rule-2024.txt", rule)), "seeds/: the plan rule the last build published is gone"; !strings.HasPrefix(have, want) {
		t.Errorf("seed renamed: have %q, want %q…", have, want)
	}
}
