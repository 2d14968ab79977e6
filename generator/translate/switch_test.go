package translate_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestLanguageSwitchKeepsAnchor follows the language switch in headless
// Chromium from a Chinese page scrolled to an item to the English page and
// back, and checks that each lands on the same page and the same anchor.
func TestLanguageSwitchKeepsAnchor(t *testing.T) {
	chromium(t)
	s := buildSite(t)
	dir := t.TempDir()
	if err := s.Write(dir); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()
	b := startBrowser(t)

	tests := []struct{ name, start, anchor string }{
		{"plan page", "/zh/zichuan-education-2022/", "part_2__sec_1__item_3"},
		{"side by side", "/zh/zichuan-education-2022/parallel/", "proj_12"},
		{"permalink page", "/zh/zichuan-education-2022/part_2__sec_2/", "part_2__sec_2__item_6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b.call(t, "Page.enable", nil, nil)
			b.call(t, "Page.navigate", map[string]any{"url": srv.URL + tt.start + "#" + tt.anchor}, nil)
			b.waitFor(t, `document.readyState == "complete" && location.pathname == "`+tt.start+`"`)
			for _, lang := range []string{"en", "zh"} {
				want := "/" + lang + strings.TrimPrefix(tt.start, "/zh")
				// The click starts a navigation that may end the evaluation.
				if err := b.try("Runtime.evaluate", map[string]any{"expression": `document.querySelector("a[data-lang-switch]").click()`}, nil); err != nil && !strings.Contains(err.Error(), "navigated") {
					t.Fatal(err)
				}
				b.waitFor(t, `document.readyState == "complete" && location.pathname == "`+want+`"`)
				var have struct {
					Hash, Target, Lang string
					Top, Height        float64
				}
				b.eval(t, `(function(){var e=document.getElementById(location.hash.slice(1));
					return {Hash: location.hash, Target: (document.querySelector(":target")||{}).id||"",
					Lang: document.documentElement.lang, Top: e ? e.getBoundingClientRect().top : -1, Height: innerHeight}})()`, &have)
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
