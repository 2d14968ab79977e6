package translate_test

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"plansite/generator/internal/testproject"
	"plansite/generator/plan"
	"plansite/generator/site"
)

// buildSite builds the site from the repository, as `go run ./generator
// build` does.
func buildSite(t testing.TB) *site.Site {
	t.Helper()
	s, err := site.Build(testproject.FS())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestEnglishPagesHaveNoChineseRunningText scans the text of every page
// under /en/ (and the attributes a reader also meets: title, aria-label,
// alt, placeholder) for Han characters outside elements marked lang="zh…":
// Chinese on an English page must be a deliberate, marked quotation. Meta
// tags are machine data and may quote identifiers such as 川政发〔2022〕10号;
// code samples (pre, code) are data too.
func TestEnglishPagesHaveNoChineseRunningText(t *testing.T) {
	s := buildSite(t)
	pages := 0
	for name, data := range s.Files {
		if !strings.HasPrefix(name, "en/") || !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		for _, hit := range unmarkedHan(t, data) {
			t.Errorf("%s: Chinese outside a lang=\"zh\" element: %q", name, hit)
		}
	}
	if pages < 90 {
		t.Errorf("scanned %d English pages: want the whole site's (≥ 90)", pages)
	}
}

// unmarkedHan returns the text nodes and attribute values of a page that
// hold Han characters and are not inside an element whose lang is Chinese.
func unmarkedHan(t *testing.T, data []byte) []string {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var hits []string
	var walk func(n *html.Node, lang string)
	walk = func(n *html.Node, lang string) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch a.Key {
				case "lang":
					lang = a.Val
				case "title", "aria-label", "alt", "placeholder":
					if !isChinese(lang) && plan.HasHan(a.Val) {
						hits = append(hits, a.Key+"="+a.Val)
					}
				}
			}
			// Scripts and styles are not text; pre and code hold data
			// samples (the open-data page's JSON), quoted as they are.
			if n.Data == "script" || n.Data == "style" || n.Data == "pre" || n.Data == "code" {
				return
			}
		}
		if n.Type == html.TextNode && !isChinese(lang) && plan.HasHan(n.Data) {
			hits = append(hits, strings.TrimSpace(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, lang)
		}
	}
	walk(doc, "")
	return hits
}

func isChinese(lang string) bool { return lang == "zh" || strings.HasPrefix(lang, "zh-") }

// TestUnmarkedHan checks the scanner itself.
func TestUnmarkedHan(t *testing.T) {
	tests := []struct {
		name, page string
		want       int
	}{
		{"english", `<html lang="en"><body><p>Plans</p></body></html>`, 0},
		{"marked quotation", `<html lang="en"><body><p>No. <span lang="zh-Hans">川政发〔2022〕10号</span></p></body></html>`, 0},
		{"marked ancestor", `<html lang="en"><body><div lang="zh"><p><b>区教体局</b></p></div></body></html>`, 0},
		{"unmarked", `<html lang="en"><body><p>Lead: 区教体局</p></body></html>`, 1},
		{"english inside chinese", `<html lang="en"><body><div lang="zh-Hans"><p lang="en">区教体局</p></div></body></html>`, 1},
		{"title attribute", `<html lang="en"><body><a title="首页">Home</a></body></html>`, 1},
		{"code sample", `<html lang="en"><body><pre><code>{"lead": ["区教体局"]}</code></pre></body></html>`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if have := unmarkedHan(t, []byte(tt.page)); len(have) != tt.want {
				t.Errorf("have %d hits %q, want %d", len(have), have, tt.want)
			}
		})
	}
}
