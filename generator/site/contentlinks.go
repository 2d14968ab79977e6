package site

import (
	"net/url"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"

	"plansite/generator/markdown"
	"plansite/generator/plan"
	"plansite/generator/translate"
)

// contentLinks warns, at its unit, of each link in the editors'
// translations to a page of this site that the site lacks (/zh/nowhere/),
// or to a passage a plan's page lacks (/zh/<slug>/#part_9): the page
// would carry a dead link without a word, and only the tests' crawl of
// the whole site would find it. A link is to this site when it is
// site-absolute (/…) or starts with the site's baseURL; links elsewhere,
// and files other than pages (data, originals), are not checked.
func (b *builder) contentLinks() error {
	t, ok := b.tr.(*translation)
	if !ok {
		return nil
	}
	for _, set := range t.sets {
		for _, d := range set.Docs {
			for _, u := range d.Units {
				if !strings.Contains(u.BodyMD, "](") && !strings.Contains(u.HeadingMD, "](") {
					continue // most units link nowhere: no Markdown to parse
				}
				for _, dest := range linkDestinations(u) {
					msg, err := b.deadLink(dest)
					if err != nil {
						return err
					}
					if msg != "" {
						b.warnings = append(b.warnings, plan.Warning{File: u.File, Line: u.Line,
							Msg: "link " + dest + " in unit " + u.EID + " " + msg})
					}
				}
			}
		}
	}
	return nil
}

// linkDestinations are the destinations of the links of u's heading and
// body, in order.
func linkDestinations(u *translate.Unit) []string {
	var out []string
	for _, md := range []string{u.HeadingMD, u.BodyMD} {
		src := []byte(md)
		ast.Walk(markdown.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.Link); ok && entering {
				out = append(out, string(l.Destination))
			}
			return ast.WalkContinue, nil
		})
	}
	return out
}

// deadLink says how dest, a link's destination, fails to reach this
// site's page or passage ("goes to no page of the site"), or "" when it
// reaches one or is not checked.
func (b *builder) deadLink(dest string) (string, error) {
	u, err := url.Parse(dest)
	if err != nil {
		return "is not a URL", nil
	}
	p := u.Path
	if base, err := url.Parse(b.cfg.BaseURL); err == nil && b.cfg.BaseURL != "" && u.Host == base.Host && u.Scheme != "" {
		rest, ok := strings.CutPrefix(p, strings.TrimSuffix(base.Path, "/"))
		if !ok {
			return "", nil
		}
		p = rest
	} else if u.Scheme != "" || u.Host != "" || !strings.HasPrefix(p, "/") {
		return "", nil // elsewhere, or relative to a page the unit shows on several of
	}
	if ext := path.Ext(p); ext != "" && ext != ".html" {
		return "", nil
	}
	pg, err := b.lookup(pagePath(p))
	if err != nil {
		return "", err
	}
	if pg == nil {
		return "goes to no page of the site", nil
	}
	// Only an eId's form is a passage's (part_2__sec_1): a plan page
	// has other anchors, its table of contents' and its script's.
	if !strings.Contains(u.Fragment, "_") || pg.Kind != "plan" || pg.Doc == nil {
		return "", nil
	}
	d := pg.Doc.Document
	if d.Node(u.Fragment) != nil || b.citing.aliases[d.Slug][u.Fragment].New != "" {
		return "", nil
	}
	return "goes to #" + u.Fragment + ", a passage " + d.File + " does not have", nil
}
