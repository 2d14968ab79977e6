package site

import (
	"errors"
	"fmt"
	"html/template"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
	tparse "text/template/parse"

	"plansite/generator/pos"
	"plansite/generator/view"
)

// Fragments: parts of pages that many pages print alike, rendered once by
// their template and reused. Every {{…}} of html/template calls its method
// and its escapers through reflection; a build of ten thousand pages
// printed the same head, header and citations thousands of times over.
// Two template functions print a partial as a fragment:
//
//	fragment NAME FRAME  the partial NAME (of templates/base.html or
//	                     templates/partials/) with dot FRAME, a *Frame
//	                     (Page.Frame): the page's language, kind and plan,
//	                     and links from the page. Pages of the same
//	                     language, kind and plan reuse it when every link
//	                     it made is the same from them (a permalink page's
//	                     head and header serve all the plan's permalink
//	                     pages).
//	once NAME VALUE      the partial NAME with dot VALUE, a value that is
//	                     the same on every page (a view.Printable: a
//	                     node's citations, its translation notes),
//	                     printed once and kept with it.
//
// The markup stays in the partials and its escaping is html/template's:
// a fragment is the partial executed on its own, in the context it is
// printed in (HTML text), and printed as the HTML it made. A partial
// printed as a fragment can read only what its dot offers, all of it
// either the same for every page that reuses it or recorded (Frame.Rel),
// so a page reads the same whether its fragments were made for it or not.
// NAME must be a quoted partial's name; the partials it names are escaped
// when the templates load.

// fragmentMax bounds a fragment's output, as Limits.Bytes bounds a page's:
// a fragment runs apart from its page's writer, so a loop without end in
// its partial stops here instead.
const fragmentMax = 8 << 20

// fragments is the template set fragments execute in: a clone of the
// base set whose fragment partials are escaped when the templates load,
// never later, as pages execute the set at once.
type fragments struct {
	cur atomic.Pointer[fragmentSet]
	// fresh prints every fragment anew, for the test that pages read the
	// same either way.
	fresh bool
}

type fragmentSet struct {
	t     *template.Template
	names map[string]bool // the partials escaped as fragments
	files map[*tparse.Tree]string
}

// prepare makes the set the fragment functions execute for the calls in
// trees, from base, unless the current set already escaped every partial
// they name. Where base is the one the current set was made from, fresh
// (not nil) holds the trees parsed since, a page's template after its
// save: the others' calls were read then, and when the current set has
// all that fresh names, it stands.
func (f *fragments) prepare(base *template.Template, trees, fresh map[*tparse.Tree]string) error {
	if fresh != nil {
		names, err := callsIn(fresh)
		if err != nil {
			return err
		}
		if f.covers(names) {
			return nil
		}
	}
	names, err := callsIn(trees)
	if err != nil {
		return err
	}
	if f.covers(names) {
		return nil
	}
	t, err := base.Clone()
	if err != nil {
		return err
	}
	set := &fragmentSet{t: t, names: map[string]bool{}, files: map[*tparse.Tree]string{}}
	for _, u := range t.Templates() {
		if u.Tree != nil {
			set.files[u.Tree] = baseFile(u.Tree.ParseName)
		}
	}
	for name, at := range names {
		if t.Lookup(name) == nil {
			at.Msg = fmt.Sprintf("no partial %q to print as a fragment: a fragment is a template of templates/base.html or templates/partials/", name)
			return at
		}
		// Escaping happens before the template runs; its first write,
		// the tick every template starts with (guard.go), fails, so
		// nothing of it runs here.
		err := t.ExecuteTemplate(escapeOnly{}, name, nil)
		if !errors.Is(err, errEscapeOnly) {
			return templates{files: set.files}.execError(t, err)
		}
		set.names[name] = true
	}
	f.cur.Store(set)
	return nil
}

// callsIn is the partials that calls of fragment and once in trees name,
// each with the place of a call (fragmentCalls).
func callsIn(trees map[*tparse.Tree]string) (map[string]*pos.Error, error) {
	names := map[string]*pos.Error{}
	for tree, file := range trees {
		if err := fragmentCalls(tree, file, tree.Root, names); err != nil {
			return nil, err
		}
	}
	return names, nil
}

// covers reports whether the current set escaped every partial names
// holds.
func (f *fragments) covers(names map[string]*pos.Error) bool {
	cur := f.cur.Load()
	if cur == nil {
		return false
	}
	for n := range names {
		if !cur.names[n] {
			return false
		}
	}
	return true
}

var errEscapeOnly = errors.New("escaping only")

type escapeOnly struct{}

func (escapeOnly) Write([]byte) (int, error) { return 0, errEscapeOnly }

// fragmentCalls adds to names the partials that calls of fragment and
// once under n name, with the place of the call; a name that is not a
// quoted constant is an error at its place.
func fragmentCalls(tree *tparse.Tree, file string, n tparse.Node, names map[string]*pos.Error) error {
	for x := range nodes(n) {
		c, ok := x.(*tparse.CommandNode)
		if !ok || len(c.Args) == 0 {
			continue
		}
		id, ok := c.Args[0].(*tparse.IdentifierNode)
		if !ok || (id.Ident != "fragment" && id.Ident != "once") {
			continue
		}
		at := placeOf(tree, file, c)
		if len(c.Args) != 3 {
			at.Msg = id.Ident + " takes a partial's name in quotes and its dot"
			return at
		}
		s, ok := c.Args[1].(*tparse.StringNode)
		if !ok {
			at.Msg = id.Ident + " needs the partial's name in quotes, to escape it when the templates load"
			return at
		}
		if names[s.Text] == nil {
			names[s.Text] = at
		}
	}
	return nil
}

