package translate_test

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// repoWith is the repository as an fs.FS, with the files in edit replaced
// (a nil edit removes the file).
func repoWith(t *testing.T, edit map[string]func(string) string) fstest.MapFS {
	t.Helper()
	root := testproject.FS()
	m := fstest.MapFS{}
	for _, dir := range []string{"seeds", "content", "templates"} {
		err := fs.WalkDir(root, dir, func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(root, name)
			if err != nil {
				return err
			}
			if f, ok := edit[name]; ok {
				if f == nil {
					return nil
				}
				data = []byte(f(string(data)))
			}
			m[name] = &fstest.MapFile{Data: data}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return m
}

// TestMissingAndStaleUnits removes one unit from the shipped translation and
// makes another stale, and checks what the English pages show: the Chinese,
// marked lang="zh-Hans", with a "Translation pending" note, and a notice on
// the stale one; never an empty page.
func TestMissingAndStaleUnits(t *testing.T) {
	const part2 = "content/en/zichuan-education-2022/part-2.md"
	fsys := repoWith(t, map[string]func(string) string{
		part2: func(s string) string {
			s = regexp.MustCompile(`(?s)### [^\n]*\{#part_2__sec_1__item_2 [^\n]*\n\n[^\n]*\n\n`).ReplaceAllString(s, "")
			return regexp.MustCompile(`(\{#part_2__sec_1__item_3 zh=")[0-9a-f]{8}`).ReplaceAllString(s, "${1}00000000")
		},
	})
	s, err := site.Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var warned []string
	for _, w := range s.Warnings {
		warned = append(warned, w.String())
	}
	for _, want := range []string{
		"seeds/zichuan-education-2022.txt:42: part_2__sec_1__item_2 has no en translation",
		part2 + ":9: part_2__sec_1__item_3 is stale",
	} {
		if !strings.Contains(strings.Join(warned, "\n"), want) {
			t.Errorf("warnings lack %q:\n%s", want, strings.Join(warned, "\n"))
		}
	}
	tests := []struct {
		page string
		want []string
	}{
		{"en/zichuan-education-2022/part_2__sec_1__item_2/index.html", []string{
			// On its own page the note says what it is; the label stands
			// above it and in the citations.
			`class="unit-note unit-pending" lang="en"`, `>Translation pending<`,
			`lang="zh-Hans"><span class="num">2.</span> 完善全环境德育素养培养体系</h1>`,
			`坚持德育为先`,
		}},
		{"en/zichuan-education-2022/index.html", []string{`>Part II (1) 2 · Translation pending<`}},
		{"en/zichuan-education-2022/part_2__sec_1__item_3/index.html", []string{
			`class="unit-note unit-stale" lang="en">The Chinese text has changed`,
			`Improving the exemplary system`,
		}},
		{"en/zichuan-education-2022/parallel/index.html", []string{`Translation pending<`}},
		{"zh/zichuan-education-2022/part_2__sec_1__item_2/index.html", []string{`坚持德育为先`}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			page := string(s.Files[tt.page])
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if strings.Contains(tt.page, "zh/") && strings.Contains(page, "unit-note") {
				t.Error("a Chinese page carries a translation note")
			}
		})
	}
	for _, hit := range unmarkedHan(t, s.Files["en/zichuan-education-2022/index.html"]) {
		t.Errorf("fallback Chinese not marked: %q", hit)
	}
}

// TestBrokenTranslationFailsBuild: a translation file the loader rejects
// stops the build with file:line.
func TestBrokenTranslationFailsBuild(t *testing.T) {
	fsys := repoWith(t, map[string]func(string) string{
		"content/en/zichuan-education-2022/part-3.md": func(s string) string { return s + "\n## Untitled section\n" },
	})
	_, err := site.Build(fsys)
	if err == nil || !strings.Contains(err.Error(), "content/en/zichuan-education-2022/part-3.md:") || !strings.Contains(err.Error(), "has no eId") {
		t.Errorf("have %v, want a file:line error about the heading without eId", err)
	}
}
