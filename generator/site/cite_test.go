package site_test

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/library"
	"plansite/generator/internal/testproject"
	"plansite/generator/site"
)

const slug = "zichuan-education-2022"

// overlay is the repository with some files replaced.
type overlay struct {
	fs.FS
	files fstest.MapFS
}

func (o overlay) Open(name string) (fs.File, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Open(name)
	}
	return o.FS.Open(name)
}

var (
	citeOnce sync.Once
	citeSite *site.Site
	citeErr  error
)

// built is the site built from the repository with one retired eId,
// part_2__sec_1__item_99, aliased to 二（一）3.
func built(t *testing.T) *site.Site {
	t.Helper()
	citeOnce.Do(func() {
		root := overlay{testproject.FS(), fstest.MapFS{
			"content/aliases.yaml": {Data: []byte(slug + ":\n  part_2__sec_1__item_99: part_2__sec_1__item_3\n")},
		}}
		citeSite, citeErr = site.Build(root)
	})
	if citeErr != nil {
		t.Fatal(citeErr)
	}
	return citeSite
}

func page(t *testing.T, s *site.Site, name string) string {
	t.Helper()
	data, ok := s.Files[name]
	if !ok {
		t.Fatalf("no file %s", name)
	}
	return string(data)
}

// TestItemPagesCite: every item page carries its GB/T 7714 citation, in
// both languages, with the document number joined to [A/OL].
func TestItemPagesCite(t *testing.T) {
	s := built(t)
	items := 0
	for name := range s.Files {
		if !strings.Contains(name, "__item_") || !strings.HasSuffix(name, "/index.html") || strings.Contains(name, "item_99") {
			continue
		}
		html := page(t, s, name)
		items++
		for _, want := range []string{"淄川区人民政府. 淄川区教育事业发展“十四五”规划 第二部分（", "川政发〔2022〕10号[A/OL]. (2022-12-28)[", "Chuan Zheng Fa [2022] No. 10 [A/OL]. (2022-12-28)[", `class="cite-block"`} {
			if !strings.Contains(html, want) {
				t.Errorf("%s: no %q", name, want)
			}
		}
	}
	// 46 items in part 二, in two languages.
	if items != 92 {
		t.Errorf("item pages: have %d, want 92", items)
	}
	if en, want := page(t, s, "en/"+slug+"/index.html"), `<meta property="og:description" content="Zichuan District People&#39;s Government Chuan Zheng Fa [2022] No. 10">`; !strings.Contains(en, want) {
		t.Errorf("English plan page: no %s", want)
	}
	html := page(t, s, "zh/"+slug+"/part_2__sec_1__item_3/index.html")
	want := regexp.MustCompile(`淄川区人民政府\. 淄川区教育事业发展“十四五”规划 第二部分（一）3: 川政发〔2022〕10号\[A/OL\]\. \(2022-12-28\)\[<time class="cite-date" datetime="\d{4}-\d\d-\d\d">\d{4}-\d\d-\d\d</time>\]\. https://[^ ]+/zh/` + slug + `/part_2__sec_1__item_3/\.`)
	if !want.MatchString(html) {
		t.Errorf("二（一）3: no citation matching %s", want)
	}
}

// TestPermalinkCitesOnce: a permalink page shows its passage's citations
// once, open in the cite block, and no disclosure of the same rows; the
// passages under it keep theirs.
func TestPermalinkCitesOnce(t *testing.T) {
	s := built(t)
	for _, tc := range []struct {
		eid      string
		children int // citable passages under it, each with its disclosure
	}{
		{"part_2__sec_1__item_3", 0},
		{"part_2__sec_1", 8},
	} {
		t.Run(tc.eid, func(t *testing.T) {
			html := page(t, s, "zh/"+slug+"/"+tc.eid+"/index.html")
			if have := strings.Count(html, `<section class="cite-block"`); have != 1 {
				t.Errorf("cite blocks: have %d, want 1", have)
			}
			label := `<p class="cite-label">第二部分（一）`
			if tc.eid == "part_2__sec_1__item_3" {
				label += "3"
			}
			if have := strings.Count(html, label+"</p>"); have != 1 {
				t.Errorf("the passage's own citations: have %d, want 1 (in the cite block)", have)
			}
			if have := strings.Count(html, `<details class="cite">`); have != tc.children {
				t.Errorf("cite disclosures: have %d, want %d (the passages under it)", have, tc.children)
			}
		})
	}
}

