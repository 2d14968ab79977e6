package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"
	tparse "text/template/parse"

	"plansite/generator/plan"
	"plansite/generator/pos"
	"plansite/generator/textfile"
	"plansite/generator/view"
)

// Template functions, beyond html/template's own:
//
//	join LIST SEP     strings.Join
//	iso DATE          the date as printed (2022-12-28) — kept for symmetry
//	longDate LANG ISO 2022年12月28日 / 28 December 2022 (dateLong of content/i18n)
//	htmlLang LANG     BCP 47 tag for a lang attribute (zh → zh-Hans)
//	json VALUE        a JSON literal safe inside <script type="application/ld+json">
//	t LANG KEY        an interface string (content/i18n) where no *Page is at hand
//	mark LANG TEXT    TEXT in Chinese and other stretches (view.ScriptRuns) on a
//	                  page in LANG other than Chinese, for template "runs" to mark
//	                  the Chinese it quotes; one unmarked stretch in Chinese
//	han TEXT          whether TEXT holds a Chinese character
//	fragment, once    a partial printed once for many pages (fragment.go)
func templateFuncs(strs view.Strings, fr *fragments) template.FuncMap {
	return template.FuncMap{
		"fragment": fr.fragment,
		"once":     fr.once,
		"join":     strings.Join,
		"longDate": strs.LongDate,
		"htmlLang": view.HTMLLang,
		"json":     view.JSONLiteral,
		"add":      func(a, b int) int { return a + b },
		"t":        strs.T,
		"mark":     view.Marked,
		"han":      plan.HasHan,
	}
}

// templates holds one template set per page kind: templates/base.html and
// templates/partials/*.html, plus templates/<kind>.html defining "title" and
// "main". files names the file each template was parsed from, for errors
// found while rendering (limit.go).
type templates struct {
	base  *template.Template // base.html and the partials; never executed, so it can be cloned
	src   map[string][]byte  // every template file by path, as parsed
	strs  view.Strings       // the strings the t function gives
	kinds map[string]*template.Template
	files map[*tparse.Tree]string
	frag  *fragments // the set fragments execute in, bound to base's functions
}

// loadTemplates parses the templates, whose t function gives strs. Sets
// whose files are byte for byte those prev parsed, with the strings of
// the same load (LoadStrings returned them again), are prev's: a parsed set is only ever executed, which any number of
// pages may do at once.
func loadTemplates(root fs.FS, prev *templates, strs view.Strings) (templates, error) {
	partials, _ := fs.Glob(root, "templates/partials/*.html")
	kindFiles, err := fs.Glob(root, "templates/*.html")
	if err != nil {
		return templates{}, err
	}
	ts := templates{src: map[string][]byte{}, strs: strs, kinds: map[string]*template.Template{}, files: map[*tparse.Tree]string{}}
	for _, name := range append(append([]string{"templates/base.html"}, partials...), kindFiles...) {
		data, err := fs.ReadFile(root, name)
		if _, ok := errors.AsType[*pos.Error](err); !ok && errors.Is(err, fs.ErrNotExist) {
			return templates{}, &pos.Error{File: name, Msg: "missing: every page is printed in it"} // only base.html is not globbed
		}
		if err != nil {
			return templates{}, err
		}
		// A template saved as GBK would put its bytes into UTF-8 pages.
		if err := textfile.Check(name, data); err != nil {
			return templates{}, err
		}
		ts.src[name] = data
	}
	same := func(names ...string) bool {
		if prev == nil {
			return false
		}
		for _, n := range names {
			if old, ok := prev.src[n]; !ok || !bytes.Equal(old, ts.src[n]) {
				return false
			}
		}
		return true
	}
	// The t function of a set parsed with other strings, though they hold
	// the same words, would record missing keys where this load's build
	// does not look (Strings.Missing).
	baseSame := same(append([]string{"templates/base.html"}, partials...)...) && len(prev.src) == len(ts.src) &&
		prev.strs.Is(strs)
	parsed := !baseSame               // a set parsed anew, whose fragment calls prepare reads
	var fresh map[*tparse.Tree]string // with baseSame, the trees of kinds parsed anew
	if baseSame {
		ts.base, ts.frag = prev.base, prev.frag
		fresh = map[*tparse.Tree]string{}
	} else {
		ts.frag = &fragments{}
		base, err := template.New("base.html").Funcs(templateFuncs(strs, ts.frag)).Parse(string(ts.src["templates/base.html"]))
		if err != nil {
			return templates{}, templateError("templates/", err)
		}
		for _, name := range partials {
			if _, err = base.New(path.Base(name)).Parse(string(ts.src[name])); err != nil {
				return templates{}, templateError("templates/partials/", err)
			}
		}
		for _, t := range base.Templates() {
			if t.Tree != nil {
				if err := guardTree(t.Tree, baseFile(t.Tree.ParseName)); err != nil {
					return templates{}, err
				}
			}
		}
		ts.base = base
	}
	for _, t := range ts.base.Templates() {
		if t.Tree != nil {
			ts.files[t.Tree] = baseFile(t.Tree.ParseName)
		}
	}
	for _, k := range kindFiles {
		name := path.Base(k)
		if name == "base.html" {
			continue
		}
		kind := strings.TrimSuffix(name, ".html")
		if old := prev.kindOf(kind); baseSame && old != nil && same(k) {
			ts.kinds[kind] = old
			for _, u := range old.Templates() {
				if f, ok := prev.files[u.Tree]; ok {
					ts.files[u.Tree] = f
				}
			}
			continue
		}
		t, err := ts.base.Clone()
		if err != nil {
			return templates{}, err
		}
		cloned := map[*tparse.Tree]bool{}
		for _, u := range t.Templates() {
			cloned[u.Tree] = true
		}
		if _, err = t.New(name).Parse(string(ts.src[k])); err != nil {
			return templates{}, templateError("templates/", err)
		}
		for _, u := range t.Templates() {
			switch {
			case u.Tree == nil:
			case cloned[u.Tree]:
				ts.files[u.Tree] = baseFile(u.Tree.ParseName)
			default:
				ts.files[u.Tree] = k
				if fresh != nil {
					fresh[u.Tree] = k
				}
				if err := guardTree(u.Tree, k); err != nil {
					return templates{}, err
				}
			}
		}
		ts.kinds[kind] = t
		parsed = true
	}
	// The fragment calls of sets that are all prev's are those prev
	// prepared for: a save of a seed or a translation walks no template.
	if parsed {
		if err := ts.frag.prepare(ts.base, ts.files, fresh); err != nil {
			return templates{}, err
		}
	}
	return ts, nil
}

