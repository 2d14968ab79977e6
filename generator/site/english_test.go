package site_test

import (
	"bytes"
	"io/fs"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"

	"plansite/generator/internal/library"
	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

// TestEnglishPagesInEnglish: an English page holds no Han character
// outside an element marked lang="zh…" (a quoted Chinese name, a passage
// not yet translated, which the page marks so). Text and the attributes a
// reader meets (title, alt, aria-label, placeholder) are read, and code
// samples (pre: the open-data page quotes the data files, Chinese
// names and all); scripts and styles are not.
// It runs over the frozen project and, as an invariant, over the bundled
// one as it is today.
func TestEnglishPagesInEnglish(t *testing.T) {
	t.Run("frozen", func(t *testing.T) { checkEnglish(t, buildFrozen(t)) })
	t.Run("bundled", func(t *testing.T) { checkEnglish(t, buildRepo(t)) })
}

// TestEnglishPagesInEnglishLibrary runs the same check over every English
// page of the frozen 14-plan library: plans without a translation, the
// library's filter pages, departments of many governments, the search and
// data pages.
func TestEnglishPagesInEnglishLibrary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the 14-plan library")
	}
	checkEnglish(t, buildLibrary(t, library.Sources))
}

// checkEnglish fails t on every English page of s (and 404.html's English
// half) with a Han character outside lang="zh…".
func checkEnglish(t *testing.T, s *site.Site) {
	t.Helper()
	var names []string
	for name := range s.Files {
		if strings.HasPrefix(name, "en/") && strings.HasSuffix(name, ".html") {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	bad := 0
	for _, name := range names {
		found := hanOutsideZh(t, s.Files[name])
		if len(found) > 0 {
			bad++
			if bad <= 15 {
				t.Errorf("%s: %d Chinese texts outside lang=zh, e.g. %q", name, len(found), found[:min(3, len(found))])
			}
		}
	}
	if bad > 15 {
		t.Errorf("… and %d more English pages", bad-15)
	}
	t.Logf("%d English pages read", len(names))
}

// hanOutsideZh lists the texts of page, and the attributes a reader meets
// (title, alt, aria-label, placeholder), that hold a Han character outside
// an element marked lang="zh…". Scripts and styles are not read.
func hanOutsideZh(t *testing.T, page []byte) []string {
	t.Helper()
	// Without scripting, as a reader without JavaScript gets <noscript>.
	doc, err := html.ParseWithOptions(bytes.NewReader(page), html.ParseOptionEnableScripting(false))
	if err != nil {
		t.Fatal(err)
	}
	return chineseOutsideZh(doc)
}

// TestTargetsInEnglish: the English targets page shows the indicators'
// translation units (content/en/<slug>/targets.yaml) and marks none Chinese.
func TestTargetsInEnglish(t *testing.T) {
	s := buildFrozen(t)
	page := string(s.Files["en/zichuan-education-2022/targets/index.html"])
	if !strings.Contains(page, "Overall myopia rate") || strings.Contains(page, `<th scope="row" lang="zh-Hans">`) {
		t.Errorf("the English targets page does not show every indicator in English")
	}
}

// withFile is fsys with one file replaced.
type withFile struct {
	fs.FS
	name string
	data []byte
}

func (w withFile) Open(name string) (fs.File, error) {
	if name == w.name {
		return fstest.MapFS{name: {Data: w.data}}.Open(name)
	}
	return w.FS.Open(name)
}

// TestNotFoundUnderSubPath: 404.html, which a host serves at any URL,
// links under baseURL's path and carries its styles inline.
func TestNotFoundUnderSubPath(t *testing.T) {
	s, err := site.Build(withFile{testproject.FS(), "content/site.yaml", []byte("baseURL: https://example.gov.cn/plans/\n")})
	if err != nil {
		t.Fatal(err)
	}
	page := string(s.Files["404.html"])
	for _, want := range []string{`href="/plans/zh/"`, `href="/plans/en/"`, `action="/plans/zh/search/"`, "<style>"} {
		if !strings.Contains(page, want) {
			t.Errorf("404.html lacks %s", want)
		}
	}
	if strings.Contains(page, `href="/zh/"`) {
		t.Error("404.html links outside the sub-path")
	}
}

// TestAroundTheText: what surrounds the text on the pages readers land on
// — the status line on the plan and home pages, previous and next on a
// permalink page, the print button and printed header, the favicon, and
// titles that do not repeat the site's name.
func TestAroundTheText(t *testing.T) {
	s := buildFrozen(t)
	page := func(name string) string {
		t.Helper()
		p, ok := s.Files[name]
		if !ok {
			t.Fatalf("no %s", name)
		}
		return string(p)
	}
	for name, wants := range map[string][]string{
		"zh/zichuan-education-2022/index.html": {`class="status-line"`, "规划期 2021–2025", `data-print`, `@top-center`, `rel="icon"`,
			`<details class="fold meta-fold" open data-fold>`, `<details class="fold toc-fold" open data-fold>`, `class="float-nav"`},
		"en/zichuan-education-2022/index.html": {"Plan period 2021–2025", `href="#toc"`,
			`<details class="fold tools-fold" open data-fold>`},
		// Printed, every page of a plan carries its title and number.
		"en/zichuan-education-2022/targets/index.html": {
			`@top-center { content: "Zichuan District 14th Five-Year Plan for Education Development  Chuan Zheng Fa [2022] No. 10"`},
		"zh/zichuan-education-2022/part_2__sec_1__item_3/index.html": {`rel="prev" href="../part_2__sec_1__item_2/"`,
			`rel="next" href="../part_2__sec_1__item_4/"`, `class="cite-v cite-short"`, "《淄川区教育事业发展“十四五”规划》（川政发〔2022〕10号）第二部分（一）3",
			`@top-center { content: "淄川区教育事业发展“十四五”规划  川政发〔2022〕10号"`,
			"<title>二（一）3 完善示范性智育水平培养体系 · 淄川区教育事业发展“十四五”规划 · 规划公开</title>"},
		"zh/index.html": {`class="card-status"`, "<dt>规划期</dt><dd>2021–2025</dd>", `href="glossary/"`, `href="zichuan-education-2022/parallel/"`, `href="zichuan-education-2022/data/"`, "<title>规划公开</title>"},
		"en/index.html": {"<title>Plans in the open</title>"},
	} {
		p := page(name)
		for _, w := range wants {
			if !strings.Contains(p, w) {
				t.Errorf("%s lacks %s", name, w)
			}
		}
	}
	if _, ok := s.Files["assets/favicon.svg"]; !ok {
		t.Error("no assets/favicon.svg")
	}
}

// TestUntranslatedInEnglish: the English pages of a plan nobody has
// translated yet say so instead of calling a translation a reference,
// title themselves in English by rule, with the Chinese title beside it
// on the plan's page and card, and show no empty metadata list.
func TestUntranslatedInEnglish(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the 14-plan library")
	}
	s := buildLibrary(t, library.Sources)
	for name, wants := range map[string][]string{
		"en/zhejiang-urban-waterlogging-2021/index.html": {
			"<title>14th Five-Year Plan of Zhejiang Province for Urban Waterlogging Control · Plans in the open</title>", // it has no number
			"<h1>14th Five-Year Plan of Zhejiang Province for Urban Waterlogging Control</h1>",
			`not an official translation. Chinese title: <span lang="zh-Hans">浙江省城市内涝治理“十四五”规划</span>`,
			"This plan has not been translated into English yet"},
		"en/zhejiang-urban-waterlogging-2021/part_1/index.html": {
			"<title>Part I · 14th Five-Year Plan of Zhejiang Province for Urban Waterlogging Control · Plans in the open</title>"},
		"en/index.html": {
			`<a href="jiangxi-grain-workpoints-2020/">2020 Key Points of Work of the Jiangxi Provincial Food and Strategic Reserves Bureau for Food and Strategic Reserves Reform and Development</a></h2><p class="title-note"><span lang="zh-Hans">2020年全省粮食和物资储备改革发展工作要点</span> · English title by rule, not an official translation</p>`},
		// 省粮食和物资储备局 is Jiangxi's, as its number 赣粮办发 says.
		"en/plans/issuer/jiangxi-liang-shi-he-wu-zi-chu-bei-ju/index.html": {
			"<title>Issuing authority: Jiangxi Provincial Food and Strategic Reserves Bureau · Plans in the open</title>"},
		"en/aba-gov-data-2021/index.html": {
			`<dd>A Fu Ban Fa [2021] No. 21 (<span lang="zh-Hans">阿府办发〔2021〕21号</span>)</dd>`},
		"en/zichuan-education-2022/index.html": {"This English translation is for reference only"},
	} {
		page := string(s.Files[name])
		for _, w := range wants {
			if !strings.Contains(page, w) {
				t.Errorf("%s lacks %s", name, w)
			}
		}
	}
	if page := string(s.Files["en/zhejiang-urban-waterlogging-2021/index.html"]); strings.Contains(page, `<dl class="meta">`) {
		t.Error("the plan page of a plan without metadata shows an empty metadata list")
	}
}

// TestIssuerInEnglish: a plan not yet translated names its issuer in
// English when the issuer is its government's own (明溪县人民政府 → People's
// Government of Mingxi County, as the library's filters name it) or one of
// its departments the rule names (北京市市场监督管理局), or a body the
// departments' rule names (省粮食和物资储备局 of a plan whose government its
// number tells: 赣粮办发, Jiangxi's) or a unit of a body the registry names (a task force's
// office); any other issuer stays in Chinese, marked as such.
func TestIssuerInEnglish(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the 14-plan library")
	}
	s := buildLibrary(t, library.Sources)
	for _, tt := range []struct{ page, want string }{
		{"en/mingxi-realestate-2022/index.html", "<dd>Mingxi County People&#39;s Government</dd>"},
		{"zh/mingxi-realestate-2022/index.html", "<dd>明溪县人民政府</dd>"},
		{"en/beijing-samr-bizenv-2025/index.html", "<dd>Beijing Municipal Market Regulation Bureau</dd>"},
		{"en/index.html", ">Beijing Municipal Market Regulation Bureau</a>"},
		// The office of a task force the registry names, by its name.
		{"en/anhui-rcep-2022/index.html", "<dd>Office of the Executive Group for a New Highland of Reform and Opening-up of the Anhui Provincial Leading Group for Building the &#34;Three Places and One Zone&#34;</dd>"},
		{"en/jiangxi-grain-workpoints-2020/index.html", "<dd>Jiangxi Provincial Food and Strategic Reserves Bureau</dd>"},
	} {
		if page := string(s.Files[tt.page]); !strings.Contains(page, tt.want) {
			i := strings.Index(page, "<dl class=\"meta\">")
			t.Errorf("%s: want %s in the metadata, have\n%.600s", tt.page, tt.want, page[max(i, 0):])
		}
	}
}

