package site

import (
	"encoding/binary"
	"hash/maphash"

	"plansite/generator/plan"
)

// Digests condense what pages show of a plan, so that the preview can tell
// which pages and node fragments of the last build come out the same in
// this one without rendering them (reuse.go). A digest is worked out per
// document view, that is per plan and language:
//
//   - the outline: everything any page may show of any node of the plan
//     (label, number, heading, whether it has a page or a translation) and
//     of the plan as a whole (title, metadata, wrapper text). Breadcrumbs,
//     contents lists, labels of linked nodes and citations come from it.
//     Citations name the plan in every language, so keys use the outlines
//     of all of a plan's views (Doc.outlines);
//   - each node's own digest: its text, responsibility, table cells and
//     translation unit as the view gives them, and its key project ↔ task
//     links with their reasons;
//   - each node's tree digest: its own digest and its children's trees.
//
// A digest says nothing of the build's other inputs (templates, the
// registry, works.yaml, the access date …): the preview reuses nothing when
// any of those changed (Preview.next).
type digest uint64

// digestSeed is the process's hash seed: digests are compared only within
// one process.
var digestSeed = maphash.MakeSeed()

// hasher writes values unambiguously: every string and list is preceded by
// its length.
type hasher struct{ h maphash.Hash }

func newHasher() *hasher {
	h := &hasher{}
	h.h.SetSeed(digestSeed)
	return h
}

func (h *hasher) int(i int) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(i))
	h.h.Write(b[:])
}

func (h *hasher) str(s string) {
	h.int(len(s))
	h.h.WriteString(s)
}

func (h *hasher) strs(ss []string) {
	h.int(len(ss))
	for _, s := range ss {
		h.str(s)
	}
}

func (h *hasher) bool(b bool) {
	if b {
		h.int(1)
	} else {
		h.int(0)
	}
}

func (h *hasher) digest(d digest) { h.int(int(d)) }

func (h *hasher) sum() digest { return digest(h.h.Sum64()) }

// docDigests are the digests of one document view, nodes by eId.
type docDigests struct {
	outline digest
	own     map[string]digest
	tree    map[string]digest
	all     digest // the outline and every node's own digest
}

// digests returns the view's digests, working them out on first use. They
// read the view's translation and the build's link analysis, so they are
// asked for only once the analysis is done (producers after analyze). A
// page's own views of a plan (parallel.go) have the digests of the build's.
func (d *Doc) digests() *docDigests {
	if d.b != nil {
		if v := d.b.view(d.Lang, d.Document); v != nil && v != d {
			return v.digests()
		}
	}
	return d.sums.get(d.digestsOnce)
}

func (d *Doc) digestsOnce() *docDigests {
	ds := &docDigests{own: map[string]digest{}, tree: map[string]digest{}}
	out := newHasher()
	out.str(d.Slug)
	out.str(d.Lang)
	out.str(d.Title())
	m := d.TranslatedMeta()
	for _, s := range []string{m.DocumentNumber, m.NoticeTitle, m.Title, m.Issuer, m.Date, m.Publicity, m.Printer, m.PrintDate,
		d.Issuer(), d.NoticeTitle(), d.Addressees(), d.CC(), d.Printer(), d.Publicity(), d.DocumentNumber()} {
		out.str(s)
	}
	out.strs(m.Addressees)
	out.strs(m.CC)
	all := newHasher()
	var walk func(ns []*Node) digest
	walk = func(ns []*Node) digest {
		level := newHasher()
		out.int(len(ns))
		for _, n := range ns {
			n.outline(out)
			own := n.ownDigest()
			ds.own[n.EID] = own
			all.digest(own)
			t := newHasher()
			t.digest(own)
			t.digest(walk(n.Children))
			ds.tree[n.EID] = t.sum()
			level.digest(ds.tree[n.EID])
		}
		return level.sum()
	}
	walk(d.Nodes)
	ds.outline = out.sum()
	all.digest(ds.outline)
	ds.all = all.sum()
	return ds
}

// outlines is the digest of the outlines of the plan's views in every
// language.
func (d *Doc) outlines() digest {
	h := newHasher()
	for _, lang := range Langs {
		h.digest(d.inLang(lang).digests().outline)
	}
	return h.sum()
}

// outline writes what any page may show of n wherever it is named.
func (n *Node) outline(h *hasher) {
	h.str(n.EID)
	h.str(string(n.Kind))
	h.str(n.Num)
	h.int(n.Ordinal)
	h.bool(n.RunIn)
	h.str(n.Heading())
	h.bool(n.Translated())
	h.bool(n.HasPage())
	if p := n.Parent; p == nil || p.Kind == plan.KindNotice || p.Kind == plan.KindConclusions {
		// The plan's metadata and title are read from these lines
		// (Doc.wrapperText, Doc.Title).
		h.str(n.Line())
	}
}

// ownDigest is the digest of everything the view shows of n itself.
func (n *Node) ownDigest() digest {
	h := newHasher()
	h.str(n.EID)
	h.str(string(n.Kind))
	h.str(n.Num)
	h.int(n.Ordinal)
	h.str(n.Node.Heading)
	h.bool(n.RunIn)
	h.str(n.Node.Text)
	if r := n.Resp; r != nil {
		h.strs(r.Lead)
		h.strs(r.Support)
		h.str(r.Raw)
	} else {
		h.int(-1)
	}
	h.strs(n.Columns)
	h.int(len(n.Rows))
	for _, r := range n.Rows {
		h.strs(r)
	}
	h.str(n.Heading())
	h.str(string(n.Body()))
	h.str(n.PlainText())
	h.bool(n.Translated())
	h.bool(n.Stale())
	for _, xs := range [][]XRef{n.Carries(), n.CarriedBy()} {
		h.int(len(xs))
		for _, x := range xs {
			h.str(x.Link.Project.EID)
			h.str(x.Link.Task.EID)
			h.str(x.Why())
			w := x.WhyParts()
			h.str(w.Status)
			h.str(w.Reason)
			h.strs(w.Depts)
			h.strs(w.Terms)
			// Not the score: pages do not show it, and its last bits
			// vary with the order terms are summed in.
		}
	}
	return h.sum()
}
