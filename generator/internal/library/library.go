// Package library makes synthetic projects for benchmarks and tests at
// portal scale: a library of n plans made from the frozen project's plan
// and the corpus plans (generator/testdata/corpus/*.txt), and a single
// plan of any size.
//
// The i-th plan of a library (from 0) is source i mod 14 in a fixed order,
// the frozen Zichuan plan first: the first round is the sources as they
// are, and round r ≥ 1 is a copy under the slug <source>-<r+1> whose
// issuer, wherever the text names it, is renamed to one of a fictitious
// county's (东山县 + the issuer), so that no two plans share a slug or,
// where the text names one, an issuer. A library's content/ is the frozen
// project's (its translation, registry, glossary, works.yaml), so only the
// Zichuan plan itself is translated; templates/ and content/i18n come from
// the repository. Everything is made in memory and deterministic.
//
//	fsys, err := library.Project(100)        // fstest.MapFS of a project
//	err = library.Write(dir, 100)            // the same project on disk
//	seed := library.Plan(25000)              // one plan of 25,000 tasks
package library

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing/fstest"

	"plansite/generator/internal/testproject"
	"plansite/generator/parse"
)

// Sources is how many different plans a library draws from: the frozen
// project's seed and the corpus texts.
const Sources = 14

// Seed is one plan of a library: its file under seeds/ and its text.
type Seed struct {
	Name string // seeds/<slug>.txt
	Data []byte
}

// source is a plan a library copies, with the issuer its text names.
type source struct {
	slug   string
	data   []byte
	issuer string
}

// sources reads the plans a library is made from, in a fixed order: the
// frozen Zichuan plan, then the corpus texts by name.
func sources() ([]source, error) {
	files := []string{testproject.Path("seeds/zichuan-education-2022.txt")}
	corpus, err := filepath.Glob(filepath.Join(testproject.Repo(), "generator", "testdata", "corpus", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(corpus)
	files = append(files, corpus...)
	if len(files) != Sources {
		return nil, fmt.Errorf("library: %d source plans, want %d", len(files), Sources)
	}
	var out []source
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		slug := strings.TrimSuffix(filepath.Base(f), ".txt")
		doc, err := parse.Parse("seeds/"+slug+".txt", data)
		if err != nil {
			return nil, fmt.Errorf("library: %w", err)
		}
		out = append(out, source{slug: slug, data: data, issuer: doc.Meta.Issuer})
	}
	return out, nil
}

// Seeds returns the n plans of a library, in order.
func Seeds(n int) ([]Seed, error) {
	src, err := sources()
	if err != nil {
		return nil, err
	}
	seeds := make([]Seed, 0, n)
	for i := range n {
		s, round := src[i%len(src)], i/len(src)
		if round == 0 {
			seeds = append(seeds, Seed{Name: "seeds/" + s.slug + ".txt", Data: s.data})
			continue
		}
		data := s.data
		if s.issuer != "" {
			data = []byte(strings.ReplaceAll(string(data), s.issuer, County(round)+s.issuer))
		}
		seeds = append(seeds, Seed{Name: fmt.Sprintf("seeds/%s-%d.txt", s.slug, round+1), Data: data})
	}
	return seeds, nil
}

// County is the fictitious county of copy round r (1 to 100): 东山县,
// 东川县, … 平溪县, a different one for each round.
func County(r int) string {
	first := []rune("东西南北青云金玉长平")
	second := []rune("山川河湖林阳宁安丰溪")
	r = (r - 1) % 100
	return string(first[r/10]) + string(second[r%10]) + "县"
}

// Project returns a project of n plans in memory: their seeds, the frozen
// project's content/ and the repository's templates/ and content/i18n.
func Project(n int) (fstest.MapFS, error) {
	m, err := testproject.Files("content", "templates")
	if err != nil {
		return nil, err
	}
	seeds, err := Seeds(n)
	if err != nil {
		return nil, err
	}
	for _, s := range seeds {
		m[s.Name] = &fstest.MapFile{Data: s.Data}
	}
	return m, nil
}

// Write writes Project(n) under dir, which it creates if need be.
func Write(dir string, n int) error {
	m, err := Project(n)
	if err != nil {
		return err
	}
	return WriteFS(dir, m)
}

// WriteFS writes the files of m under dir, for a project made in memory
// (Project, or one seed of Plan beside the templates) that a child process
// builds from disk.
func WriteFS(dir string, m fstest.MapFS) error {
	for name, f := range m {
		file := filepath.Join(dir, filepath.FromSlash(path.Clean(name)))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(file, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
