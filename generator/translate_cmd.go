package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"plansite/generator/link/dept"
	"plansite/generator/opendata"
	"plansite/generator/plan"
	"plansite/generator/translate"
	"plansite/generator/xliff"
)

// deptFile is the department registry, which the memory and the notes of
// an export draw English names from.
const deptFile = "content/departments.yaml"

// translateCmd exchanges a plan's translation with CAT tools as XLIFF 2.1:
//
//	translate export -plan SLUG [-o FILE]   write the plan's units, pre-filled from the memory
//	translate import [-plan SLUG] FILE      write the file's targets into content/en/<slug>/
func translateCmd(args []string) error {
	if len(args) == 0 {
		return errors.New("usage: generator translate export -plan SLUG [-o FILE] | import [-plan SLUG] FILE")
	}
	switch args[0] {
	case "export":
		return exportCmd(args[1:], os.Stdout, os.Stderr)
	case "import":
		return importCmd(args[1:], os.Stdout, os.Stderr)
	}
	return fmt.Errorf("translate %s: expected export or import", args[0])
}

// lang is the language translations are exchanged in.
const lang = "en"

func exportCmd(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("translate export", flag.ExitOnError)
	root := fl.String("root", ".", "project directory (seeds/, content/)")
	slug := fl.String("plan", "", "the plan to export (its seed's name without extension)")
	out := fl.String("o", "", "file to write (default SLUG.en.xlf; - for standard output)")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if *slug == "" {
		return errors.New("translate export: -plan SLUG is required")
	}
	project, fsys, docs, err := loadProject(*root)
	if err != nil {
		return err
	}
	defer project.Close()
	doc := findDoc(docs, *slug)
	if doc == nil {
		return fmt.Errorf("translate export: no plan %q in seeds/ (plans: %s)", *slug, slugs(docs))
	}
	mem, set, err := loadMemory(fsys, docs)
	if err != nil {
		return err
	}
	f, st := translate.Export(doc, set.Doc(doc.Slug), mem)
	data := xliff.Marshal(&xliff.Document{SrcLang: "zh-CN", TrgLang: lang, Files: []*xliff.File{f}})
	if *out == "" {
		*out = doc.Slug + "." + lang + ".xlf"
	}
	if *out == "-" {
		_, err = stdout.Write(data)
	} else {
		err = writeExport(*out, data, f)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%s: %d units (%d current, %d unstamped, %d stale, %d missing); memory pre-filled %d of %d segments (%s), fuzzy matches for %d; %d department names and %d glossary terms in the term base\n",
		nameOr(*out), st.Units, st.Current, st.Unstamped, st.Stale, st.Missing, st.Prefilled, st.Segments, kinds(st.PrefilledBy), st.Fuzzy, st.Departments, st.Terms)
	return nil
}

func nameOr(out string) string {
	if out == "-" {
		return "standard output"
	}
	return out
}

func kinds(m map[string]int) string {
	var ks []string
	for k, n := range m {
		ks = append(ks, fmt.Sprintf("%d %s", n, k))
	}
	sort.Strings(ks)
	if len(ks) == 0 {
		return "none"
	}
	return strings.Join(ks, ", ")
}

// writeExport writes the export data of f, refusing to overwrite a file
// that is not one (the command never overwrites what it did not write) or
// one holding translations the project lacks: the translator's file, put
// back where the export was made and not imported yet.
func writeExport(name string, data []byte, f *xliff.File) error {
	old, err := os.ReadFile(name)
	if err != nil {
		return writeAtomic(name, data, 0o644)
	}
	if !bytes.Contains(old, []byte(xliff.NSPlansite)) {
		return fmt.Errorf("%s exists and is not an export of this command: not overwritten (choose another -o)", name)
	}
	doc, err := xliff.Parse(name, old)
	if err != nil {
		return fmt.Errorf("%s exists and does not read as an export (%w): not overwritten (choose another -o)", name, err)
	}
	if id := unimported(doc, f); id != "" {
		return fmt.Errorf("%s holds translations the project lacks (unit %s first): not overwritten; import it (generator translate import %s) or choose another -o", name, id, name)
	}
	return writeAtomic(name, data, 0o644)
}

