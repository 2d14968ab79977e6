package site_test

import (
	"html"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/site"
)

// corpusSeeds are the 13 corpus documents as an editor would bring them:
// the original where the corpus has one, else the plain text. Each names
// the title its plan page must carry and its 发文字号 ("" where the
// document prints none), read from the documents by hand.
var corpusSeeds = []struct{ file, title, number string }{
	{"aba-gov-data-2021.txt", "阿坝州政务数据资源管理暂行办法", "阿府办发〔2021〕21号"},
	{"anhua-realestate-2022.html", "关于促进安化县房地产市场平稳健康发展的若干政策措施", "安政办发〔2022〕20号"},
	{"anhui-industrial-internet-2021.txt", "安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知", "皖政办秘〔2021〕82号"},
	{"anhui-rcep-2022.txt", "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则扎实推进高水平开放实施意见", "皖开放办〔2022〕6号"},
	{"beijing-railway-safety-2023.docx", "北京市铁路沿线安全管理规定", "北京市人民政府令第308号"},
	{"beijing-samr-bizenv-2025.html", "北京市市场监督管理局2025年全面优化营商环境打造“北京服务”工作方案", "京市监发〔2025〕21号"},
	{"fuzhou-realestate-2016.pdf", "福州市人民政府办公厅关于进一步促进房地产市场平稳健康发展的补充通知", "榕政办〔2016〕186号"},
	{"jiangxi-grain-workpoints-2020.html", "2020年全省粮食和物资储备改革发展工作要点", "赣粮办发〔2020〕3号"},
	{"mingxi-realestate-2022.pdf", "明溪县促进房地产市场平稳健康发展若干措施（修订）", "明政规〔2022〕6号"},
	{"shandong-education-2021.txt", "山东省“十四五”教育事业发展规划", ""},
	{"shandong-science-2021.txt", "山东省“十四五”科技创新规划", ""},
	{"xicheng-enrollment-2020.html", "北京市西城区教育委员会关于西城区2020年义务教育阶段入学工作的实施意见", ""},
	{"zhejiang-urban-waterlogging-2021.txt", "浙江省城市内涝治理“十四五”规划", ""},
}

// TestCorpusSites builds the frozen project with every corpus document in
// seeds/ and checks, for each, that its plan page carries its true title
// and 发文字号, and that every internal link and #anchor of the whole site
// resolves. (Slow: a whole site of 14 plans.)
func TestCorpusSites(t *testing.T) {
	t.Parallel() // slow: side by side with the browser tests (-parallel)
	if testing.Short() {
		t.Skip("builds a site of 14 plans")
	}
	root := repoFS(t)
	pdf := true
	if _, err := exec.LookPath("pdftotext"); err != nil {
		pdf = false
	}
	var built []int
	for i, c := range corpusSeeds {
		f := c.file
		if strings.HasSuffix(f, ".pdf") && !pdf {
			f = strings.TrimSuffix(f, ".pdf") + ".txt" // the extraction of the same PDF
		}
		data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", f))
		if err != nil {
			t.Fatal(err)
		}
		root["seeds/"+f] = &fstest.MapFile{Data: data}
		built = append(built, i)
	}
	s, err := site.Build(root)
	if err != nil {
		t.Fatal(err)
	}
	h1 := regexp.MustCompile(`(?s)<h1[^>]*>(.*?)</h1>`)
	for _, i := range built {
		c := corpusSeeds[i]
		slug := strings.TrimSuffix(c.file, path.Ext(c.file))
		page := string(s.Files["zh/"+slug+"/index.html"])
		if page == "" {
			t.Errorf("%s: no plan page zh/%s/index.html", c.file, slug)
			continue
		}
		m := h1.FindStringSubmatch(page)
		// The site sets a span of years with a dash (2021—2023).
		if m == nil || strings.ReplaceAll(html.UnescapeString(strings.TrimSpace(m[1])), "—", "-") != c.title {
			t.Errorf("%s: plan page title %q, want %q", c.file, m, c.title)
		}
		if c.number != "" && !strings.Contains(page, c.number) {
			t.Errorf("%s: the plan page does not give the 发文字号 %s", c.file, c.number)
		}
	}
	checkLinks(t, s)
}

// checkLinks follows every internal link and fragment of every page of s.
func checkLinks(t *testing.T, s *site.Site) {
	ids := map[string]map[string]bool{}
	links := map[string][]string{}
	for name, data := range s.Files {
		if strings.HasSuffix(name, ".html") {
			ids[name], links[name] = scan(t, name, data)
		}
	}
	bad := 0
	for from, hrefs := range links {
		for _, href := range hrefs {
			u, err := url.Parse(href)
			if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(href, "//") {
				continue
			}
			target := from
			if u.Path != "" {
				p := path.Join(path.Dir("/"+from), u.Path)
				if strings.HasPrefix(u.Path, "/") || from == "404.html" {
					p = path.Join("/", u.Path)
				}
				if strings.HasSuffix(u.Path, "/") {
					p += "/"
				}
				target = strings.TrimPrefix(p, "/")
				if target == "" || strings.HasSuffix(target, "/") {
					target += "index.html"
				}
			}
			_, ok := s.Files[target]
			if ok && (u.Fragment == "" || !strings.HasSuffix(target, ".html") || ids[target][u.Fragment]) {
				continue
			}
			if bad++; bad <= 20 {
				t.Errorf("%s: link %q does not resolve (%s)", from, href, target)
			}
		}
	}
	if bad > 20 {
		t.Errorf("… %d links in all do not resolve", bad)
	}
}
