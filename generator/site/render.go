package site

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strings"
)

// Template functions, beyond html/template's own:
//
//	join LIST SEP     strings.Join
//	iso DATE          the date as printed (2022-12-28) — kept for symmetry
//	longDate LANG ISO 2022年12月28日 / 28 December 2022
//	htmlLang LANG     BCP 47 tag for a lang attribute (zh → zh-Hans)
//	json VALUE        a JSON literal safe inside <script type="application/ld+json">
//	t LANG KEY        a UI string (see ui.go) where no *Page is at hand
var funcs = template.FuncMap{
	"join":     strings.Join,
	"longDate": longDate,
	"htmlLang": htmlLang,
	"json":     jsonLiteral,
	"add":      func(a, b int) int { return a + b },
	"t":        uiString,
}

// templates holds one template set per page kind: templates/base.html and
// templates/partials/*.html, plus templates/<kind>.html defining "title" and
// "main".
type templates struct {
	base  *template.Template // base.html and the partials; never executed, so it can be cloned
	kinds map[string]*template.Template
}

func loadTemplates(root fs.FS) (templates, error) {
	base, err := template.New("base.html").Funcs(funcs).ParseFS(root, "templates/base.html")
	if err != nil {
		return templates{}, fmt.Errorf("templates: %w", err)
	}
	if partials, _ := fs.Glob(root, "templates/partials/*.html"); len(partials) > 0 {
		if base, err = base.ParseFS(root, partials...); err != nil {
			return templates{}, fmt.Errorf("templates: %w", err)
		}
	}
	kinds, err := fs.Glob(root, "templates/*.html")
	if err != nil {
		return templates{}, err
	}
	ts := templates{base: base, kinds: map[string]*template.Template{}}
	for _, k := range kinds {
		name := path.Base(k)
		if name == "base.html" {
			continue
		}
		if err := ts.parseKind(root, strings.TrimSuffix(name, ".html")); err != nil {
			return templates{}, err
		}
	}
	return ts, nil
}

// parseKind (re)parses templates/<kind>.html over a copy of the base set.
func (ts templates) parseKind(root fs.FS, kind string) error {
	t, err := ts.base.Clone()
	if err != nil {
		return err
	}
	if t, err = t.ParseFS(root, "templates/"+kind+".html"); err != nil {
		return fmt.Errorf("templates: %w", err)
	}
	ts.kinds[kind] = t
	return nil
}

// render executes the page's template.
func (ts templates) render(p *Page) ([]byte, error) {
	t, ok := ts.kinds[p.Kind]
	if !ok {
		return nil, fmt.Errorf("templates/%s.html: missing: needed for %s", p.Kind, p.Path)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "base.html", p); err != nil {
		return nil, fmt.Errorf("rendering %s: %w", p.Path, err)
	}
	return buf.Bytes(), nil
}
