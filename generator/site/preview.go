package site

import (
	"bytes"
	"errors"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"plansite/generator/alias"
	"plansite/generator/plan"
	"plansite/generator/translate"
)

// Preview renders the site for the preview server, build after build,
// each time the site Render would make, doing only the work the edit since
// its last good build calls for:
//
//   - when the only change is to page templates (templates/<kind>.html),
//     it renders again just the pages of those kinds and takes every other
//     file from that build;
//   - when the only changes are to inputs page keys cover — seeds,
//     translations, links.yaml, the registry, the glossary, the aliases,
//     templates, styles and scripts (keyed) — it describes every page again but takes
//     from that build each page, fragment and data file whose key is
//     unchanged (reuse.go, memo.go);
//   - anything else — site.yaml, works.yaml, a new access date — makes a
//     whole build, reusing only parsed templates.
//
// Why the first is the site Render would make: a page is its kind's
// template set (base.html, the partials and <kind>.html) executed on views
// of the build's inputs, and templates have no effects beyond their
// output. With the parsed plans (the same *plan.Document values, which are
// read-only), every other file under seeds/, content/ and templates/ and
// the citations' access date all unchanged, every page description and
// every non-page file is what it was, and so is every page whose template
// set is unchanged. A kind template appearing or disappearing from a set
// whose pages exist makes a whole build.
//
// The zero value is ready to use; builds are serialised.
type Preview struct {
	mu   sync.Mutex
	last *previewBuild
}

// previewBuild is a good build with what it was made from.
type previewBuild struct {
	in   previewInputs
	b    *builder   // its views, for rendering pages again
	jobs []*pageJob // its pages, in order
	site *Site
}

// previewInputs is everything a build reads besides code.
type previewInputs struct {
	docs     []*plan.Document
	accessed string            // citations' access date (cite.go)
	shared   map[string][]byte // every input file but the kind templates
	kinds    map[string][]byte // page kind → templates/<kind>.html
}

// Render returns the site Render(root, docs) would return.
func (pv *Preview) Render(root fs.FS, docs []*plan.Document) (*Site, error) {
	pv.mu.Lock()
	defer pv.mu.Unlock()
	return pv.render(root, docs)
}

// render is Render with the lock held.
func (pv *Preview) render(root fs.FS, docs []*plan.Document) (*Site, error) {
	in, err := readPreviewInputs(root, docs)
	if err != nil {
		// Render reports what is wrong with the files in its own words.
		pv.last = nil
		return Render(root, docs)
	}
	if last := pv.last; last != nil && last.in.sameBut(in) {
		s, err := last.rerender(root, in)
		if err != nil {
			return nil, err
		}
		pv.last = &previewBuild{in: in, b: last.b, jobs: s.jobs, site: s.site}
		return s.site, nil
	}
	b, err := pv.next(root, docs, in)
	if err != nil {
		return nil, err
	}
	err = b.build()
	b.last = nil
	if err != nil {
		return nil, err
	}
	s := b.site()
	pv.last = &previewBuild{in: in, b: b, jobs: b.pool.jobs, site: s}
	return s, nil
}

// next returns the builder of the build after the last good one. Parsing
// the templates is a tenth of a build, so the last build's are used again
// when their files are unchanged (executed templates can be executed
// again); and when only inputs keys cover changed (keyed), its pages,
// fragments and memoised files are reused where their keys match
// (reuse.go, memo.go).
func (pv *Preview) next(root fs.FS, docs []*plan.Document, in previewInputs) (*builder, error) {
	last := pv.last
	var b *builder
	var err error
	if last != nil && last.in.sameTemplates(in) {
		b, err = newBuilderWith(root, docs, last.b.tmpl)
	} else {
		b, err = newBuilder(root, docs)
	}
	if err != nil {
		return nil, err
	}
	b.keyed = true
	if last != nil && last.in.sameButKeyed(in) {
		b.last = lastPages{}
		for _, j := range last.jobs {
			b.last[j.name] = j
		}
		b.frags.prev = &last.b.frags
		b.lastMemo = &last.b.memo
		last.b.frags.prev = nil // keep one build's fragments, not every build's
	}
	return b, nil
}

// rerendered is a site rendered again after a page template edit, with
// its pages: those rendered again and the others of the last build.
type rerendered struct {
	site *Site
	jobs []*pageJob
}

