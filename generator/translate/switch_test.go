package translate_test

import (
	"bytes"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"plansite/generator/cdp"
)

// TestLanguageSwitchKeepsAnchor follows the language switch in headless
// Chromium from a Chinese page scrolled to an item to the English page and
// back, and checks that each lands on the same page and the same anchor.
func TestLanguageSwitchKeepsAnchor(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	if cdp.Binary() == "" {
		t.Skip("no Chromium installed")
	}
	s := buildSite(t)
	dir := t.TempDir()
	if err := s.Write(dir); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()
	b := cdp.Start(t, 390, 900)

	tests := []struct{ name, start, anchor string }{
		{"plan page", "/zh/zichuan-education-2022/", "part_2__sec_1__item_3"},
		{"side by side", "/zh/zichuan-education-2022/parallel/", "proj_12"},
		{"permalink page", "/zh/zichuan-education-2022/part_2__sec_2/", "part_2__sec_2__item_6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := b.Navigate(srv.URL + tt.start + "#" + tt.anchor); err != nil {
				t.Fatal(err)
			}
			for _, lang := range []string{"en", "zh"} {
				want := "/" + lang + strings.TrimPrefix(tt.start, "/zh")
				// The click starts a navigation that may end the evaluation.
				if err := b.Eval(`document.querySelector("a[data-lang-switch]").click()`, nil); err != nil && !strings.Contains(err.Error(), "navigated") {
					t.Fatal(err)
				}
				waitFor(t, b, `document.readyState == "complete" && location.pathname == "`+want+`"`)
				var have struct {
					Hash, Target, Lang string
					Top, Height        float64
				}
				if err := b.Eval(`(function(){var e=document.getElementById(location.hash.slice(1));
					return {Hash: location.hash, Target: (document.querySelector(":target")||{}).id||"",
					Lang: document.documentElement.lang, Top: e ? e.getBoundingClientRect().top : -1, Height: innerHeight}})()`, &have); err != nil {
					t.Fatal(err)
				}
				if have.Hash != "#"+tt.anchor || have.Target != tt.anchor {
					t.Errorf("at %s: have hash %q, :target %q, want #%s", want, have.Hash, have.Target, tt.anchor)
				}
				if have.Top < -2 || have.Top > have.Height/2 {
					t.Errorf("at %s: #%s is at %.0fpx of a %.0fpx window: want it scrolled to the top", want, tt.anchor, have.Top, have.Height)
				}
				if wantLang := map[string]string{"en": "en", "zh": "zh-Hans"}[lang]; have.Lang != wantLang {
					t.Errorf("at %s: have lang %q, want %q", want, have.Lang, wantLang)
				}
			}
		})
	}
}

// waitFor polls a boolean expression until it holds; evaluation errors
// while the page navigates count as "not yet".
func waitFor(t *testing.T, b *cdp.Browser, expr string) {
	t.Helper()
	deadline := time.Now().Add(cdp.Timeout)
	for {
		var ok bool
		if err := b.Eval("(function(){try{return !!("+expr+")}catch(e){return false}})()", &ok); err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			var href string
			b.Eval("location.href", &href)
			t.Fatalf("timed out waiting for %s (at %s)", expr, href)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestSwitchWithoutScript checks the markup every page relies on when
// scripts do not run: the switch and the hreflang alternates of each
// Chinese or English page point at the same page in the other language,
// and that page exists.
func TestSwitchWithoutScript(t *testing.T) {
	s := buildSite(t)
	pages := 0
	for name, data := range s.Files {
		lang, rest, ok := strings.Cut(name, "/")
		if !ok || (lang != "zh" && lang != "en") || !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		other := map[string]string{"zh": "en", "en": "zh"}[lang]
		want := other + "/" + rest
		if _, ok := s.Files[want]; !ok {
			t.Errorf("%s: no page %s in the other language", name, want)
		}
		sw, alts := switchLinks(t, data)
		if have := resolve(name, sw); have != want {
			t.Errorf("%s: switch goes to %q, want %q", name, have, want)
		}
		wantAlt := map[string]string{"zh-Hans": "zh/" + rest, "en": "en/" + rest}
		for hl, w := range wantAlt {
			if have := resolve(name, alts[hl]); have != w {
				t.Errorf("%s: hreflang=%s goes to %q, want %q", name, hl, have, w)
			}
		}
	}
	if pages < 150 {
		t.Errorf("checked %d pages: want both languages of the whole site (≥ 150)", pages)
	}
}

// switchLinks returns the href of a page's language switch and of its
// <link rel="alternate"> elements by hreflang.
func switchLinks(t *testing.T, data []byte) (string, map[string]string) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sw, alts := "", map[string]string{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			a := map[string]string{}
			for _, at := range n.Attr {
				a[at.Key] = at.Val
			}
			if _, ok := a["data-lang-switch"]; ok && n.Data == "a" {
				sw = a["href"]
			}
			if n.Data == "link" && a["rel"] == "alternate" && a["hreflang"] != "" {
				alts[a["hreflang"]] = a["href"]
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return sw, alts
}

// resolve turns a relative link on page name into the file it serves.
func resolve(name, href string) string {
	u, err := url.Parse(href)
	if err != nil || href == "" {
		return ""
	}
	p := path.Join(path.Dir("/"+name), u.Path)
	if strings.HasSuffix(u.Path, "/") || u.Path == "" {
		p += "/index.html"
	}
	return strings.TrimPrefix(path.Clean(p), "/")
}

// TestSitemapAlternates: the sitemap names, for every page published in
// both languages, both versions, as each page's <head> does.
func TestSitemapAlternates(t *testing.T) {
	s := buildSite(t)
	var set struct {
		URLs []struct {
			Loc  string `xml:"loc"`
			Alts []struct {
				Hreflang string `xml:"hreflang,attr"`
				Href     string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(s.Files["sitemap.xml"], &set); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, u := range set.URLs {
		i := strings.Index(u.Loc, "/zh/")
		if i < 0 {
			i = strings.Index(u.Loc, "/en/")
		}
		if i < 0 {
			continue
		}
		rest := u.Loc[i+4:]
		want := map[string]string{"zh-Hans": u.Loc[:i] + "/zh/" + rest, "en": u.Loc[:i] + "/en/" + rest}
		have := map[string]string{}
		for _, a := range u.Alts {
			have[a.Hreflang] = a.Href
		}
		if len(have) != 2 || have["zh-Hans"] != want["zh-Hans"] || have["en"] != want["en"] {
			t.Errorf("%s: have alternates %v, want %v", u.Loc, have, want)
		}
		checked++
	}
	if checked < 150 {
		t.Errorf("checked %d pages: want both languages of the whole site (≥ 150)", checked)
	}
}
