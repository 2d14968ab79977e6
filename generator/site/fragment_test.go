package site

import (
	"bytes"
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/pos"
	"plansite/generator/view"
)

// TestFragmentsReadTheSame: every page of the frozen project reads the
// same, byte for byte, whether the fragments it prints (the frame's head
// and header, the passages' citations) were printed for it or reused from
// another page.
func TestFragmentsReadTheSame(t *testing.T) {
	b := frozenBuilder(t)
	b.tmpl.frag.fresh = true
	fresh, err := (&Project{b}).Render(context.Background(), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	reused := FrozenSite(t)
	pages := 0
	for name, want := range fresh.Files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		if have := reused.Files[name]; !bytes.Equal(have, want) {
			t.Errorf("%s: reused fragments read differently from fragments printed for the page", name)
		}
	}
	if pages < 300 {
		t.Errorf("have %d pages, want the frozen project's 300 or more", pages)
	}
}

// TestFragmentReused: the pages of a plan in one language share their
// frame's fragments, and a passage's citations are printed once.
func TestFragmentReused(t *testing.T) {
	b := frozenBuilder(t)
	if _, err := (&Project{b}).Render(context.Background(), Limits{}); err != nil {
		t.Fatal(err)
	}
	n := 0
	for key, vs := range b.frames.m {
		if key.kind == "node" && len(vs) != 1 {
			t.Errorf("%s of %s's permalink pages in %s: have %d variants, want 1", key.name, key.doc.Slug, key.lang, len(vs))
		}
		n++
	}
	if n == 0 {
		t.Error("no frame fragment kept")
	}
}

