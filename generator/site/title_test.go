package site_test

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"plansite/generator/internal/library"
)

// TestTitleOnce reads the plan page of every plan of the 14-plan library,
// in both languages: the plan's title (the h1) is not repeated as the
// first heading under it (the preamble of a plan printed without a notice,
// such as 西城's 实施意见), and no notice title is printed twice (the
// export's heading over the printed title in the Anhui RCEP notice).
func TestTitleOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the 14-plan library")
	}
	s := buildLibrary(t, library.Sources)
	pages := 0
	for name, data := range s.Files {
		parts := strings.Split(name, "/")
		if len(parts) != 3 || parts[2] != "index.html" || (parts[0] != "zh" && parts[0] != "en") {
			continue
		}
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		var h1, first string // the h1, and the first heading under it with no notice between
		var headings, titles []string
		notice := false
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				switch {
				case n.Data == "h1":
					h1 = strings.TrimSpace(text(n))
				case len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '2' && n.Data[1] <= '6':
					if len(headings) == 0 && !notice {
						first = strings.TrimSpace(text(n))
					}
					headings = append(headings, strings.TrimSpace(text(n)))
				case hasClass(n, "notice"):
					notice = true
				case hasClass(n, "w-title"):
					titles = append(titles, strings.TrimSpace(text(n)))
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if findClass(doc, "plan-head") == nil {
			continue // not a plan page
		}
		pages++
		if h1 != "" && first == h1 {
			t.Errorf("%s: the title %q is repeated as the first heading under the h1", name, h1)
		}
		for i := 1; i < len(titles); i++ {
			if sameForm.Replace(titles[i]) == sameForm.Replace(titles[i-1]) {
				t.Errorf("%s: the notice title %q is printed twice", name, titles[i])
			}
		}
	}
	if pages != 2*library.Sources {
		t.Errorf("%d plan pages, want %d", pages, 2*library.Sources)
	}
}

// sameForm writes brackets and dashes one way, as two printings of a
// title may differ in them.
var sameForm = strings.NewReplacer("(", "（", ")", "）", "—", "-")

// findClass returns the first element of n's tree with the class, or nil.
func findClass(n *html.Node, class string) *html.Node {
	if n.Type == html.ElementNode && hasClass(n, class) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findClass(c, class); f != nil {
			return f
		}
	}
	return nil
}
