package main

import (
	"fmt"
	"io"
	"io/fs"
	"sync"

	"plansite/generator/alias"
	"plansite/generator/plan"
	"plansite/generator/site"
	"plansite/generator/textfile"
)

// recordPublished appends to the ledger (alias.PublishedFile) of the
// project at root every address of docs and of the departments' pages it
// lacks, making the ledger if there is none; it never removes a line.
func recordPublished(w io.Writer, root string, fsys fs.FS, docs []*plan.Document, depts func() deptPages) error {
	published, err := alias.ReadPublished(fsys)
	if err != nil {
		return err
	}
	d := depts()
	if d.err != nil {
		return d.err
	}
	add := alias.Unlisted(published, docs, d.pages)
	if len(add) == 0 {
		fmt.Fprintf(w, "%s lists every address already\n", alias.PublishedFile)
		return nil
	}
	data, err := textfile.Read(fsys, alias.PublishedFile)
	if err != nil {
		return err
	}
	full, err := projectPath(root, fsys, alias.PublishedFile, "the ledger of published addresses")
	if err != nil {
		return fmt.Errorf("%w: not recorded", err)
	}
	if err := writeKeeping(full, alias.AppendPublished(data, add)); err != nil {
		return err
	}
	fmt.Fprintf(w, "recorded %d addresses in %s\n", len(add), alias.PublishedFile)
	return nil
}

// checkPublished prints, at its line, every address of the ledger that
// no plan of docs, no alias and no department answers, and fails if there
// is one; it says how many addresses the plans publish that the ledger
// does not list yet, which only a recording protects.
func checkPublished(out io.Writer, fsys fs.FS, docs []*plan.Document, depts func() deptPages) error {
	published, err := alias.ReadPublished(fsys)
	if err != nil || len(published) == 0 {
		return err
	}
	aliases, err := alias.Load(fsys, docs)
	if err != nil {
		return err
	}
	d := depts()
	if d.err != nil {
		return d.err
	}
	if n := len(alias.Unlisted(published, docs, d.pages)); n > 0 {
		what := fmt.Sprintf("%d addresses the plans publish are", n)
		if n == 1 {
			what = "1 address the plans publish is"
		}
		fmt.Fprintf(out, "%s: %s not listed yet; check -record lists them\n", alias.PublishedFile, what)
	}
	lost := alias.Lost(published, docs, aliases, d.answers, 0)
	for _, w := range lost {
		fmt.Fprintln(out, w.Error())
	}
	switch len(lost) {
	case 0:
	case 1:
		return fmt.Errorf("1 published address no longer answers (%s)", alias.PublishedFile)
	default:
		return fmt.Errorf("%d published addresses no longer answer (%s)", len(lost), alias.PublishedFile)
	}
	return nil
}

// deptPages are the departments' pages of the site around a check's
// plans: the slugs of their pages, every slug that answers for a
// department (site.Project.Departments), and the error of loading it.
type deptPages struct {
	pages   []string
	answers map[string]bool
	err     error
}

// departments returns a function that loads the site around docs for
// its departments' pages, once, however often it is called: only the
// link analysis knows them, and recording and checking both ask.
func departments(fsys fs.FS, docs []*plan.Document) func() deptPages {
	return sync.OnceValue(func() deptPages {
		p, err := site.Load(fsys, docs, nil)
		if err != nil {
			return deptPages{err: err}
		}
		pages, answers := p.Departments()
		return deptPages{pages: pages, answers: answers}
	})
}