// kindOf is the template set of the kind, if ts has one.
func (ts *templates) kindOf(kind string) *template.Template {
	if ts == nil {
		return nil
	}
	return ts.kinds[kind]
}

// baseFile is the project path of a file parsed into the base set.
func baseFile(parseName string) string {
	if parseName == "base.html" {
		return "templates/base.html"
	}
	return "templates/partials/" + parseName
}

// render executes the page's template within lim (limit.go).
func (b *builder) render(ctx context.Context, p *Page, lim Limits) ([]byte, error) {
	var buf bytes.Buffer
	if err := b.renderPage(ctx, p, lim, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// putPage renders p into its file in sink.
func (b *builder) putPage(ctx context.Context, p *Page, lim Limits, sink Sink) error {
	return putWith(sink, pagePath(p.Path), func(w io.Writer) error { return b.renderPage(ctx, p, lim, w) })
}

// renderPage executes the page's template within lim into w: as it goes
// when lim sets no bound, so that a big page is never held whole, else
// once the page is complete within the bounds.
func (b *builder) renderPage(ctx context.Context, p *Page, lim Limits, w io.Writer) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	t, ok := b.tmpl.kinds[p.Kind]
	if !ok {
		return &pos.Error{File: "templates/" + p.Kind + ".html", Msg: "missing: needed for " + p.Path}
	}
	q := *p
	if p.prepare != nil {
		var err error
		if q.Data, err = p.prepare(&q); err != nil {
			return err
		}
	}
	q.Head = q.head()
	p = &q
	err := b.tmpl.execute(ctx, t, p, lim, w)
	// A template's own error is told where it is even when another page's
	// failure has just ended the build: this page may come first.
	if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		err = b.tmpl.execError(t, err)
	}
	var pe *pos.Error
	switch {
	case errors.As(err, &pe):
		// A template's error or a limit reached: the template's place
		// first, as for every input error.
		return &pos.Error{File: pe.File, Line: pe.Line, Col: pe.Col, Msg: pe.Msg + " (rendering " + p.Path + ")", Err: pe.Err}
	case err != nil && ctx.Err() == nil:
		return fmt.Errorf("rendering %s: %w", p.Path, err)
	}
	return err
}

// templateError is a template parse error of a file in dir as a
// *pos.Error naming the file by its path in the project, as every other
// input error is named: text/template knows only the base name, and a page
// template and a partial may share it. The parser gives the place only in
// its message, "template: NAME:LINE: what", which is read here, where it is
// made, so that nothing downstream reads error strings.
func templateError(dir string, err error) error {
	rest, ok := strings.CutPrefix(err.Error(), "template: ")
	name, rest, ok2 := strings.Cut(rest, ":")
	num, msg, ok3 := strings.Cut(rest, ": ")
	line, nerr := strconv.Atoi(num)
	if !ok || !ok2 || !ok3 || nerr != nil || strings.ContainsAny(name, " /") {
		return fmt.Errorf("templates: %w", err)
	}
	return &pos.Error{File: dir + name, Line: line, Msg: msg, Err: err}
}
