package site_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/plan"
	"plansite/generator/site"
)

// TestOriginals builds the frozen project with corpus originals in seeds/
// (a .docx, a PDF and two portal pages) and checks what the issue asks of
// them: the structure read from the file, the portal metadata on the plan
// page, and a 原文下载 link on the plan page to a copy of the file itself.
func TestOriginals(t *testing.T) {
	root := repoFS(t)
	originals := []string{"beijing-railway-safety-2023.docx", "anhua-realestate-2022.html", "jiangxi-grain-workpoints-2020.html"}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		originals = append(originals, "mingxi-realestate-2022.pdf")
	}
	for _, f := range originals {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", f))
		if err != nil {
			t.Fatal(err)
		}
		root["seeds/"+f] = &fstest.MapFile{Data: data}
	}
	// works.yaml takes precedence over the seed's own metadata.
	works := append(append([]byte(nil), root["content/works.yaml"].Data...), "\njiangxi-grain-workpoints-2020:\n  index: \"override/2020-1\"\n"...)
	root["content/works.yaml"] = &fstest.MapFile{Data: works}
	s, err := site.Build(root)
	if err != nil {
		t.Fatal(err)
	}
	articles := 0
	for _, d := range s.Docs {
		if d.Slug == "beijing-railway-safety-2023" {
			d.Walk(func(n *plan.Node) bool {
				if n.Kind == plan.KindArticle {
					articles++
				}
				return true
			})
		}
	}
	if articles != 29 {
		t.Errorf("beijing-railway-safety-2023.docx: have %d articles, want 29", articles)
	}
	link := regexp.MustCompile(`<p class="original"><a href="([^"]+)" download="([^"]+)"`)
	for _, f := range originals {
		slug := strings.TrimSuffix(f, filepath.Ext(f))
		page := string(s.Files["zh/"+slug+"/index.html"])
		m := link.FindStringSubmatch(page)
		if m == nil {
			t.Errorf("%s: the plan page has no 原文下载 link", f)
			continue
		}
		target := filepath.ToSlash(filepath.Join("zh", slug, m[1]))
		if have, want := s.Files[target], root["seeds/"+f].Data; !bytes.Equal(have, want) {
			t.Errorf("%s: the link %s leads to %d bytes, want the seed's %d", f, m[1], len(have), len(want))
		}
		if m[2] != f {
			t.Errorf("%s: download name %q, want the file's own", f, m[2])
		}
		if !strings.Contains(string(s.Files["zh/"+slug+"/data/index.html"]), ">/"+target) {
			t.Errorf("%s: the open-data page does not list %s", f, target)
		}
	}
	for slug, want := range map[string][]string{
		"anhua-realestate-2022":         {"50000007/2022-1663341", "2022年10月12日"},
		"jiangxi-grain-workpoints-2020": {"override/2020-1", "农业、林业、水利"},
	} {
		page := string(s.Files["zh/"+slug+"/index.html"])
		for _, w := range want {
			if !strings.Contains(page, w) {
				t.Errorf("%s: the plan page lacks %q from the portal's metadata table", slug, w)
			}
		}
	}
	if strings.Contains(string(s.Files["zh/jiangxi-grain-workpoints-2020/index.html"]), "014501017/2020-03655") {
		t.Errorf("jiangxi-grain-workpoints-2020: the page shows the seed's 索引号, want works.yaml's")
	}
}
