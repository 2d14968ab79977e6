package site_test

import (
	"bytes"
	"testing"
	"testing/fstest"

	"plansite/generator/site"
)

// TestPreviewMatchesRender edits the project step by step and checks that
// the preview's site, which renders again only what a template edit
// touches, is file for file the site a whole build makes, and that it
// fails where a whole build fails.
func TestPreviewMatchesRender(t *testing.T) {
	fsys := repoFS(t)
	edit := editFile(t, fsys)
	var (
		pv    site.Preview
		cache site.DocCache
	)
	steps := []struct {
		name string
		edit func()
	}{
		{"first build", func() {}},
		{"nothing changed", func() {}},
		{"plan template", edit("templates/plan.html", `<h1>`, `<h1 class="edited">`)},
		{"node template", edit("templates/node.html", `<p class="label">`, `<p class="label edited">`)},
		{"two kind templates", func() {
			edit("templates/plan.html", `class="edited"`, `class="edited again"`)()
			edit("templates/department.html", `<h4>`, `<h4 class="edited">`)()
		}},
		{"broken kind template", edit("templates/matrix.html", `{{define "main"}}`, `{{define "main"}}{{.NoSuchField}}`)},
		{"mended", edit("templates/matrix.html", `{{.NoSuchField}}`, ``)},
		{"broken again", edit("templates/matrix.html", `{{define "main"}}`, `{{define "main"}}{{.NoSuchField}}`)},
		{"mended again", edit("templates/matrix.html", `{{.NoSuchField}}`, ``)},
		{"translation after mending", func() {
			fsys["content/en/zichuan-education-2022/part-1.md"].Data = append(fsys["content/en/zichuan-education-2022/part-1.md"].Data, ' ')
		}},
		{"kind template redefining a partial", func() {
			fsys["templates/plan.html"].Data = append(fsys["templates/plan.html"].Data, `{{define "resp"}}<b>resp</b>{{end}}`...)
		}},
		{"broken partial", edit("templates/partials/node.html", `{{- else if .Is "table"}}`, `{{- else if .Is "table"}}{{.NoSuchField}}`)},
		{"mended partial", edit("templates/partials/node.html", `{{.NoSuchField}}`, ``)},
		{"partial", edit("templates/partials/cite.html", `<details class="cite">`, `<details class="cite edited">`)},
		{"base", edit("templates/base.html", `<main id="main">`, `<main id="main" class="edited">`)},
		{"plan template after base", edit("templates/plan.html", `again`, `once more`)},
		{"translation", func() {
			fsys["content/en/zichuan-education-2022/part-1.md"].Data = append(fsys["content/en/zichuan-education-2022/part-1.md"].Data, '\n')
		}},
		{"seed", edit("seeds/zichuan-education-2022.txt", "教育", "教養")},
		{"new kind template", func() { fsys["templates/unused.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{end}}`)} }},
	}
	// contains holds, for some steps, a file of the site and what it must
	// contain, where a whole build is no reference: both render node
	// fragments the same way.
	contains := map[string][2]string{
		"kind template redefining a partial": {"zh/zichuan-education-2022/index.html", "<b>resp</b>"},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.edit()
			docs, err := cache.Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			want, wantErr := site.Render(fsys, docs)
			have, haveErr := pv.Render(fsys, docs)
			if (haveErr == nil) != (wantErr == nil) || haveErr != nil && haveErr.Error() != wantErr.Error() {
				t.Fatalf("have error %v, want %v", haveErr, wantErr)
			}
			if wantErr != nil {
				return
			}
			sameSite(t, have, want)
			if c, ok := contains[st.name]; ok && !bytes.Contains(have.Files[c[0]], []byte(c[1])) {
				t.Errorf("%s lacks %q", c[0], c[1])
			}
		})
	}
}

// editFile returns edits of the project in fsys: each step replaces the
// first old in a file by new, and fails the test when old is not there.
func editFile(t *testing.T, fsys fstest.MapFS) func(name, old, new string) func() {
	return func(name, old, new string) func() {
		return func() {
			d := fsys[name].Data
			if !bytes.Contains(d, []byte(old)) {
				t.Fatalf("%s: no %q to edit", name, old)
			}
			fsys[name] = &fstest.MapFile{Data: bytes.Replace(d, []byte(old), []byte(new), 1)}
		}
	}
}
