// Package testproject gives tests the project frozen at a fixed revision:
// the seeds and content/ copied into generator/testdata/project, so that a
// test that counts items or quotes text keeps its answer when an editor
// changes content/ or a seed. Templates are code, not content, and come
// from the repository; so do the interface strings of content/i18n
// (zh.yaml, en.yaml), whose keys the templates name. The vocabulary there
// (subjects.yaml, kinds.yaml, targets.yaml: how titles and targets are
// put in English) is frozen with the rest, so that an editor's better
// wording changes no test's expected title: a file of content/i18n is the
// frozen copy's where it has one, else the repository's. Tests over the
// live project (the site builds, every link resolves, check passes) read
// the repository instead.
//
// To refreeze after a deliberate change of the seeds or content, copy
// seeds/ and content/ over generator/testdata/project/ and update the
// tests' expected counts in the same commit.
package testproject

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/parse"
	"plansite/generator/plan"
)

// Repo is the repository's root directory.
func Repo() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// Dir is the directory of the frozen seeds/ and content/.
func Dir() string { return filepath.Join(Repo(), "generator", "testdata", "project") }

// Path is the file name of a frozen project file, such as
// "seeds/zichuan-education-2022.txt" or "content/departments.yaml".
func Path(name string) string { return filepath.Join(Dir(), filepath.FromSlash(name)) }

// FS is the frozen project: seeds/ and content/ from Dir, the rest
// (templates/) from the repository.
func FS() fs.FS { return project{frozen: os.DirFS(Dir()), repo: os.DirFS(Repo())} }

type project struct{ frozen, repo fs.FS }

func (p project) Open(name string) (fs.File, error) {
	if p.isFrozen(name) {
		return p.frozen.Open(name)
	}
	return p.repo.Open(name)
}

// ReadDir lists a directory as Open serves it: content/i18n is the
// repository's files and the frozen copy's, the frozen copy's winning.
func (p project) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == i18n {
		es, err := fs.ReadDir(p.repo, name)
		if err != nil {
			return nil, err
		}
		frozen, _ := fs.ReadDir(p.frozen, name)
		for _, f := range frozen {
			es = slices.DeleteFunc(es, func(e fs.DirEntry) bool { return e.Name() == f.Name() })
		}
		es = append(es, frozen...)
		sort.Slice(es, func(i, j int) bool { return es[i].Name() < es[j].Name() })
		return es, nil
	}
	if !p.isFrozen(name) {
		return fs.ReadDir(p.repo, name)
	}
	return fs.ReadDir(p.frozen, name)
}

// i18n is the directory of interface strings and vocabulary.
const i18n = "content/i18n"

func (p project) isFrozen(name string) bool {
	top, _, _ := strings.Cut(name, "/")
	switch {
	case top != "seeds" && top != "content":
		return false
	case name == i18n:
		return false // the repository's, listed with the frozen files by ReadDir
	case strings.HasPrefix(name, i18n+"/"):
		_, err := fs.Stat(p.frozen, name)
		return err == nil
	}
	return true
}

// Map copies the frozen project's seeds, content and templates into memory,
// for a test that edits them.
func Map(t testing.TB) fstest.MapFS {
	t.Helper()
	m, err := Files("seeds", "content", "templates")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Files copies the files of the frozen project under dirs into memory.
func Files(dirs ...string) (fstest.MapFS, error) {
	m := fstest.MapFS{}
	root := FS()
	for _, dir := range dirs {
		err := fs.WalkDir(root, dir, func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(root, name)
			m[name] = &fstest.MapFile{Data: data}
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Copy writes the frozen project's seeds, content and templates under dir,
// for a test that edits files on disk.
func Copy(t testing.TB, dir string) {
	t.Helper()
	for name, f := range Map(t) {
		WriteFile(t, dir, name, f.Data)
	}
}

// WriteFile writes data to the slash-separated name under dir, making its
// directories, for tests that set up a project on disk.
func WriteFile(t testing.TB, dir, name string, data []byte) {
	t.Helper()
	file := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// ParseFile reads and parses a plan file on disk (a seed of the frozen
// project or a corpus copy), failing the test on error.
func ParseFile(t testing.TB, file string) *plan.Document {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse.Parse(file, data)
	if err != nil {
		t.Fatalf("parse %s: %v", file, err)
	}
	return doc
}
