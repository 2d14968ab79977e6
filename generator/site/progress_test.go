package site

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
)

// TestUntranslatedPlan: a plan without English reads as well as it can in
// English: its title from works.yaml, each passage's Chinese marked as
// such under its English label with a pending note, and the home and plan
// pages tell, in each language, how far the translation has come: a
// card in one phrase, not a label and a value that say the same.
func TestUntranslatedPlan(t *testing.T) {
	const slug = "shandong-education-2021"
	fsys := testproject.Map(t)
	seed, err := os.ReadFile("../parse/testdata/" + slug + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	fsys["seeds/"+slug+".txt"] = &fstest.MapFile{Data: seed}
	works := string(fsys["content/works.yaml"].Data) + "\n" + slug + ":\n  title:\n    en: Shandong Province 14th Five-Year Plan for Education Development\n"
	fsys["content/works.yaml"] = &fstest.MapFile{Data: []byte(works)}
	s, err := Build(fsys)
	if err != nil {
		t.Fatal(err)
	}
	page := func(name string) string {
		t.Helper()
		p, ok := s.Files[name]
		if !ok {
			t.Fatalf("no %s", name)
		}
		return string(p)
	}
	tests := []struct {
		file string
		want []string // regular expressions
		not  []string
	}{
		{"en/index.html", []string{
			`<h2><a href="[^"]*shandong-education-2021/">Shandong Province 14th Five-Year Plan for Education Development</a></h2>`,
			`<p class="card-tr">Text in Chinese, not yet translated</p>`,
			`<p class="card-tr">Full English translation</p>`,
		}, []string{`class="title-note"`, `<dt>English translation</dt>`}},
		{"zh/index.html", []string{
			`<p class="card-tr">正文尚无英文译文</p>`,
			`<p class="card-tr">有完整英文译文</p>`,
		}, []string{`<dt>英文译文</dt>`}},
		{"en/" + slug + "/index.html", []string{
			`<h1>Shandong Province 14th Five-Year Plan for Education Development</h1>`,
			`0% of the text`,
			`<section id="part_1__sec_1" class="node section pending"[^>]*>.*?<span class="unit-note unit-pending" lang="en"[^>]*>Part I \(1\) · Translation pending</span>`,
			`<h3 class="heading" lang="zh-Hans"><span class="num">\(1\)</span> 指导思想</h3>`,
			`<li><a href="#part_1__sec_1">\(1\) <span lang="zh-Hans">指导思想</span></a></li>`,
			`<span class="unit-terms" lang="en">Terms: <span lang="zh-Hans">立德树人</span> fostering virtue through education`,
		}, nil},
		{"en/" + slug + "/part_1__sec_1/index.html", []string{
			`<li><a href="../">Shandong Province 14th Five-Year Plan for Education Development</a></li>\s*<li><a href="../part_1/">I <span lang="zh-Hans">总体要求</span></a></li>`,
		}, nil},
		{"zh/" + slug + "/index.html", []string{`<h1>山东省“十四五”教育事业发展规划</h1>`, `英文译文`}, []string{"unit-pending"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			html := page(tt.file)
			for _, w := range tt.want {
				if !regexp.MustCompile(`(?s)` + w).MatchString(html) {
					t.Errorf("lacks %s", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(html, n) {
					t.Errorf("has %s", n)
				}
			}
		})
	}
}