// TestFragmentError: a fragment's partial that fails names its own file,
// line and column, not the page's call of it; a fragment whose partial is
// not named in quotes, or names none, fails when the templates load.
func TestFragmentError(t *testing.T) {
	base := &fstest.MapFile{Data: []byte(`{{template "main" .}}`)}
	page := &fstest.MapFile{Data: []byte(`{{define "main"}}{{fragment "part" .Frame}}{{end}}`)}
	t.Run("exec", func(t *testing.T) {
		ts, err := loadTemplates(fstest.MapFS{
			"templates/base.html":          base,
			"templates/node.html":          page,
			"templates/partials/part.html": {Data: []byte("{{define \"part\"}}\n  {{.Nope}}{{end}}")},
		}, nil, view.Strings{})
		if err != nil {
			t.Fatal(err)
		}
		b := &builder{tmpl: ts}
		p := &Page{Path: "/zh/x/", Lang: "zh", Kind: "node", b: b}
		err = b.renderPage(context.Background(), p, Limits{}, &bytes.Buffer{})
		pe, ok := pos.First(err)
		if !ok || pe.File != "templates/partials/part.html" || pe.Line != 2 || pe.Col != 4 || !strings.Contains(pe.Msg, "can't evaluate field Nope") {
			t.Errorf("have %v, want templates/partials/part.html:2:4: … can't evaluate field Nope …", err)
		}
	})
	for _, tt := range []struct{ name, page, msg string }{
		{"not quoted", "{{define \"main\"}}\n{{$n := \"part\"}}{{fragment $n .Frame}}{{end}}", "name in quotes"},
		{"no partial", "{{define \"main\"}}\n{{once \"nowhere\" .}}{{end}}", `no partial "nowhere"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadTemplates(fstest.MapFS{
				"templates/base.html": base,
				"templates/node.html": {Data: []byte(tt.page)},
			}, nil, view.Strings{})
			pe, ok := pos.First(err)
			if !ok || pe.File != "templates/node.html" || pe.Line != 2 || !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("have %v, want templates/node.html:2: … %s …", err, tt.msg)
			}
		})
	}
}

// TestInjectedMarkupEscaped: markup in a seed's title, headings and text
// is text on every page, wherever it is printed — in a fragment (the
// print header's CSS string, the citations), in the head's metadata or in
// the passages — never markup.
func TestInjectedMarkupEscaped(t *testing.T) {
	const inject = `</style><script>alert(1)</script>`
	seed := "seeds/zichuan-education-2022.txt"
	data, err := fs.ReadFile(testproject.FS(), seed)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		switch strings.TrimSpace(l) {
		case "淄川区教育事业发展“十四五”规划", "（一）指导思想":
			lines[i] = l + inject
		}
		if strings.HasPrefix(l, "高举中国特色社会主义伟大旗帜") {
			lines[i] = inject + l
		}
	}
	root := overlayFS{testproject.FS(), fstest.MapFS{seed: {Data: []byte(strings.Join(lines, "\n"))}}}
	s, err := Build(root)
	if err != nil {
		t.Fatal(err)
	}
	escaped := 0
	for name, data := range s.Files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		if bytes.Contains(data, []byte("<script>alert")) || bytes.Contains(data, []byte("</style><")) {
			t.Errorf("%s prints the seed's markup as markup", name)
		}
		if bytes.Contains(data, []byte("alert(1)")) {
			escaped++
		}
	}
	if escaped < 100 {
		t.Errorf("the injected text is on %d pages, want it (escaped) on the plan's pages", escaped)
	}
}

type overlayFS struct {
	fs.FS
	files fstest.MapFS
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Open(name)
	}
	return o.FS.Open(name)
}

// frozenBuilder loads the frozen project into a builder of its own, for a
// test that renders it with the fragments' settings changed.
func frozenBuilder(t *testing.T) *builder {
	t.Helper()
	root := testproject.FS()
	docs, err := LoadDocs(root)
	if err != nil {
		t.Fatal(err)
	}
	b, err := loadKeeping(root, docs, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFrameCacheKeepsOneOfAlike: two pages rendered side by side may both
// miss the cache and make the same fragment; the second is not kept as
// another variant (TestFragmentReused failed under load when it was).
func TestFrameCacheKeepsOneOfAlike(t *testing.T) {
	var c frameCache
	key := frameKey{name: "head", lang: "zh", kind: "node"}
	rels := func() []relCall { return []relCall{{"/assets/style.css", "../../assets/style.css"}} }
	c.keep(key, &frameVariant{rels: rels(), html: "a"})
	c.keep(key, &frameVariant{rels: rels(), html: "a"})
	if have := len(c.m[key]); have != 1 {
		t.Errorf("have %d variants of one fragment made twice, want 1", have)
	}
	c.keep(key, &frameVariant{rels: []relCall{{"/assets/style.css", "../assets/style.css"}}, html: "b"})
	if have := len(c.m[key]); have != 2 {
		t.Errorf("have %d variants after a page at another depth, want 2", have)
	}
}

// TestFragmentsAfterSave: a load whose templates are the last load's
// keeps its fragment set; a save of a page's template reads only that
// template's fragment calls, and still refuses a name not in quotes, and
// a call of a partial no template printed as a fragment before makes a
// set that has it.
func TestFragmentsAfterSave(t *testing.T) {
	fsys := fstest.MapFS{
		"templates/base.html":           {Data: []byte(`{{template "main" .}}`)},
		"templates/node.html":           {Data: []byte(`{{define "main"}}{{fragment "one" .Frame}}{{end}}`)},
		"templates/partials/one.html":   {Data: []byte(`{{define "one"}}one{{end}}`)},
		"templates/partials/two.html":   {Data: []byte(`{{define "two"}}two{{end}}`)},
		"templates/partials/three.html": {Data: []byte(`{{define "three"}}three{{end}}`)},
	}
	prev, err := loadTemplates(fsys, nil, view.Strings{})
	if err != nil {
		t.Fatal(err)
	}
	same, err := loadTemplates(fsys, &prev, view.Strings{})
	if err != nil {
		t.Fatal(err)
	}
	if same.frag != prev.frag || same.frag.cur.Load() != prev.frag.cur.Load() {
		t.Errorf("unchanged templates: have a new fragment set, want the last load's")
	}
	fsys["templates/node.html"] = &fstest.MapFile{Data: []byte("{{define \"main\"}}\n{{$n := \"one\"}}{{fragment $n .Frame}}{{end}}")}
	if _, err := loadTemplates(fsys, &prev, view.Strings{}); err == nil || !strings.Contains(err.Error(), "templates/node.html:2") {
		t.Errorf("a saved template calling a fragment by a variable: have %v, want an error at templates/node.html:2", err)
	}
	fsys["templates/node.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{fragment "one" .Frame}}{{once "two" .}}{{end}}`)}
	next, err := loadTemplates(fsys, &prev, view.Strings{})
	if err != nil {
		t.Fatal(err)
	}
	if set := next.frag.cur.Load(); !set.names["one"] || !set.names["two"] || set.names["three"] {
		t.Errorf("after a save calling two: have fragments %v, want one and two", set.names)
	}
}
