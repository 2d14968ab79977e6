package site

import (
	"encoding/binary"
	"hash/maphash"

	"plansite/generator/cite"
)

// Digests condense what pages show of a plan, so that the preview can tell
// which pages and node fragments of the last build come out the same in
// this one without rendering them (reuse.go). A digest is worked out per
// document view, that is per plan and language:
//
//   - the meta digest: what pages show of the plan as a whole — its title
//     and metadata as the view gives them. Citations name the
//     plan in every language, so keys use the meta digests of all of a
//     plan's views (Doc.metas);
//   - each node's ref: what any page shows of the node where it names it —
//     label, number, heading, link, whether it has a page or a
//     translation. Breadcrumbs, lists of tasks and links to linked nodes
//     are made of refs;
//   - the outline: the meta digest and every node's ref, in tree order, for
//     the pages that list every node (contents, go-to, matrix);
//   - each node's own digest: its ref, its text, responsibility, table
//     cells and translation unit as the view gives them, and its key
//     project ↔ task links with their reasons and the refs of the nodes at
//     their other end;
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
	meta    digest
	outline digest
	ref     map[string]digest
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
	ds := &docDigests{ref: map[string]digest{}, own: map[string]digest{}, tree: map[string]digest{}}
	meta := newHasher()
	meta.str(d.Slug)
	meta.str(d.Lang)
	meta.str(d.Title())
	m := d.TranslatedMeta()
	for _, s := range []string{m.DocumentNumber, m.NoticeTitle, m.Title, m.Issuer, m.Date, m.Publicity, m.Printer, m.PrintDate,
		d.Issuer(), d.NoticeTitle(), d.Addressees(), d.CC(), d.Printer(), d.Publicity(), d.DocumentNumber()} {
		meta.str(s)
	}
	meta.strs(m.Addressees)
	meta.strs(m.CC)
	ds.meta = meta.sum()
	var walk func(ns []*Node)
	walk = func(ns []*Node) {
		for _, n := range ns {
			ds.ref[n.EID] = n.refDigest()
			walk(n.Children)
		}
	}
	walk(d.Nodes)
	out := newHasher()
	out.digest(ds.meta)
	all := newHasher()
	var sum func(ns []*Node) digest
	sum = func(ns []*Node) digest {
		level := newHasher()
		out.int(len(ns))
		for _, n := range ns {
			out.digest(ds.ref[n.EID])
			own := n.ownDigest(ds.ref)
			ds.own[n.EID] = own
			all.digest(own)
			t := newHasher()
			t.digest(own)
			t.digest(sum(n.Children))
			ds.tree[n.EID] = t.sum()
			level.digest(ds.tree[n.EID])
		}
		return level.sum()
	}
	sum(d.Nodes)
	ds.outline = out.sum()
	all.digest(ds.outline)
	ds.all = all.sum()
	return ds
}

// metas is the digest of the meta digests of the plan's views in every
// language. Every fragment's key has it, so it is worked out once.
func (d *Doc) metas() digest {
	return d.metaSums.get(func() digest {
		h := newHasher()
		for _, lang := range Langs {
			h.digest(d.inLang(lang).digests().meta)
		}
		return h.sum()
	})
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

// refDigest is the digest of what any page shows of n where it names it.
func (n *Node) refDigest() digest {
	h := newHasher()
	h.str(n.EID)
	h.str(string(n.Kind))
	h.str(n.Num)
	h.str(n.NumText())
	h.int(n.Ordinal)
	h.bool(n.RunIn)
	h.int(n.Depth())
	if n.Parent != nil {
		h.str(n.Parent.EID)
	}
	h.str(n.Label())
	h.str(n.CiteLabel())
	h.str(cite.Key(n.Node))
	h.str(n.Heading())
	h.str(n.ShortTitle())
	h.bool(n.Translated())
	h.bool(n.HasPage())
	h.str(n.URL())
	return h.sum()
}

// write writes what a page shows of the department reference.
func (r DeptRef) write(h *hasher) {
	h.str(r.Name)
	h.str(r.Lang)
	h.str(r.URL)
	h.bool(r.Lead)
}

// ownDigest is the digest of everything the view shows of n itself; refs
// are the refs of the view's nodes.
func (n *Node) ownDigest(refs map[string]digest) digest {
	h := newHasher()
	h.digest(refs[n.EID])
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
	// The responsibility list as pages print it: names and department
	// pages come from the registry.
	for _, p := range n.RespParts() {
		h.str(p.Text)
		if p.Dept != nil {
			p.Dept.write(h)
		}
	}
	for _, rs := range [][]DeptRef{n.RespLeads(), n.RespSupports()} {
		h.int(len(rs))
		for _, r := range rs {
			r.write(h)
		}
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
			h.digest(refs[x.Link.Project.EID])
			h.digest(refs[x.Link.Task.EID])
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
