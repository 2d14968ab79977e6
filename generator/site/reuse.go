package site

import (
	"strconv"
	"strings"

	"plansite/generator/link"
)

// Reusing pages: after an edit to a seed, a translation or a template,
// most pages of the preview's next build come out byte for byte as in the
// last one, and rendering them again is most of a build's time. So each
// page of a preview build gets a key, the digest of everything it shows,
// and a page whose key is that of the page at the same file in the last
// build takes that page's output instead of being rendered.
//
// A key is made of the page's description (kind, path, language, title,
// description), the text of the templates it reaches (templates.sigOf),
// what it names in Page.extra and, of the plans:
//
//   - for a page that names what it shows (Page.shows): the meta digests
//     (digest.go) of the plans it links through, their outlines if it
//     lists every node (Page.outline), the own digests of the nodes whose
//     text it shows and the refs of those it names (Page.titles);
//   - for any other page: the digest of every view of every plan.
//
// The plans' digests carry the translations, links.yaml and the registry
// as pages show them; the glossary reaches only the glossary pages, whose
// key names it in Page.extra, and the aliases the go-to and whole-site
// keys. Everything else a page shows comes from inputs the key leaves out
// — works.yaml, the site configuration, the access date — so the preview reuses pages only when none of those
// changed (Preview.next, keyed), and otherwise renders every page again.
//
// A producer that sets Page.shows must list every node whose text the page
// shows, and in Page.titles every other node it names (by label, heading
// or short title, or in a breadcrumb). TestReuse checks, edit after edit,
// that reused pages are the pages a whole build makes.

// metaOnly is Page.shows of a page that shows no node's text.
var metaOnly = []*Node{}

// registrySignature writes what pages show of every department of every
// plan: names, kind, page and load.
func (b *builder) registrySignature(lang string) string {
	var sb strings.Builder
	for _, d := range b.linking.index {
		sb.WriteString(strings.Join([]string{"", d.Slug, d.Name, d.Full, d.Kind, d.NameIn(lang), d.URL(lang), strconv.FormatBool(d.Known)}, "\x00"))
		c := d.Counts
		for _, n := range []int{c.Lead, c.Support, c.ProjectsLead, c.ProjectsSupport, c.Lists()} {
			sb.WriteString("\x01" + strconv.Itoa(n))
		}
	}
	return sb.String()
}

// respSignature writes every responsibility list of the documents, which
// the departments index and the matrix show counted and drawn.
func respSignature(docs ...*Doc) string {
	var sb strings.Builder
	for _, d := range docs {
		sb.WriteString("\x00" + d.Slug)
		var walk func([]*Node)
		walk = func(ns []*Node) {
			for _, n := range ns {
				if r := n.Resp; r != nil {
					sb.WriteString("\x01" + n.EID + "\x02" + r.Raw + "\x02" + strings.Join(r.Lead, "\x03") + "\x02" + strings.Join(r.Support, "\x03"))
				}
				walk(n.Children)
			}
		}
		walk(d.Nodes)
	}
	return sb.String()
}

// lastPages are the pages of the last build, by file, for reuse.
type lastPages map[string]*pageJob

// pageKey returns the key of p (see above).
func (p *Page) pageKey() digest {
	h := newHasher()
	h.str(p.Kind)
	h.str(p.Path)
	h.str(p.Lang)
	h.str(p.Title)
	h.str(p.Desc)
	h.bool(p.Absolute)
	h.str(p.extra)
	ts := p.b.tmpl
	h.digest(ts.sigOf(p.Kind, "base.html"))
	h.digest(ts.sigOf(p.Kind, "node"))
	h.digest(ts.sigOf(p.Kind, "parrow"))
	if p.shows == nil {
		h.digest(p.b.siteDigest())
		return h.sum()
	}
	h.int(-1)
	for _, d := range pageViews(p) {
		h.digest(d.metas())
		if p.outline {
			h.digest(d.outlines())
		}
	}
	for _, n := range p.shows {
		h.str(n.EID)
		h.digest(n.Doc.digests().own[n.EID])
	}
	for _, n := range p.titles {
		h.str(n.EID)
		h.digest(n.Doc.digests().ref[n.EID])
	}
	return h.sum()
}

// siteDigest is the digest of every view of every plan, and of the
// aliases, which the plan pages' go-to maps and the redirects show.
func (b *builder) siteDigest() digest {
	return b.allSums.get(func() digest {
		h := newHasher()
		h.digest(b.citing.moved)
		for _, lang := range Langs {
			for _, d := range b.views[lang] {
				h.digest(d.digests().all)
			}
		}
		return h.sum()
	})
}

// reuse returns the last build's output for the page at name whose key is
// key, if it has one.
func (b *builder) reuse(name string, key digest) ([]byte, bool) {
	j := b.last[name]
	if j == nil || j.err != nil || j.key != key {
		return nil, false
	}
	return j.out, true
}

// nodeShows lists what a node's permalink page shows: the node's tree,
// and by title its ancestors (the breadcrumbs) and the nodes at the other
// end of its key project ↔ task links.
func nodeShows(n *Node) (shows, titles []*Node) {
	titles = n.Path()
	var walk func(*Node)
	walk = func(n *Node) {
		shows = append(shows, n)
		for _, c := range n.Children {
			walk(c)
		}
	}
	walk(n)
	for _, xs := range [][]XRef{n.Carries(), n.CarriedBy()} {
		for _, x := range xs {
			titles = append(titles, x.Node)
		}
	}
	return shows, titles
}

// deptShows lists the nodes a department's page names by title, and says
// in extra how they are arranged and counted.
func deptShows(dp *DeptPage, lang string) (titles []*Node, extra string) {
	var sb strings.Builder
	d := dp.Dept
	sb.WriteString(strings.Join([]string{d.Name, d.Full, d.Kind, d.NameIn(lang)}, "\x00"))
	counts := func(c link.Counts) {
		for _, n := range []int{c.Lead, c.Support, c.ProjectsLead, c.ProjectsSupport, c.Lists()} {
			sb.WriteString("\x02" + strconv.Itoa(n))
		}
	}
	counts(d.Counts)
	for _, pl := range dp.Plans {
		sb.WriteString("\x01" + pl.Doc.Slug)
		counts(pl.Counts)
		for _, parts := range [][]*DeptPart{pl.Lead, pl.Support} {
			sb.WriteString("\x03")
			for _, part := range parts {
				titles = append(titles, part.Part)
				sb.WriteString("\x04" + part.Part.EID + "\x05" + strconv.Itoa(part.Count))
				for _, g := range part.Groups {
					titles = append(titles, g.Node)
					sb.WriteString("\x06" + g.Node.EID)
					for _, t := range g.Tasks {
						titles = append(titles, t)
						sb.WriteString("\x07" + t.EID)
					}
				}
			}
		}
		for _, pr := range pl.Projects {
			titles = append(titles, pr.Node)
			sb.WriteString("\x08" + pr.Node.EID)
			if pr.Lead {
				sb.WriteString("+")
			}
		}
	}
	if d.Known {
		sb.WriteString("\x09known")
	}
	return titles, sb.String()
}
