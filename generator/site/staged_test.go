package site_test

import (
	"bytes"
	"maps"
	"reflect"
	"slices"
	"sync"
	"testing"

	"plansite/generator/site"
)

// TestStageMatchesRender edits the project step by step and checks that a
// staged build serves every file as a whole build makes it — the pages
// rendered first, those asked for while the others render, and those
// rendered in the background — and fails where a whole build fails.
func TestStageMatchesRender(t *testing.T) {
	fsys := repoFS(t)
	edit := editFile(t, fsys)
	const plan = "zh/zichuan-education-2022/index.html"
	var (
		pv    site.Preview
		cache site.DocCache
	)
	steps := []struct {
		name  string
		edit  func()
		first []string
		// failsFirst: Stage itself fails, since a page rendered first fails.
		failsFirst bool
	}{
		{"first build", func() {}, nil, false},
		{"seed", edit("seeds/zichuan-education-2022.txt", "教育", "教養"), []string{plan, "en/zichuan-education-2022/index.html", "no/such/page.html"}, false},
		{"translation", func() {
			fsys["content/en/zichuan-education-2022/part-1.md"].Data = append(fsys["content/en/zichuan-education-2022/part-1.md"].Data, '\n')
		}, []string{"en/index.html", plan}, false},
		{"page template only", edit("templates/plan.html", `<h1>`, `<h1 class="edited">`), []string{plan}, false},
		{"broken partial, page shown fails", edit("templates/partials/node.html", `{{- else if .Is "table"}}`, `{{- else if .Is "table"}}{{.NoSuchField}}`), []string{plan}, true},
		{"broken partial, page shown renders", edit("seeds/zichuan-education-2022.txt", "教養", "教育"), []string{"404.html"}, false},
		{"mended", edit("templates/partials/node.html", `{{.NoSuchField}}`, ``), []string{plan}, false},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.edit()
			docs, err := cache.Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			want, wantErr := site.Render(fsys, docs)
			staged, err := pv.Stage(fsys, docs, st.first)
			if err != nil || st.failsFirst {
				if err == nil || wantErr == nil || err.Error() != wantErr.Error() {
					t.Fatalf("have Stage error %v, want %v", err, wantErr)
				}
				return
			}
			// Ask for every file, last first and two at a time, while the
			// background renders from the first.
			names := staged.Paths()
			slices.Reverse(names)
			served := make([][]byte, len(names))
			errs := make([]error, len(names))
			var wg sync.WaitGroup
			for half := range 2 {
				wg.Go(func() {
					for i := half; i < len(names); i += 2 {
						served[i], _, errs[i] = staged.File(names[i])
					}
				})
			}
			wg.Wait()
			have, haveErr := staged.Wait()
			if (haveErr == nil) != (wantErr == nil) || haveErr != nil && haveErr.Error() != wantErr.Error() {
				t.Fatalf("have error %v, want %v", haveErr, wantErr)
			}
			if wantErr != nil {
				if !slices.ContainsFunc(errs, func(err error) bool { return err != nil }) {
					t.Error("no file failed, though the build did")
				}
				return
			}
			if have, want := slices.Sorted(maps.Keys(have.Files)), slices.Sorted(maps.Keys(want.Files)); !slices.Equal(have, want) {
				t.Fatalf("have %d files, want %d", len(have), len(want))
			}
			if len(names) != len(want.Files) {
				t.Fatalf("have %d paths, want %d", len(names), len(want.Files))
			}
			for i, name := range names {
				if errs[i] != nil || !bytes.Equal(served[i], want.Files[name]) {
					t.Errorf("%s: served differs from a whole build's (error %v)", name, errs[i])
				}
				if !bytes.Equal(have.Files[name], want.Files[name]) {
					t.Errorf("%s: the complete site's differs from a whole build's", name)
				}
			}
			if !reflect.DeepEqual(have.Warnings, want.Warnings) || !reflect.DeepEqual(staged.Warnings(), want.Warnings) {
				t.Errorf("have warnings %v, want %v", have.Warnings, want.Warnings)
			}
		})
	}
}