// placeOf is the place of node n of tree as an error to fill in.
func placeOf(tree *tparse.Tree, file string, n tparse.Node) *pos.Error {
	e := &pos.Error{File: file}
	loc, _ := tree.ErrorContext(n)
	if line, col, _, ok := position(loc+": ", tree.ParseName); ok {
		e.Line, e.Col = line, col
	}
	return e
}

// execute prints the partial name with dot data into a fragment.
func (f *fragments) execute(name string, data any) (template.HTML, *fragmentSet, error) {
	set := f.cur.Load()
	if set == nil || !set.names[name] {
		return "", nil, fmt.Errorf("%s was not escaped as a fragment when the templates loaded", name)
	}
	w := &limitWriter{max: fragmentMax}
	err := set.t.ExecuteTemplate(w, name, data)
	ts := templates{files: set.files}
	switch {
	case errors.Is(err, errTooBig):
		err = ts.limitError(set.t, w, fmt.Sprintf("the fragment %s is over %d MB: does a template loop without end?", name, fragmentMax>>20))
	case err != nil:
		err = ts.execError(set.t, err)
	}
	if err != nil {
		return "", set, &fragmentError{err}
	}
	return template.HTML(w.buf.String()), set, nil
}

// fragmentError is an error of a fragment's partial, which the page that
// printed it reports as it is, at its place in the partial, rather than
// at the call of the fragment (templates.execError).
type fragmentError struct{ err error }

func (e *fragmentError) Error() string { return e.err.Error() }
func (e *fragmentError) Unwrap() error { return e.err }

// once prints the partial name with dot v, made ready (Make), or what it
// printed before for v: v is the same on every page.
func (f *fragments) once(name string, v view.Printable) (template.HTML, error) {
	if v == nil || reflect.ValueOf(v).IsNil() {
		return "", errors.New("once: no value")
	}
	set := f.cur.Load()
	if set != nil && !f.fresh {
		if h, ok := v.Printed(set, name); ok {
			return h, nil
		}
	}
	v.Make()
	h, set, err := f.execute(name, v)
	if err != nil {
		return "", err
	}
	v.KeepPrinted(set, name, h)
	return h, nil
}

// fragment prints the partial name with dot fr, or a fragment printed
// before for a page of the same language, kind and plan whose every link
// is the same from fr's page.
func (f *fragments) fragment(name string, fr *Frame) (template.HTML, error) {
	if fr == nil || fr.page == nil {
		return "", errors.New("fragment: no frame")
	}
	set := f.cur.Load()
	b := fr.page.b
	key := frameKey{set: set, name: name, lang: fr.Lang, kind: fr.Kind, doc: fr.Doc}
	if b != nil && !f.fresh {
		if h, ok := b.frames.find(key, fr.page); ok {
			return h, nil
		}
	}
	rec := &Frame{Lang: fr.Lang, Kind: fr.Kind, Doc: fr.Doc, page: fr.page, rels: []relCall{}}
	h, set, err := f.execute(name, rec)
	if err != nil {
		return "", err
	}
	if b != nil {
		key.set = set
		b.frames.keep(key, &frameVariant{rels: rec.rels, html: h})
	}
	return h, nil
}

// Frame is what a page's frame — its head, header and footer, the same
// on many pages — sees of the page: its language, kind and plan, and links
// from it (Rel), which the fragment records to be reused only where they
// are the same.
type Frame struct {
	Lang, Kind string
	Doc        *view.Doc // the page's plan, if any

	page *Page
	rels []relCall // nil: not recording
}

type relCall struct{ target, rel string }

// Frame is the page's frame.
func (p *Page) Frame() *Frame { return &Frame{Lang: p.Lang, Kind: p.Kind, Doc: p.Doc, page: p} }

// Rel is the link from the page to target (Page.Rel).
func (f *Frame) Rel(target string) string {
	rel := f.page.Rel(target)
	if f.rels != nil {
		f.rels = append(f.rels, relCall{target, rel})
	}
	return rel
}

// T returns the UI string key in the page's language.
func (f *Frame) T(key string) string { return f.page.b.T(f.Lang, key) }

// HTMLLang is the BCP 47 tag of the page's language.
func (f *Frame) HTMLLang() string { return view.HTMLLang(f.Lang) }

// SearchURL is the results page in the page's language; the search box
// submits to it.
func (f *Frame) SearchURL() string { return "/" + SearchDir(f.Lang) }

type frameKey struct {
	set              *fragmentSet
	name, lang, kind string
	doc              *view.Doc
}

type frameVariant struct {
	rels []relCall
	html template.HTML
}

// frameCache keeps the fragments of frames: a few variants per language,
// kind and plan (the library's pages at several depths, say), the last
// made first.
type frameCache struct {
	mu sync.Mutex
	m  map[frameKey][]*frameVariant
}

const frameVariants = 4

func (c *frameCache) find(key frameKey, p *Page) (template.HTML, bool) {
	c.mu.Lock()
	vs := c.m[key]
	c.mu.Unlock()
next:
	for _, v := range vs {
		for _, r := range v.rels {
			if p.Rel(r.target) != r.rel {
				continue next
			}
		}
		return v.html, true
	}
	return "", false
}

// keep adds v to key's variants, unless one with the same links is there:
// two pages rendered side by side may both miss and make the same
// fragment, and the second is no variant.
func (c *frameCache) keep(key frameKey, v *frameVariant) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[frameKey][]*frameVariant{}
	}
	if slices.ContainsFunc(c.m[key], func(o *frameVariant) bool { return slices.Equal(o.rels, v.rels) }) {
		return
	}
	vs := append([]*frameVariant{v}, c.m[key]...)
	c.m[key] = vs[:min(len(vs), frameVariants)]
}