// rerender renders again the pages whose kind's template changed, into a
// copy of the last site's files: the last site may still be being served.
// Only the changed templates are parsed again, in name order as
// loadTemplates parses them, so that a broken one is reported as a whole
// build reports it.
func (pb *previewBuild) rerender(root fs.FS, in previewInputs) (rerendered, error) {
	b := pb.b
	ts := b.tmpl
	ts.kinds, ts.own, ts.sig = maps.Clone(ts.kinds), maps.Clone(ts.own), maps.Clone(ts.sig)
	changed := map[string]bool{}
	for _, kind := range slices.Sorted(maps.Keys(in.kinds)) {
		if !bytes.Equal(pb.in.kinds[kind], in.kinds[kind]) {
			changed[kind] = true
			if err := ts.parseKind(root, kind); err != nil {
				return rerendered{}, err
			}
		}
	}
	// The builder's templates must stay those of its last good build,
	// which the next build compares with, until this one succeeds.
	last := b.tmpl
	b.tmpl = ts
	b.files = maps.Clone(pb.site.Files)
	b.pool = newRenderPool(b)
	b.last = nil // the pages of changed kinds are rendered, not reused
	jobs := slices.Clone(pb.jobs)
	for i, j := range jobs {
		if changed[j.page.Kind] {
			b.pool.add(j.name, j.page)
			jobs[i] = b.pool.jobs[len(b.pool.jobs)-1]
		}
	}
	if err := b.pool.finish(nil); err != nil {
		b.tmpl = last
		return rerendered{}, err
	}
	_, rendered := b.pool.count()
	s := &Site{Files: b.files, Docs: pb.site.Docs, Warnings: pb.site.Warnings, Pages: len(jobs), Rendered: rendered}
	return rerendered{s, jobs}, nil
}

// sameBut reports whether next differs from in at most in kind templates
// of pages: the same plans, access date and other files, and the same set
// of kind templates.
func (in previewInputs) sameBut(next previewInputs) bool {
	return slices.Equal(in.docs, next.docs) && in.accessed == next.accessed &&
		maps.EqualFunc(in.shared, next.shared, bytes.Equal) &&
		slices.Equal(slices.Sorted(maps.Keys(in.kinds)), slices.Sorted(maps.Keys(next.kinds)))
}

// sameButKeyed reports whether next differs from in at most in the inputs
// page keys cover (keyed, reuse.go).
func (in previewInputs) sameButKeyed(next previewInputs) bool {
	if in.accessed != next.accessed {
		return false
	}
	for name, data := range in.shared {
		if other, ok := next.shared[name]; !keyed(name) && (!ok || !bytes.Equal(data, other)) {
			return false
		}
	}
	for name := range next.shared {
		if _, ok := in.shared[name]; !ok && !keyed(name) {
			return false
		}
	}
	return true
}

// keyed reports whether the file's content reaches pages only in ways
// keys cover, if at all:
//
//   - templates reach pages and fragments through the text of the
//     templates each reaches, which keys name (templates.sigOf); other
//     files under templates/ (styles, scripts, images) are copied, and no
//     page shows them;
//   - a seed or a translation unit file reaches pages through the plans'
//     views;
//   - the key project ↔ task decisions and the department registry reach
//     them through the views' links and responsibility lists, the
//     department pages' and matrices' keys (registrySignature), and the
//     analysis, which data files' keys name;
//   - the glossary reaches the glossary pages, whose keys name it, and the
//     search indexes, built again whenever their input differs;
//   - the aliases reach the go-to maps and redirects, on the go-to pages,
//     whose keys name them, and on pages keyed by the whole site.
func keyed(name string) bool {
	if path.Dir(name) == "seeds" || name == linkFile || name == deptFile || name == translate.GlossaryFile || name == alias.File {
		return true
	}
	if strings.HasPrefix(name, "templates/") {
		return true
	}
	dir, file := path.Split(name)
	parts := strings.Split(strings.TrimSuffix(dir, "/"), "/")
	return len(parts) == 3 && parts[0] == "content" && path.Ext(file) == ".md"
}

// sameTemplates reports whether next has the same template files as in:
// base.html, the partials and the kind templates.
func (in previewInputs) sameTemplates(next previewInputs) bool {
	isTemplate := func(name string) bool {
		return strings.HasPrefix(name, "templates/") && path.Ext(name) == ".html"
	}
	for name, data := range in.shared {
		if isTemplate(name) && !bytes.Equal(data, next.shared[name]) {
			return false
		}
	}
	for name := range next.shared {
		if _, ok := in.shared[name]; isTemplate(name) && !ok {
			return false
		}
	}
	return maps.EqualFunc(in.kinds, next.kinds, bytes.Equal)
}

// readPreviewInputs reads every file under the directories a build reads
// from (see the package doc's content contract).
func readPreviewInputs(root fs.FS, docs []*plan.Document) (previewInputs, error) {
	in := previewInputs{docs: docs, accessed: accessedDate(), shared: map[string][]byte{}, kinds: map[string][]byte{}}
	for _, dir := range []string{"seeds", "content", "templates"} {
		if _, err := fs.Stat(root, dir); errors.Is(err, fs.ErrNotExist) {
			continue // the build says whether it needs the directory
		}
		err := fs.WalkDir(root, dir, func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(root, name)
			if err != nil {
				return err
			}
			if kind, ok := kindTemplate(name); ok {
				in.kinds[kind] = data
			} else {
				in.shared[name] = data
			}
			return nil
		})
		if err != nil {
			return in, err
		}
	}
	return in, nil
}

// kindTemplate reports whether name is the template of one page kind,
// templates/<kind>.html other than base.html.
func kindTemplate(name string) (string, bool) {
	if path.Dir(name) != "templates" || path.Ext(name) != ".html" || name == "templates/base.html" {
		return "", false
	}
	return strings.TrimSuffix(path.Base(name), ".html"), true
}