// TestCiteControls: every part, section, item, paragraph and project of
// the plan page has a cite control.
func TestCiteControls(t *testing.T) {
	s := built(t)
	html := page(t, s, "zh/"+slug+"/index.html")
	controls := strings.Count(html, `<details class="cite">`)
	// 3 parts, 14 sections, 46 items, 20 projects, and the paragraphs of
	// the preamble, principles and goals.
	if controls < 3+14+46+20+10 {
		t.Errorf("cite controls: have %d, want one per passage", controls)
	}
	if !strings.Contains(html, `<details class="cite cite-plan">`) || !strings.Contains(html, "淄川区人民政府. 淄川区教育事业发展“十四五”规划: 川政发〔2022〕10号[A/OL]. (2022-12-28)[") {
		t.Errorf("the plan page does not cite the whole plan")
	}
	for _, label := range []string{"第一部分（二）第1段", "第二部分（八）6", "表2第20项", "第三部分"} {
		if !strings.Contains(html, `<p class="cite-label">`+label+`</p>`) {
			t.Errorf("no cite control for %s", label)
		}
	}
}

// ldJSON returns the page's JSON-LD block.
func ldJSON(t *testing.T, html string) map[string]any {
	t.Helper()
	m := regexp.MustCompile(`<script type="application/ld\+json">(.*?)</script>`).FindStringSubmatch(html)
	if m == nil {
		t.Fatal("no JSON-LD block")
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(m[1]), &v); err != nil {
		t.Fatalf("JSON-LD: %v", err)
	}
	return v
}

func TestLinkedData(t *testing.T) {
	s := built(t)
	tests := []struct {
		name string
		file string
		want map[string]string // top-level string fields
		has  []string          // other fields that must be present
	}{
		{"plan zh", "zh/" + slug + "/index.html", map[string]string{
			"@type": "Legislation", "legislationIdentifier": "川政发〔2022〕10号", "legislationDate": "2022-12-28",
			"legislationJurisdiction": "山东省淄博市淄川区", "inLanguage": "zh-Hans", "name": "淄川区教育事业发展“十四五”规划",
		}, []string{"legislationPassedBy", "legislationType", "workExample", "url", "encoding"}},
		{"plan en", "en/" + slug + "/index.html", map[string]string{
			"@type": "Legislation", "legislationIdentifier": "川政发〔2022〕10号", "inLanguage": "en",
			// The description is read: its number romanized, as the page's.
			"description": "Zichuan District People's Government Chuan Zheng Fa [2022] No. 10",
		}, []string{"translationOfWork", "legislationJurisdiction"}},
		{"item", "zh/" + slug + "/part_2__sec_1__item_3/index.html", map[string]string{
			"@type": "Legislation", "name": "第二部分（一）3 完善示范性智育水平培养体系",
		}, []string{"isPartOf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := ldJSON(t, page(t, s, tt.file))
			for k, want := range tt.want {
				if have, _ := v[k].(string); have != want {
					t.Errorf("%s: have %q, want %q", k, have, want)
				}
			}
			for _, k := range tt.has {
				if v[k] == nil {
					t.Errorf("no %s", k)
				}
			}
		})
	}
	if en, want := page(t, s, "en/"+slug+"/index.html"), `<meta property="og:description" content="Zichuan District People&#39;s Government Chuan Zheng Fa [2022] No. 10">`; !strings.Contains(en, want) {
		t.Errorf("English plan page: no %s", want)
	}
	html := page(t, s, "zh/"+slug+"/part_2__sec_1__item_3/index.html")
	for _, want := range []string{`<meta property="og:title" content="淄川区教育事业发展“十四五”规划 · 第二部分（一）3 完善示范性智育水平培养体系">`, `<meta property="og:url" content="https://`, `<meta property="og:locale" content="zh_CN">`, `<meta property="og:description" content="严格落实`} {
		if !strings.Contains(html, want) {
			t.Errorf("item page: no %s", want)
		}
	}
}

// TestAliases: a retired eId answers at its old path and its old fragment.
func TestAliases(t *testing.T) {
	s := built(t)
	for _, lang := range []string{"zh", "en"} {
		html := page(t, s, lang+"/"+slug+"/part_2__sec_1__item_99/index.html")
		for _, want := range []string{`<meta http-equiv="refresh" content="0; url=../part_2__sec_1__item_3/">`, `<link rel="canonical" href="https://`, `/` + lang + `/` + slug + `/part_2__sec_1__item_3/">`, `<a href="../part_2__sec_1__item_3/">`} {
			if !strings.Contains(html, want) {
				t.Errorf("%s redirect page: no %s", lang, want)
			}
		}
		plan := page(t, s, lang+"/"+slug+"/index.html")
		if !strings.Contains(plan, `"moved":{"part_2__sec_1__item_99":"part_2__sec_1__item_3"}`) {
			t.Errorf("%s plan page: the go-to map does not move #part_2__sec_1__item_99", lang)
		}
	}
	if strings.Contains(page(t, s, "sitemap.xml"), "item_99") {
		t.Errorf("the sitemap lists a redirect")
	}

	bad := overlay{testproject.FS(), fstest.MapFS{
		"content/aliases.yaml": {Data: []byte("# retired\n" + slug + ":\n  part_2__sec_1__item_99: part_2__sec_1__item_77\n")},
	}}
	_, err := site.Build(bad)
	if err == nil || !strings.Contains(err.Error(), "content/aliases.yaml:3: part_2__sec_1__item_99 points at part_2__sec_1__item_77") {
		t.Errorf("alias to a missing eId: have %v, want content/aliases.yaml:3: …", err)
	}
}

