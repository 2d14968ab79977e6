package site

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/pos"
)

// loadAssets loads the project m around its plans, after prev (or nil).
func loadAssets(t *testing.T, m fstest.MapFS, prev *builder) (*builder, error) {
	t.Helper()
	docs, err := LoadDocs(m)
	if err != nil {
		t.Fatal(err)
	}
	return load(m, docs, prev)
}

// TestAssetsMinified checks that scripts and style sheets are published
// minified, other assets as they are, and that a script that does not
// parse is an error at its file and line.
func TestAssetsMinified(t *testing.T) {
	m := testproject.Map(t)
	m["templates/assets/extra.js"] = &fstest.MapFile{Data: []byte("// A comment no reader needs.\nfunction add(first, second) {\n  return first + second;\n}\n")}
	b, err := loadAssets(t, m, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"assets/extra.js":    "function add(e,t){return e+t}",
		"assets/favicon.svg": string(m["templates/assets/favicon.svg"].Data),
	} {
		if have := string(b.files[name]); have != want {
			t.Errorf("%s:\nhave %q\nwant %q", name, have, want)
		}
	}
	for _, name := range []string{"search-core.js", "style.css"} {
		src, have := len(m["templates/assets/"+name].Data), len(b.files["assets/"+name])
		if have == 0 || have > src*3/4 {
			t.Errorf("assets/%s: have %d bytes from %d, want at most three quarters", name, have, src)
		}
	}
	if css := string(b.files["assets/style.css"]); strings.Contains(css, "/*") {
		t.Errorf("assets/style.css keeps a comment: %.200s", css)
	}

	m["templates/assets/extra.js"] = &fstest.MapFile{Data: []byte("var ok = 1;\nvar broken = ;\n")}
	_, err = loadAssets(t, m, nil)
	var pe *pos.Error
	if !errors.As(err, &pe) || pe.File != "templates/assets/extra.js" || pe.Line != 2 {
		t.Errorf("a script that does not parse: have %v, want an error at templates/assets/extra.js:2", err)
	}
}

// TestAssetsMinifiedOnce checks that a load after another minifies only
// the assets whose source changed, as the preview reloads after a save.
func TestAssetsMinifiedOnce(t *testing.T) {
	m := testproject.Map(t)
	first, err := loadAssets(t, m, nil)
	if err != nil {
		t.Fatal(err)
	}
	m["templates/assets/cite.js"] = &fstest.MapFile{Data: []byte("var changed = 1 + 2;\n")}
	second, err := loadAssets(t, m, first)
	if err != nil {
		t.Fatal(err)
	}
	same := func(name string) bool { return &first.files[name][0] == &second.files[name][0] }
	if !same("assets/search-core.js") {
		t.Error("assets/search-core.js, unchanged, was minified again")
	}
	if same("assets/cite.js") {
		t.Error("assets/cite.js, changed, was not minified again")
	}
	if have, want := string(second.files["assets/cite.js"]), "var changed=1+2"; have != want {
		t.Errorf("assets/cite.js: have %q, want %q", have, want)
	}
	if len(second.minified) != len(first.minified) {
		t.Errorf("the second load keeps %d minified assets, the first %d: a load should keep only its own", len(second.minified), len(first.minified))
	}
}
