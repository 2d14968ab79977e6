package site_test

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"plansite/generator/internal/library"
	"plansite/generator/site"
)

// buildLibrary is the frozen library of n plans, built once per test
// binary (site.LibrarySite): its seeds are the frozen project's and the
// corpus's, its content the frozen project's.
func buildLibrary(t testing.TB, n int) *site.Site {
	t.Helper()
	return site.LibrarySite(t, n)
}

// card is a plan card as a library page prints it.
type card struct {
	Slug  string            // the plan's, from its title link
	Facet map[string]string // data-issuer, data-year … → value
	Text  string
}

// cards reads the plan cards of a library page, in order.
func cards(t *testing.T, s *site.Site, name string) []card {
	t.Helper()
	data, ok := s.Files[name]
	if !ok {
		t.Fatalf("no page %s", name)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var out []card
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "li" && attr(n, "class") == "plan-card" {
			c := card{Facet: map[string]string{}}
			for _, a := range n.Attr {
				if f, ok := strings.CutPrefix(a.Key, "data-"); ok && !strings.HasSuffix(f, "-rank") {
					c.Facet[f] = a.Val
				}
			}
			h2 := find(n, "h2")
			if h2 == nil || find(h2, "a") == nil {
				t.Fatalf("%s: a card without a title link", name)
			}
			href := attr(find(h2, "a"), "href")
			c.Slug = path.Base(strings.TrimSuffix(path.Join(path.Dir("/"+name), href), "/"))
			c.Text = text(n)
			out = append(out, c)
			return
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
	return out
}

func find(n *html.Node, tag string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == tag {
			return c
		}
		if f := find(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func slugsOf(cs []card) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Slug)
	}
	return out
}

// TestLibraryFrozen checks the home page of the frozen project's one plan:
// a card with what its text, registry and works.yaml say, and the filter
// pages of each value.
func TestLibraryFrozen(t *testing.T) {
	s := buildFrozen(t)
	for _, lang := range []string{"zh", "en"} {
		cs := cards(t, s, lang+"/index.html")
		if len(cs) != 1 || cs[0].Slug != "zichuan-education-2022" {
			t.Fatalf("%s home: have cards %v, want the Zichuan plan", lang, slugsOf(cs))
		}
		want := map[string]string{"issuer": "zichuan-government", "year": "2022", "topic": "education", "type": "plan"}
		for f, v := range want {
			if cs[0].Facet[f] != v {
				t.Errorf("%s card: have %s %q, want %q", lang, f, cs[0].Facet[f], v)
			}
			page := fmt.Sprintf("%s/plans/%s/%s/index.html", lang, f, v)
			if got := slugsOf(cards(t, s, page)); !slices.Equal(got, []string{"zichuan-education-2022"}) {
				t.Errorf("%s: have %v", page, got)
			}
			if _, ok := s.Files[strings.TrimSuffix(page, "index.html")+"by-title/index.html"]; !ok {
				t.Errorf("%s has no by-title page", page)
			}
		}
	}
	en := cs(t, s, "en/plans/issuer/zichuan-government/index.html")
	for _, w := range []string{"Zichuan District People&#39;s Government", "Chuan Zheng Fa", "Development plans", "2021–2025", "Education"} {
		if !strings.Contains(en, w) {
			t.Errorf("English issuer page lacks %q", w)
		}
	}
	zh := cs(t, s, "zh/index.html")
	for _, w := range []string{"川政发〔2022〕10号", "淄川区人民政府", "2022年12月28日", "2021–2025", "规划"} {
		if !strings.Contains(zh, w) {
			t.Errorf("Chinese home lacks %q", w)
		}
	}
}

func cs(t *testing.T, s *site.Site, name string) string {
	t.Helper()
	data, ok := s.Files[name]
	if !ok {
		t.Fatalf("no page %s", name)
	}
	return string(data)
}

// emptyBox is a metadata box with nothing in it.
var emptyBox = regexp.MustCompile(`<(dd|dt|span|p|li)[^>]*>\s*</(dd|dt|span|p|li)>`)

// TestLibraryPages builds the 14-plan library (the 13 corpus plans and
// the frozen Zichuan plan) and checks its home and filter pages: every
// plan on the home page, newest first and undated last; each filter page
// lists exactly the plans the home page gives its value, in both orders;
// the values the texts give; no empty boxes.
func TestLibraryPages(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 14-plan library")
	}
	s := buildLibrary(t, library.Sources)
	for _, lang := range []string{"zh", "en"} {
		home := cards(t, s, lang+"/index.html")
		if len(home) != library.Sources {
			t.Fatalf("%s home: have %d cards, want %d", lang, len(home), library.Sources)
		}
		if home[0].Slug != "beijing-samr-bizenv-2025" {
			t.Errorf("%s home: newest first is %s, want beijing-samr-bizenv-2025", lang, home[0].Slug)
		}
		byTitle := cards(t, s, lang+"/plans/by-title/index.html")
		if a, b := slices.Sorted(slices.Values(slugsOf(home))), slices.Sorted(slices.Values(slugsOf(byTitle))); !slices.Equal(a, b) || slices.Equal(slugsOf(home), slugsOf(byTitle)) {
			t.Errorf("%s: the by-title page has %v, want the home page's plans in another order", lang, slugsOf(byTitle))
		}
		// Every filter page against the home page's cards.
		pages := 0
		for name := range s.Files {
			rest, ok := strings.CutPrefix(name, lang+"/plans/")
			parts := strings.Split(rest, "/")
			if !ok || len(parts) != 3 || parts[2] != "index.html" {
				continue
			}
			facet, value := parts[0], parts[1]
			var want []string
			for _, c := range home {
				if c.Facet[facet] == value {
					want = append(want, c.Slug)
				}
			}
			if have := slugsOf(cards(t, s, name)); !slices.Equal(have, want) || len(want) == 0 {
				t.Errorf("%s: have %v, want %v", name, have, want)
			}
			titled := slugsOf(cards(t, s, strings.TrimSuffix(name, "index.html")+"by-title/index.html"))
			if !slices.Equal(slices.Sorted(slices.Values(titled)), slices.Sorted(slices.Values(want))) {
				t.Errorf("%s by title: have %v, want %v", name, titled, want)
			}
			pages++
		}
		if pages < 25 {
			t.Errorf("%s: %d filter pages, want one per issuer, year, topic, type and status (≥ 25)", lang, pages)
		}
		for name, data := range s.Files {
			if (name == lang+"/index.html" || strings.HasPrefix(name, lang+"/plans/")) && emptyBox.Match(data) {
				t.Errorf("%s: empty box %s", name, emptyBox.Find(data))
			}
		}
	}
	// What the texts and the portal's metadata say.
	for _, tt := range []struct {
		page string
		want []string
	}{
		{"zh/plans/issuer/zichuan-government/index.html", []string{"zichuan-education-2022"}},
		{"zh/plans/year/2022/index.html", []string{"zichuan-education-2022", "mingxi-realestate-2022", "anhua-realestate-2022", "anhui-rcep-2022"}},
		{"zh/plans/topic/education/index.html", []string{"zichuan-education-2022", "xicheng-enrollment-2020"}},
		{"zh/plans/type/policies/index.html", []string{"mingxi-realestate-2022", "anhua-realestate-2022"}},
		{"zh/plans/type/plan/index.html", []string{"zichuan-education-2022", "shandong-education-2021", "shandong-science-2021", "zhejiang-urban-waterlogging-2021"}},
		{"zh/plans/status/in-force/index.html", []string{"beijing-samr-bizenv-2025"}},
		{"en/plans/type/provisions/index.html", []string{"beijing-railway-safety-2023"}},
	} {
		have := slugsOf(cards(t, s, tt.page))
		if !slices.Equal(slices.Sorted(slices.Values(have)), slices.Sorted(slices.Values(tt.want))) {
			t.Errorf("%s: have %v, want %v", tt.page, have, tt.want)
		}
	}
	// English pages: an untranslated title is in English by rule, the
	// Chinese beside it; an issuer without English is marked as
	// Chinese; a document number is romanized, an order's number too
	// (cite.RomanizeNumber), or marked when it cannot be; a government's own office or department the registry lacks is
	// named from the government's English name (issuer.go), the office
	// of a task force the registry names from the task force's.
	en := cs(t, s, "en/index.html")
	for _, w := range []string{`<h2><a href="anhua-realestate-2022/">Measures of the Office of the Anhua County People&#39;s Government for Promoting the Steady and Healthy Development of the Real Estate Market</a></h2><p class="title-note"><span lang="zh-Hans">关于促进安化县房地产市场平稳健康发展的若干政策措施</span>`, `data-value="anhui-tjsdyqjsldxzggkf">Office of the Executive Group for a New Highland of Reform and Opening-up of the Anhui Provincial Leading Group for Building the &#34;Three Places and One Zone&#34;</a>`,
		`data-value="beijing-shi-chang-jian-du-guan-li-ju">Beijing Municipal Market Regulation Bureau</a>`, `<dd>An Zheng Ban Fa [2022] No. 20</dd>`,
		`<dd>Beijing Municipal People&#39;s Government Order No. 308</dd>`,
		`<a href="plans/issuer/anhua-government-office/" data-facet="issuer" data-value="anhua-government-office">Office of the Anhua County People&#39;s Government</a>`} {
		if !strings.Contains(en, w) {
			t.Errorf("en/index.html lacks %s", w)
		}
	}
	// The English results page says how many plans only Chinese words
	// find (all but Zichuan's), and leads to the same search in Chinese;
	// the Chinese page has nothing to say.
	untranslated := fmt.Sprintf(`<p class="search-untranslated">%d of the %d plans are not yet translated into English`, library.Sources-1, library.Sources)
	if en := cs(t, s, "en/search/index.html"); !strings.Contains(en, untranslated) || !strings.Contains(en, `<a href="../../zh/search/" hreflang="zh-Hans" data-lang-switch>`) {
		t.Errorf("en/search/index.html lacks %s…, with a link to the Chinese search", untranslated)
	}
	if zh := cs(t, s, "zh/search/index.html"); strings.Contains(zh, "search-untranslated") {
		t.Error("zh/search/index.html says plans are untranslated")
	}
}
