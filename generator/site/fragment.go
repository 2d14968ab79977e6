package site

import (
	"bytes"
	"errors"
	"html/template"
	"sync"
)

// Fragments: a node and its children as the "node" template renders them
// (templates/partials/node.html), or a row of the side-by-side page,
// rendered once and reused wherever they come out the same. The node
// template prints each child with {{.HTML}} too, so every node is a
// fragment of its own. In a build a paragraph's fragment serves the plan
// page and the permalink pages of its ancestors; across the preview's
// builds (preview.go) a fragment serves until its node changes, so after
// an edit to one paragraph only the fragments of it and its ancestors are
// rendered again.
//
// Whether a fragment comes out the same elsewhere is not guessed but
// checked. A fragment's key (Node.fragmentKey) is the digest of everything
// it shows of the plan — its node's tree and its plan's metadata
// (digest.go) — and of the text of every template it reaches
// (templates.sigOf). The "node" template reaches the
// page it is rendered on only through Doc.Rel and Node.HeadingLevel (a node
// view knows no other page state), so a fragment is a function of its key
// and of what those calls returned. While a fragment renders every such
// call is recorded with its result, and a fragment is reused on a page only
// when its key is the same and every recorded call gives the same result
// there. A section's heading level differs from one ancestor's page to the
// next, so it renders again around its reused paragraphs; what it shows
// besides its heading are fragments of their own, a node view's parts
// (NodeView.Part), keyed by the node's key and the part's name.

// fragment is one rendering of a template on a value: a node's "node"
// template, a row of the side-by-side page.
type fragment struct {
	html   template.HTML
	rels   []relCall
	levels []levelCall
	// on remembers, by page path, whether the fragment fits the page
	// there: the recorded calls' results depend only on the page's path
	// (its folder, and its node, whose eId the path ends in) and Absolute.
	// A paragraph's fragment is checked on every ancestor's page, build
	// after build, and a part's records hundreds of calls.
	mu sync.Mutex
	on map[fitsOn]bool
}

// fitsOn is a page as far as fragments can tell pages apart.
type fitsOn struct {
	path     string
	absolute bool
}

// relCall is a call to Rel made while a fragment rendered.
type relCall struct{ target, result string }

// levelCall is a call to HeadingLevel made while a fragment rendered.
type levelCall struct {
	n     *Node
	level int
}

// fragments are a build's rendered fragments by key (fragmentKey). Pages
// in different languages render at once, so the map is locked; a fragment
// is not changed once added. prev are the last build's, which the preview
// keeps when this build differs from it only in inputs keys cover
// (reuse.go): a fragment found there is taken into this build's.
type fragments struct {
	mu    sync.Mutex
	byKey map[digest][]*fragment
	prev  *fragments
}

// find returns a fragment with the key that fits p, or nil.
func (fs *fragments) find(key digest, p *Page) *fragment {
	fs.mu.Lock()
	have := fs.byKey[key]
	fs.mu.Unlock()
	for _, f := range have {
		if f.fits(p) {
			return f
		}
	}
	if fs.prev == nil {
		return nil
	}
	if f := fs.prev.find(key, p); f != nil {
		fs.add(key, f)
		return f
	}
	return nil
}

func (fs *fragments) add(key digest, f *fragment) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.byKey == nil {
		fs.byKey = map[digest][]*fragment{}
	}
	fs.byKey[key] = append(fs.byKey[key], f)
}

// HTML is the node and its children as the "node" template renders them
// on the page being rendered: templates write {{.HTML}} where they would
// write {{template "node" .View}}, in element content, where the two print
// the same.
func (n *Node) HTML() (template.HTML, error) {
	p := n.Doc.page
	if p == nil || p.b == nil {
		return "", errors.New("HTML: the node is not on a page being rendered")
	}
	return p.fragment(n.fragmentKey(p), p.b.tmpl.fragmentSet(p.Kind), "node", n.View())
}

