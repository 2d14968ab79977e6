package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/site"
	"plansite/generator/xliff"
)

// frozen is the frozen copy of the project (package testproject).
var frozen = testproject.Dir()

// TestTranslateRoundTrip: translate export, then translate import of the
// untouched file, leaves every file of the project byte-identical.
func TestTranslateRoundTrip(t *testing.T) {
	dir := t.TempDir()
	testproject.Copy(t, dir)
	xlf := filepath.Join(t.TempDir(), "z.xlf")
	if err := exportCmd([]string{"-root", dir, "-plan", "zichuan-education-2022", "-o", xlf}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := importCmd([]string{"-root", dir, xlf}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "0 units changed, 0 added, 0 restamped, 105 unchanged") {
		t.Errorf("import said %q", out.String())
	}
	filepath.WalkDir(frozen, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(frozen, p)
		want, _ := os.ReadFile(p)
		have, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil || !bytes.Equal(have, want) {
			t.Errorf("%s changed in the round trip (%v)", rel, err)
		}
		return nil
	})
	entries, _ := os.ReadDir(filepath.Join(dir, "content/en/zichuan-education-2022"))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("left %s behind", e.Name())
		}
	}
}

// TestExportKeepsTranslatorsWork: exporting again over the translator's
// file, put back before it was imported, is refused and leaves it as it
// was; once imported, the export may replace it.
func TestExportKeepsTranslatorsWork(t *testing.T) {
	dir := t.TempDir()
	testproject.Copy(t, dir)
	xlf := filepath.Join(t.TempDir(), "z.xlf")
	export := func() error {
		return exportCmd([]string{"-root", dir, "-plan", "zichuan-education-2022", "-o", xlf}, io.Discard, io.Discard)
	}
	if err := export(); err != nil {
		t.Fatal(err)
	}
	if err := export(); err != nil {
		t.Fatalf("exporting again over an untouched export: %v", err)
	}
	data, err := os.ReadFile(xlf)
	if err != nil {
		t.Fatal(err)
	}
	worked := bytes.Replace(data, []byte("<target>Overall Requirements</target>"), []byte("<target>General Requirements</target>"), 1)
	if bytes.Equal(worked, data) {
		t.Fatal("no target to change")
	}
	os.WriteFile(xlf, worked, 0o644)
	if err := export(); err == nil || !strings.Contains(err.Error(), "holds translations the project lacks (unit part_1 first): not overwritten") {
		t.Errorf("exporting over the translator's file: have %v, want a refusal naming part_1", err)
	}
	if have, _ := os.ReadFile(xlf); !bytes.Equal(have, worked) {
		t.Error("the translator's file changed")
	}
	if err := importCmd([]string{"-root", dir, xlf}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := export(); err != nil {
		t.Errorf("exporting after the import: %v", err)
	}
}

// TestTranslateShandong: a plan without translation is exported, filled
// in (as a CAT tool would: every segment, keeping the placeholders),
// imported and built: its English pages show the English, and check
// reports it complete.
func TestTranslateShandong(t *testing.T) {
	const slug = "shandong-education-2021"
	dir := t.TempDir()
	testproject.Copy(t, dir)
	seed, err := os.ReadFile("parse/testdata/" + slug + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "seeds", slug+".txt"), seed, 0o644); err != nil {
		t.Fatal(err)
	}
	const title = "Shandong Province 14th Five-Year Plan for Education Development"
	works, err := os.OpenFile(filepath.Join(dir, "content/works.yaml"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(works, "\n%s:\n  title:\n    en: %s\n", slug, title)
	works.Close()
	xlf := filepath.Join(t.TempDir(), "s.xlf")
	if err := exportCmd([]string{"-root", dir, "-plan", slug, "-o", xlf}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(xlf)
	if err != nil {
		t.Fatal(err)
	}
	x, err := xliff.Parse(xlf, data)
	if err != nil {
		t.Fatal(err)
	}
	prefilled := 0
	for _, u := range x.Files[0].Units {
		if s := u.Segment("h"); u.ID == "preamble" && (s == nil || s.Target.Plain(nil) != title || s.SubState != "pls:memory") {
			t.Errorf("the title is not pre-filled from works.yaml: %+v", s)
		}
		for _, s := range u.Segments {
			if s.HasTarget {
				prefilled++
				s.State = xliff.StateReviewed
				continue
			}
			// The translator's English, with the source's placeholders.
			s.Target = xliff.Content{{Text: "English for " + u.ID + " " + s.ID}}
			for _, in := range s.Source {
				if in.Code != nil {
					s.Target = append(s.Target, xliff.Inline{Text: " "}, in)
				}
			}
			s.Target = append(s.Target, xliff.Inline{Text: "."})
			s.HasTarget, s.State = true, xliff.StateTranslated
		}
	}
	if prefilled == 0 {
		t.Error("the memory pre-filled nothing (Zichuan has 总体要求, 指导思想, …)")
	}
	if err := os.WriteFile(xlf, xliff.Marshal(x), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := importCmd([]string{"-root", dir, "-plan", slug, xlf}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := checkTo([]string{"-root", dir, "-json"}, &out); err != nil {
		t.Fatal(err)
	}
	var report struct{ Plans []planProgress }
	if err := json.Unmarshal(out.Bytes(), &report); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range report.Plans {
		if p.Slug == slug {
			found = true
			if !p.Complete || p.Missing != 0 || p.Stale != 0 || p.Share != 1 || p.Translated != p.Units {
				t.Errorf("check: have %+v, want complete", p)
			}
		}
	}
	if !found {
		t.Fatalf("check -json lacks %s: %s", slug, out.String())
	}
	s, err := site.Build(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	page := string(s.Files["en/"+slug+"/index.html"])
	if page == "" {
		t.Fatalf("no English page for %s", slug)
	}
	for _, want := range []string{"<h1>" + title + "</h1>", "English for part_1__sec_1 t", "Overall Requirements", "English for part_2__sec_1 h"} {
		if !strings.Contains(page, want) {
			t.Errorf("English page lacks %q", want)
		}
	}
	if strings.Contains(page, "unit-pending") {
		t.Errorf("English page still shows a pending note")
	}
}