// unimported returns the id of the first unit of old whose targets the
// export f would not write again (a translator's work), or "".
func unimported(old *xliff.Document, f *xliff.File) string {
	units := map[string]*xliff.Unit{}
	for _, u := range f.Units {
		units[u.ID] = u
	}
	for _, of := range old.Files {
		for _, ou := range of.Units {
			nu := units[ou.ID]
			for _, s := range ou.Segments {
				if len(s.Target) == 0 {
					continue
				}
				var ns *xliff.Segment
				if nu != nil && of.ID == f.ID {
					ns = nu.Segment(s.ID)
				}
				if ns == nil || s.Target.Plain(ou.DataText) != ns.Target.Plain(nu.DataText) {
					return ou.ID
				}
			}
		}
	}
	return ""
}

// loadMemory reads the translations, the registry and the glossary of the
// project into a translation memory.
func loadMemory(fsys fs.FS, docs []*plan.Document) (*translate.Memory, *translate.Set, error) {
	set, err := translate.Load(fsys, lang)
	if err != nil {
		return nil, nil, err
	}
	var reg *dept.Registry
	if _, err := fs.Stat(fsys, deptFile); err == nil {
		if reg, err = dept.Load(fsys, deptFile); err != nil {
			return nil, nil, err
		}
	}
	terms, err := translate.LoadGlossary(fsys)
	if err != nil {
		return nil, nil, err
	}
	mem := translate.NewMemory(docs, set, reg, terms)
	works, err := opendata.LoadWorks(fsys, docs)
	if err != nil {
		return nil, nil, err
	}
	mem.Titles = map[string]string{}
	for slug, w := range works {
		mem.Titles[slug] = w.Title[lang]
	}
	return mem, set, nil
}

func importCmd(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("translate import", flag.ExitOnError)
	root := fl.String("root", ".", "project directory (seeds/, content/)")
	slug := fl.String("plan", "", "reject the file unless it is for this plan")
	if err := parseArgs(fl, args); err != nil {
		return err
	}
	if fl.NArg() != 1 {
		return errors.New("usage: generator translate import [-plan SLUG] FILE")
	}
	name := fl.Arg(0)
	data, err := readInput(name, "an XLIFF file of translate export", maxXLIFF)
	if err != nil {
		return err
	}
	x, err := xliff.Parse(filepath.ToSlash(name), data)
	if err != nil {
		return err
	}
	project, fsys, docs, err := loadProject(*root)
	if err != nil {
		return err
	}
	defer project.Close()
	set, err := translate.Load(fsys, lang)
	if err != nil {
		return err
	}
	imp, err := translate.Apply(filepath.ToSlash(name), x, docs, set, fsys, *slug)
	if err != nil {
		return err
	}
	for _, w := range imp.Warnings {
		fmt.Fprintln(stderr, "warning:", w)
	}
	for _, f := range slices.Sorted(maps.Keys(imp.Files)) {
		if err := writeContent(*root, fsys, f, imp.Files[f]); err != nil {
			return err
		}
		fmt.Fprintln(stdout, "wrote", f)
	}
	fmt.Fprintf(stdout, "%s: %d units changed, %d added, %d restamped, %d unchanged, %d without a target\n",
		imp.Slug, imp.Changed, imp.Added, imp.Restamped, imp.Unchanged, imp.Empty)
	return nil
}

func findDoc(docs []*plan.Document, slug string) *plan.Document {
	for _, d := range docs {
		if d.Slug == slug {
			return d
		}
	}
	return nil
}

func slugs(docs []*plan.Document) string {
	var s []string
	for _, d := range docs {
		s = append(s, d.Slug)
	}
	return strings.Join(s, ", ")
}
