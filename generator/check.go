package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"slices"

	"plansite/generator/alias"
	"plansite/generator/link/dept"
	"plansite/generator/link/target"
	"plansite/generator/plan"
	"plansite/generator/projectfs"
	"plansite/generator/site"
	"plansite/generator/translate"
	"plansite/generator/view"
)

// planProgress is one plan's line in check -json.
type planProgress struct {
	translate.Progress
	Orphaned int     `json:"orphaned"`
	Share    float64 `json:"share"` // of the Chinese, by characters, translated and current
	Complete bool    `json:"complete"`
}

// check prints the translation alignment of every plan in every language
// and fails when a unit is orphaned or when an address the site published
// (alias.PublishedFile) no longer answers. With -stamp it first writes the
// fingerprint of the current Chinese into every unstamped unit; -restamp
// also overwrites stale fingerprints, for use once those units' English has
// been revised; -record appends the addresses the plans publish now to
// the ledger.
func check(args []string) error { return checkTo(args, os.Stdout) }

// checkTo is check writing its report to w. With -json the report is one
// JSON object, {"plans": [planProgress…]}, for scripts.
func checkTo(args []string, w io.Writer) error {
	fl := flag.NewFlagSet("check", flag.ExitOnError)
	root := fl.String("root", ".", "project directory (seeds/, content/)")
	stamp := fl.Bool("stamp", false, "write missing fingerprints into the translation files")
	restamp := fl.Bool("restamp", false, "with -stamp: also replace stale fingerprints (after revising those units)")
	asJSON := fl.Bool("json", false, "print each plan's translation progress as JSON")
	record := fl.Bool("record", false, "append the addresses the plans publish now to "+alias.PublishedFile)
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	out := w
	if *asJSON {
		out = io.Discard
	}
	project, fsys, docs, err := loadProject(*root)
	if err != nil {
		return err
	}
	defer project.Close()
	if *stamp || *restamp {
		if err := stampAll(out, *root, fsys, docs, *restamp); err != nil {
			return err
		}
	}
	depts := departments(fsys, docs)
	if *record {
		if err := recordPublished(out, *root, fsys, docs, depts); err != nil {
			return err
		}
	}
	terms, err := translate.LoadGlossary(fsys)
	if err != nil {
		return err
	}
	orphans := 0
	var progress []planProgress
	for _, lang := range view.Langs()[1:] {
		set, err := translate.Load(fsys, lang)
		if err != nil {
			return err
		}
		for _, doc := range docs {
			r := translate.Align(doc, set.Doc(doc.Slug), lang)
			p := r.Progress
			printReport(out, r)
			printProgress(out, p)
			printTerms(out, translate.CheckTerms(doc, set.Doc(doc.Slug), terms))
			n, err := printTargets(out, fsys, doc, lang)
			if err != nil {
				return err
			}
			orphans += n
			orphans += len(r.Orphaned)
			progress = append(progress, planProgress{Progress: p, Orphaned: len(r.Orphaned), Share: p.Share(), Complete: p.Complete() && len(r.Orphaned) == 0})
		}
		for slug := range set.Docs {
			if findDoc(docs, slug) == nil {
				fmt.Fprintf(out, "%s/%s: translation of a plan that seeds/ lacks\n", translate.Dir(lang), slug)
				orphans++
			}
		}
	}
	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Plans []planProgress `json:"plans"`
		}{progress}); err != nil {
			return err
		}
	}
	// The ledger is read after the translations: its lost addresses are
	// the last thing printed, and the first failure reported.
	lostErr := checkPublished(out, fsys, docs, depts)
	if orphans > 0 {
		err := fmt.Errorf("%d orphaned translation units: their eIds are not in the Chinese", orphans)
		if lostErr != nil {
			err = fmt.Errorf("%w; %w", err, lostErr)
		}
		return err
	}
	return lostErr
}

// printTargets reports the plan's target indicator units in lang
// (translate.TargetsFile) against the indicators the Chinese states, and
// returns how many units translate no target.
func printTargets(w io.Writer, fsys fs.FS, doc *plan.Document, lang string) (int, error) {
	units, err := translate.LoadTargets(fsys, lang, doc.Slug)
	if err != nil {
		return 0, err
	}
	indicators := map[string]string{}
	for _, t := range target.Of(doc, func(*plan.Node) *dept.Entry { return nil }, target.Extract, target.IsReview) {
		indicators[t.ID] = t.Indicator
	}
	if len(indicators) == 0 && len(units) == 0 {
		return 0, nil
	}
	r := translate.CheckTargets(units, indicators)
	file := translate.Dir(lang) + "/" + doc.Slug + "/" + translate.TargetsFile
	fmt.Fprintf(w, "  target indicators (%s): %d, %d translated, %d missing, %d stale, %d orphaned\n",
		file, len(indicators), len(indicators)-len(r.Missing)-len(r.Stale), len(r.Missing), len(r.Stale), len(r.Orphaned))
	for _, id := range r.Stale {
		fmt.Fprintf(w, "  stale     %s (%s:%d): the Chinese indicator changed to %q; revise it and its zh: %s\n",
			id, file, units[id].Line, indicators[id], translate.TextFingerprint(indicators[id]))
	}
	for _, id := range r.Missing {
		fmt.Fprintf(w, "  missing   %s: %q (zh: %s)\n", id, indicators[id], translate.TextFingerprint(indicators[id]))
	}
	for _, id := range r.Orphaned {
		fmt.Fprintf(w, "  orphaned  %s (%s:%d): no such target\n", id, file, units[id].Line)
	}
	return len(r.Orphaned), nil
}

