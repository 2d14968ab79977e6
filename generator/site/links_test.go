package site_test

import (
	"bytes"
	"net/url"
	"os"
	"path"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"plansite/generator/site"
)

// buildRepo builds the site from the repository itself, as
// `go run ./generator build` does.
func buildRepo(t testing.TB) *site.Site {
	t.Helper()
	s, err := site.Build(os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// buildFrozen is the site of the frozen project (testproject), for tests
// that name its pages or count what they show, built once per test binary
// (site.FrozenSite).
func buildFrozen(t testing.TB) *site.Site {
	t.Helper()
	return site.FrozenSite(t)
}

// TestLinksResolve follows every internal link and fragment of every page of
// the built site: each must name a file the site has and, with a fragment, an
// id on the target page.
func TestLinksResolve(t *testing.T) {
	s := buildRepo(t)
	ids := map[string]map[string]bool{} // file → ids
	links := map[string][]string{}      // file → hrefs
	for name, data := range s.Files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		ids[name], links[name] = scan(t, name, data)
	}
	checked := 0
	for from, hrefs := range links {
		for _, href := range hrefs {
			u, err := url.Parse(href)
			if err != nil {
				t.Errorf("%s: bad link %q: %v", from, href, err)
				continue
			}
			if u.Scheme != "" || u.Host != "" || strings.HasPrefix(href, "//") {
				continue
			}
			target := from
			if u.Path != "" {
				base := "/" + from
				if from == "404.html" || strings.HasPrefix(u.Path, "/") {
					base = "/"
				}
				p := path.Join(path.Dir(base), u.Path)
				if strings.HasPrefix(u.Path, "/") {
					p = u.Path
				}
				if strings.HasSuffix(u.Path, "/") && !strings.HasSuffix(p, "/") {
					p += "/"
				}
				target = strings.TrimPrefix(p, "/")
				if target == "" || strings.HasSuffix(target, "/") {
					target += "index.html"
				}
			}
			if _, ok := s.Files[target]; !ok {
				t.Errorf("%s: link %q: no file %s", from, href, target)
				continue
			}
			if u.Fragment != "" && strings.HasSuffix(target, ".html") && !ids[target][u.Fragment] {
				t.Errorf("%s: link %q: no id %q in %s", from, href, u.Fragment, target)
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Errorf("checked %d links: want a whole site's worth (≥ 1000)", checked)
	}
}

// scan collects the ids and the href/src values of a page, and fails on a
// duplicate id or an empty heading (a screen reader's outline lists it as
// nothing; an uncaptioned table's heading once was one).
func scan(t *testing.T, name string, data []byte) (map[string]bool, []string) {
	ids := map[string]bool{}
	var refs []string
	var heading []byte // the open heading's tag, nil outside one
	var text strings.Builder
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return ids, refs
		}
		switch {
		case tt == html.TextToken && heading != nil:
			text.Write(z.Text())
		case tt == html.EndTagToken && heading != nil:
			if tag, _ := z.TagName(); bytes.Equal(tag, heading) {
				if strings.TrimSpace(text.String()) == "" {
					t.Errorf("%s: an empty <%s>", name, heading)
				}
				heading = nil
			}
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tag, _ := z.TagName()
		if len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' {
			heading = append([]byte(nil), tag...)
			text.Reset()
		}
		for {
			k, v, more := z.TagAttr()
			switch string(k) {
			case "id":
				if ids[string(v)] {
					t.Errorf("%s: duplicate id %q", name, v)
				}
				ids[string(v)] = true
			case "href", "src":
				if string(tag) != "base" {
					refs = append(refs, string(v))
				}
			}
			if !more {
				break
			}
		}
	}
}
