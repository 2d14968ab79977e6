package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"plansite/generator/alias"
	"plansite/generator/internal/testproject"
	"plansite/generator/projectfs"
	"plansite/generator/site"
)

// TestCheckPublished: a ledger recorded, then a revision that drops a
// section, fails check at the ledger's line until an alias answers for
// the section; the build warns at the same line meanwhile.
func TestCheckPublished(t *testing.T) {
	dir := siteProject(t)
	var out bytes.Buffer
	if err := checkTo([]string{"-root", dir, "-record"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "recorded 7 addresses in content/published.txt") {
		t.Errorf("check -record said\n%s", out.String())
	}
	ledger, err := os.ReadFile(filepath.Join(dir, "content/published.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(ledger), "\np\np/notice\np/notice__title\np/preamble\np/part_1\np/part_1__sec_1\np/part_1__sec_1__para_1\n") {
		t.Fatalf("the ledger reads\n%s", ledger)
	}
	out.Reset()
	if err := checkTo([]string{"-root", dir, "-record"}, &out); err != nil || !strings.Contains(out.String(), "lists every address already") {
		t.Errorf("recording again: %v\n%s", err, out.String())
	}

	// A passage the ledger lacks is said, not failed.
	testproject.WriteFile(t, dir, "seeds/p.txt", []byte("关于印发某规划的通知\n\n某规划\n\n一、总体要求\n\n（一）指导思想\n\n坚持教育优先发展。\n\n（二）基本原则\n\n坚持改革创新。\n"))
	out.Reset()
	if err := checkTo([]string{"-root", dir}, &out); err != nil || !strings.Contains(out.String(), "content/published.txt: 2 addresses the plans publish are not listed yet; check -record lists them") {
		t.Errorf("with a passage unlisted: %v\n%s", err, out.String())
	}

	// The revision: the section (一) is gone.
	testproject.WriteFile(t, dir, "seeds/p.txt", []byte("关于印发某规划的通知\n\n某规划\n\n一、总体要求\n\n坚持教育优先发展。\n"))
	testproject.WriteFile(t, dir, "content/en/p/part.md", []byte("# Overall Requirements {#part_1}\n"))
	line := strings.Count(string(ledger), "\n") - 1 // p/part_1__sec_1, before the last line
	out.Reset()
	err = checkTo([]string{"-root", dir}, &out)
	if err == nil || !strings.Contains(err.Error(), "2 published addresses no longer answer") {
		t.Errorf("have error %v, want the lost address", err)
	}
	want := "content/published.txt:" + strconv.Itoa(line) + ": p/part_1__sec_1 was published, and the plan has no passage part_1__sec_1 now: list it in content/aliases.yaml under p"
	if !strings.Contains(out.String(), want) {
		t.Errorf("check said\n%s\nwant %q", out.String(), want)
	}
	warnings := buildWarnings(t, dir)
	if !strings.Contains(warnings, want) {
		t.Errorf("the build warned\n%s\nwant %q", warnings, want)
	}

	// The editor's answer: aliases to the part and its paragraph.
	testproject.WriteFile(t, dir, alias.File, []byte("p:\n  part_1__sec_1: part_1\n  part_1__sec_1__para_1: part_1__para_1\n"))
	if err := checkTo([]string{"-root", dir}, &out); err != nil {
		t.Errorf("with the alias: %v", err)
	}
	if warnings := buildWarnings(t, dir); strings.Contains(warnings, "published") {
		t.Errorf("with the alias the build warned\n%s", warnings)
	}
}

// buildWarnings builds the project at dir into a fresh directory and
// returns its warnings, a line each.
func buildWarnings(t *testing.T, dir string) string {
	t.Helper()
	project, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer project.Close()
	_, warnings, err := site.BuildDir(context.Background(), projectfs.FS(project), filepath.Join(t.TempDir(), "public"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, w := range warnings {
		b.WriteString(w.Error() + "\n")
	}
	return b.String()
}

// TestRecordThroughLink: a ledger that is a link inside the project is
// recorded where it leads, the link kept; one out of the project is
// refused and left alone.
func TestRecordThroughLink(t *testing.T) {
	dir := siteProject(t)
	testproject.WriteFile(t, dir, "content/ledgers/published.txt", []byte("p\n"))
	if err := os.Symlink("ledgers/published.txt", filepath.Join(dir, alias.PublishedFile)); err != nil {
		t.Fatal(err)
	}
	if err := checkTo([]string{"-root", dir, "-record"}, io.Discard); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(filepath.Join(dir, alias.PublishedFile)); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link is gone: %v", err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "content/ledgers/published.txt")); !strings.HasPrefix(string(data), "p\np/notice\n") {
		t.Errorf("the ledger the link leads to reads\n%s", data)
	}

	outside := filepath.Join(t.TempDir(), "published.txt")
	testproject.WriteFile(t, filepath.Dir(outside), "published.txt", []byte("p\n"))
	os.Remove(filepath.Join(dir, alias.PublishedFile))
	if err := os.Symlink(outside, filepath.Join(dir, alias.PublishedFile)); err != nil {
		t.Fatal(err)
	}
	if err := checkTo([]string{"-root", dir, "-record"}, io.Discard); err == nil {
		t.Error("a ledger linked out of the project was recorded")
	}
	if data, _ := os.ReadFile(outside); string(data) != "p\n" {
		t.Errorf("the file out of the project was written:\n%s", data)
	}
}

// siteProject is writeProject's one-plan project with the frozen
// project's templates and interface words, which a build needs, as does
// recording the departments' pages.
func siteProject(t *testing.T) string {
	t.Helper()
	dir := writeProject(t, "# Overall Requirements {#part_1}\n")
	files, err := testproject.Files("templates", "content/i18n")
	if err != nil {
		t.Fatal(err)
	}
	for name, f := range files {
		testproject.WriteFile(t, dir, name, f.Data)
	}
	return dir
}

// TestCheckPublishedDepartments: a department's page recorded, then its
// slug changed in the registry, fails check until the registry gives the
// old slug as former:, which redirects.
func TestCheckPublishedDepartments(t *testing.T) {
	dir := siteProject(t)
	testproject.WriteFile(t, dir, "seeds/p.txt", []byte("关于印发某规划的通知\n\n某规划\n\n一、总体要求\n\n（一）指导思想\n\n坚持教育优先发展。（责任单位：区财政局）\n"))
	registry := "- name: 区财政局\n  en: District Finance Bureau\n  kind: government\n  slug: %s\n"
	testproject.WriteFile(t, dir, "content/departments.yaml", []byte(strings.Replace(registry, "%s", "finance-bureau", 1)))
	if err := checkTo([]string{"-root", dir, "-record"}, io.Discard); err != nil {
		t.Fatal(err)
	}
	ledger, err := os.ReadFile(filepath.Join(dir, alias.PublishedFile))
	if err != nil || !strings.HasSuffix(string(ledger), "\ndepartments/finance-bureau\n") {
		t.Fatalf("the ledger reads (%v)\n%s", err, ledger)
	}
	line := strconv.Itoa(strings.Count(string(ledger), "\n"))

	testproject.WriteFile(t, dir, "content/departments.yaml", []byte(strings.Replace(registry, "%s", "district-finance-bureau", 1)))
	var out bytes.Buffer
	if err := checkTo([]string{"-root", dir}, &out); err == nil || err.Error() != "1 published address no longer answers (content/published.txt)" {
		t.Errorf("check with the department's page gone: have %v", err)
	}
	if want := "content/published.txt:" + line + ": departments/finance-bureau was published, and no department has that page now: give finance-bureau as former:"; !strings.Contains(out.String(), want) {
		t.Errorf("check said\n%s\nwant %q", out.String(), want)
	}
	if warnings := buildWarnings(t, dir); !strings.Contains(warnings, "departments/finance-bureau was published") {
		t.Errorf("the build warned\n%s", warnings)
	}

	testproject.WriteFile(t, dir, "content/departments.yaml", []byte(strings.Replace(registry, "%s", "district-finance-bureau\n  former: [finance-bureau]", 1)))
	if err := checkTo([]string{"-root", dir}, io.Discard); err != nil {
		t.Errorf("with former: %v", err)
	}
}