// printReport writes one plan's alignment: a summary line, then every unit
// that needs attention with its file:line.
func printReport(w io.Writer, r *translate.Report) {
	fmt.Fprintf(w, "%s [%s]: %d needed, %d translated, %d missing, %d orphaned, %d stale, %d unstamped\n",
		r.Slug, r.Lang, r.Progress.Units, len(r.Translated), len(r.Missing), len(r.Orphaned), len(r.Stale), len(r.Unstamped))
	for _, n := range r.Missing {
		fmt.Fprintf(w, "  missing   %s (%s:%d)\n", n.EID, "seeds/"+r.Slug+".txt", n.Line)
	}
	for _, u := range r.Orphaned {
		fmt.Fprintf(w, "  orphaned  %s (%s)\n", u.EID, u.Pos())
	}
	for _, u := range r.Stale {
		fmt.Fprintf(w, "  stale     %s (%s): the Chinese changed; revise it, then run check -restamp\n", u.EID, u.Pos())
	}
	for _, u := range r.Unstamped {
		fmt.Fprintf(w, "  unstamped %s (%s): run check -stamp\n", u.EID, u.Pos())
	}
}

// printProgress writes how far the plan's translation has come, by units
// and by the characters of the Chinese.
func printProgress(w io.Writer, p translate.Progress) {
	state := "incomplete"
	if p.Complete() {
		state = "complete"
	}
	fmt.Fprintf(w, "  progress: %d of %d units translated, %d stale, %d missing; %d%% of the Chinese by characters (%s)\n",
		p.Translated, p.Units, p.Stale, p.Missing, p.Percent(), state)
}

// printTerms writes the units that render a glossary term otherwise than
// content/glossary.yaml fixes it; they are reported, not failed, as a
// sentence may need the term in another form.
func printTerms(w io.Writer, issues []translate.TermIssue) {
	fmt.Fprintf(w, "  glossary: %d renderings differ from %s\n", len(issues), translate.GlossaryFile)
	for _, i := range issues {
		fmt.Fprintf(w, "  term      %s (%s): %s should be %q (%s:%d)\n", i.Unit.EID, i.Unit.Pos(), i.Term.ZH, i.Term.EN, translate.GlossaryFile, i.Term.Line)
	}
}

// loadProject opens the project at dir through os.Root, as build does, so
// that a symbolic link out of the project is refused with projectfs's
// words, and parses its plans. The caller closes the root.
func loadProject(dir string) (*os.Root, fs.FS, []*plan.Document, error) {
	project, err := openProject(dir)
	if err != nil {
		return nil, nil, nil, err
	}
	fsys := projectfs.FS(project)
	docs, err := site.LoadDocs(fsys)
	if err != nil {
		project.Close()
		return nil, nil, nil, err
	}
	return project, fsys, docs, nil
}

// stampAll writes fingerprints into the translation files under root.
func stampAll(w io.Writer, root string, fsys fs.FS, docs []*plan.Document, restamp bool) error {
	for _, lang := range view.Langs()[1:] {
		set, err := translate.Load(fsys, lang)
		if err != nil {
			return err
		}
		for _, doc := range docs {
			edits := translate.StampPlan(doc, set.Doc(doc.Slug), restamp)
			for _, f := range slices.Sorted(maps.Keys(edits)) {
				if err := stampFile(root, fsys, f, edits[f]); err != nil {
					return err
				}
				fmt.Fprintf(w, "stamped %d units in %s\n", len(edits[f]), f)
			}
		}
	}
	return nil
}

// stampFile writes the fingerprints fps into the translation file name of
// the project at root. A file that is a symbolic link inside the project,
// which the build follows, is written where the link leads (contentPath),
// so that the link stays and its target is what gets stamped.
func stampFile(root string, fsys fs.FS, name string, fps map[int]string) error {
	path, err := contentPath(root, fsys, name)
	if err != nil {
		return err
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := translate.Stamp(name, src, fps)
	if err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	return writeAtomic(path, out, info.Mode().Perm())
}