// TestOpenData: the published AKN files name every eId of the published
// JSON exports, and the pages list every file.
func TestOpenData(t *testing.T) {
	s := built(t)
	for _, lang := range []string{"zh", "en"} {
		name := "data/" + slug + ".json"
		if lang != "zh" {
			name = "data/" + slug + "." + lang + ".json"
		}
		var x struct {
			Nodes    []json.RawMessage `json:"nodes"`
			Projects []struct {
				EID string `json:"eId"`
			} `json:"projects"`
		}
		if err := json.Unmarshal(s.Files[name], &x); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ids := regexp.MustCompile(`"eId":\s*"([^"]+)"`).FindAllStringSubmatch(string(s.Files[name]), -1)
		akn := page(t, s, "data/"+slug+"."+lang+".akn.xml")
		for _, m := range ids {
			if !strings.Contains(akn, `eId="`+m[1]+`"`) {
				t.Errorf("%s lacks eId %s", "data/"+slug+"."+lang+".akn.xml", m[1])
			}
		}
		if len(ids) < 100 {
			t.Errorf("%s: %d eIds", name, len(ids))
		}
		data := page(t, s, lang+"/"+slug+"/data/index.html")
		for _, f := range []string{slug + ".json", slug + ".en.json", slug + ".csv", slug + ".en.csv", slug + ".zh.akn.xml", slug + ".en.akn.xml", "plan.schema.json"} {
			if !strings.Contains(data, f) {
				t.Errorf("%s data page does not list %s", lang, f)
			}
			if _, ok := s.Files["data/"+f]; !ok {
				t.Errorf("no file data/%s", f)
			}
		}
		if n := strings.Count(data, `<pre class="chroma"`); n != 3 {
			t.Errorf("%s data page: %d highlighted samples, want 3", lang, n)
		}
		if strings.Contains(data, `<pre class="chroma" style=`) || strings.Contains(data, `<span style=`) {
			t.Errorf("%s data page: inline styles in the samples", lang)
		}
	}
}

// TestEveryPassageCitedBothWays: on every permalink page of the 14-plan
// library, in both languages, the passage is cited in both forms — the
// short form officials paste into a document and the GB/T 7714 reference
// — in Chinese and in English, and the page links the passages before
// and after it. On every plan page each cite control carries the same
// four.
func TestEveryPassageCitedBothWays(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the 14-plan library")
	}
	s := buildLibrary(t, library.Sources)
	short := regexp.MustCompile(`class="cite-v cite-short" lang="(zh-Hans|en)"`)
	full := regexp.MustCompile(`class="cite-v cite-text" lang="(zh-Hans|en)"`)
	four := func(html string) bool {
		shorts, fulls := short.FindAllStringSubmatch(html, -1), full.FindAllStringSubmatch(html, -1)
		return len(shorts) == 2 && len(fulls) == 2 && shorts[0][1] != shorts[1][1] && fulls[0][1] != fulls[1][1]
	}
	pages, plans := 0, 0
	for name, data := range s.Files {
		html := string(data)
		switch {
		case strings.Contains(html, `<article class="permalink"`):
			pages++
			block := html[strings.Index(html, `<section class="cite-block"`)+1:]
			if !strings.Contains(html, `<section class="cite-block"`) || !four(block[:strings.Index(block, "</section>")]) {
				t.Errorf("%s: the passage is not cited in both forms in both languages", name)
			}
			if !strings.Contains(html, `rel="prev"`) && !strings.Contains(html, `rel="next"`) {
				t.Errorf("%s: no link to the passage before or after", name)
			}
		case strings.HasSuffix(name, "/index.html") && strings.Contains(html, `<details class="cite cite-plan">`):
			plans++
			controls := strings.Split(html, `<details class="cite">`)[1:]
			for _, c := range controls {
				if !four(c[:strings.Index(c, "</details>")]) {
					t.Errorf("%s: a cite control without both forms in both languages: %.200s", name, c)
					break
				}
			}
		}
	}
	if pages < 2000 || plans != 28 {
		t.Errorf("read %d permalink pages and %d plan pages; want every one (over 2,000 and 28)", pages, plans)
	}
	t.Logf("%d permalink pages, %d plan pages", pages, plans)
}
