package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"plansite/generator/parse"
	"plansite/generator/site"
	"plansite/generator/source"
)

// inspect prints how the parser understood a plan (.txt, .docx, .pdf or
// .html): its outline with source
// lines, kinds, numbers and headings, the metadata found, the
// responsibility lists and every warning, so that an editor can find a
// misread line. It fails (exit 1) when the file cannot be read as a plan.
func inspect(args []string) error {
	fl := flag.NewFlagSet("inspect", flag.ExitOnError)
	fl.Usage = func() {
		fmt.Fprintln(fl.Output(), "usage: generator inspect FILE…")
		fl.PrintDefaults()
	}
	if err := parseArgs(fl, args); err != nil {
		return err
	}
	if fl.NArg() == 0 {
		return errors.New("inspect: no file given: expected a plan's file (generator inspect FILE…)")
	}
	for _, name := range fl.Args() {
		data, err := readInput(name, "a plan's file (.txt, .docx, .pdf, .html)", site.MaxSeedSize)
		if err != nil {
			return err
		}
		// Any seed format: a .docx, .pdf or .html file is read by package
		// source, and the outline names each line's place in it.
		doc, err := source.ParseBytes(filepath.ToSlash(name), data)
		if err != nil {
			return err
		}
		if fl.NArg() > 1 {
			fmt.Printf("== %s\n", name)
		}
		parse.Outline(os.Stdout, doc)
		fmt.Println(parse.Count(doc))
	}
	return nil
}