// TestPrintHeadInEnglish: the title and number at the top of every
// printed page give an English page's number in English, as its metadata
// does (a government order's by its issuer's English name, a document
// number romanized), and a Chinese page's as issued.
func TestPrintHeadInEnglish(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the 14-plan library")
	}
	s := buildLibrary(t, library.Sources)
	for page, want := range map[string]string{
		"en/beijing-railway-safety-2023/index.html": `content: "Provisions of Beijing on Safety Administration along Railway Lines  Beijing Municipal People\27s Government Order No. 308";`,
		"en/anhua-realestate-2022/index.html":       `  An Zheng Ban Fa [2022] No. 20";`,
		"zh/beijing-railway-safety-2023/index.html": `content: "北京市铁路沿线安全管理规定  北京市人民政府令第308号";`,
	} {
		if !strings.Contains(string(s.Files[page]), want) {
			t.Errorf("%s: the print head lacks %s", page, want)
		}
	}
}

// TestPendingNoteLabels: the note on an untranslated passage names it by
// its citation label, as the citations below it do (Preamble, para. 1);
// a paragraph of the issuing notice, which has none, is named by no label
// rather than by a short one that reads as the plan's preamble (Preamble
// ¶1, beside the plan's own Preamble, para. 1).
func TestPendingNoteLabels(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the 14-plan library")
	}
	s := buildLibrary(t, library.Sources)
	page := string(s.Files["en/mingxi-realestate-2022/index.html"])
	for _, want := range []string{
		`<p id="notice__para_1" class="w-paragraph" lang="zh-Hans"><span class="unit-note unit-pending" lang="en" title="This passage has not been translated yet; the Chinese original is shown.">Translation pending</span>`,
		`>Preamble, para. 1 · Translation pending</span>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("en/mingxi-realestate-2022/: lacks %s", want)
		}
	}
	for name, data := range s.Files {
		if strings.HasPrefix(name, "en/") && bytes.Contains(data, []byte("¶")) && bytes.Contains(data, []byte("unit-pending")) {
			if i := bytes.Index(data, []byte("¶")); bytes.Contains(data[max(0, i-200):i], []byte("unit-pending")) {
				t.Errorf("%s: a pending note names a passage by its short label: %s", name, data[max(0, i-60):i+8])
			}
		}
	}
}