// fragmentKey names what the node's fragment on p shows: the node's tree
// and its plan's metadata in every language (digest.go), as the templates
// "node" reaches on p render them.
func (n *Node) fragmentKey(p *Page) digest {
	ds := n.Doc.digests()
	h := newHasher()
	h.digest(p.b.tmpl.sigOf(p.Kind, "node"))
	h.str("node")
	h.digest(n.Doc.metas())
	h.digest(ds.tree[n.EID])
	return h.sum()
}

// fragment renders the template name of set on data as part of p, or takes
// a fragment with the key rendered before, on this page or another, if it
// fits p. The key must stand for everything the template shows of data
// but the page-dependent calls fragments record.
func (p *Page) fragment(key digest, set *template.Template, name string, data any) (template.HTML, error) {
	if f := p.b.frags.find(key, p); f != nil {
		p.recordFragment(f)
		return f.html, nil
	}
	f := &fragment{}
	p.frames = append(p.frames, f)
	buf := fragmentBufs.Get().(*bytes.Buffer)
	buf.Reset()
	err := set.ExecuteTemplate(buf, name, data)
	p.frames = p.frames[:len(p.frames)-1]
	f.html = template.HTML(buf.String())
	fragmentBufs.Put(buf)
	if err != nil {
		return "", &fragmentError{err}
	}
	p.recordFragment(f)
	p.b.frags.add(key, f)
	return f.html, nil
}

// fragmentBufs are buffers to render fragments into: growing a fresh
// buffer for every fragment allocated several times the fragment's size,
// and a whole build renders hundreds, nested.
var fragmentBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// fits reports whether every page-dependent call f made gives the same
// result on p.
func (f *fragment) fits(p *Page) bool {
	on := fitsOn{p.Path, p.Absolute}
	f.mu.Lock()
	fit, known := f.on[on]
	f.mu.Unlock()
	if known {
		return fit
	}
	fit = f.check(p)
	f.mu.Lock()
	if f.on == nil {
		f.on = map[fitsOn]bool{}
	}
	f.on[on] = fit
	f.mu.Unlock()
	return fit
}

// check is fits without the memory.
func (f *fragment) check(p *Page) bool {
	for _, c := range f.rels {
		if p.rel(c.target) != c.result {
			return false
		}
	}
	for _, c := range f.levels {
		if c.n.headingLevel(p) != c.level {
			return false
		}
	}
	return true
}

// recordFragment adds the calls of a fragment used inside another to the
// other's: the outer fragment's output depends on them too.
func (p *Page) recordFragment(f *fragment) {
	if len(p.frames) == 0 {
		return
	}
	top := p.frames[len(p.frames)-1]
	top.rels = append(top.rels, f.rels...)
	top.levels = append(top.levels, f.levels...)
}

// recordRel and recordLevel note a page-dependent call in the fragment
// being rendered, if any.
func (p *Page) recordRel(target, result string) {
	if len(p.frames) > 0 {
		top := p.frames[len(p.frames)-1]
		top.rels = append(top.rels, relCall{target, result})
	}
}

func (p *Page) recordLevel(n *Node, level int) {
	if len(p.frames) > 0 {
		top := p.frames[len(p.frames)-1]
		top.levels = append(top.levels, levelCall{n, level})
	}
}

// fragmentError is a fragment's rendering error. Executing the page's
// template wraps it in the position of the {{.HTML}} call; templates.render
// reports the innermost fragment's error instead, which names the line of
// the partial at fault, as {{template "node" .}} did.
type fragmentError struct{ err error }

func (e *fragmentError) Error() string { return e.err.Error() }
func (e *fragmentError) Unwrap() error { return e.err }

// innermostFragmentError returns the error of the innermost fragment that
// failed within err, or err itself.
func innermostFragmentError(err error) error {
	var fe *fragmentError
	for errors.As(err, &fe) {
		err = fe.err
	}
	return err
}
