// Package library makes synthetic projects for benchmarks and tests at
// portal scale: a library of n plans made from the frozen project's plan
// and the corpus plans (generator/testdata/corpus/*.txt), and a single
// plan of any size.
//
// The i-th plan of a library (from 0) is source i mod 14 in a fixed order,
// the frozen Zichuan plan first: the first round is the sources as they
// are, and round r ≥ 1 is a copy under the slug <source>-<r+1> whose
// issuer, wherever the text names it, is renamed to the same body of a
// fictitious county, a county of its own for each copy (County), in the
// province the issuer names if any: 淄川区人民政府 → 东山县人民政府 (the
// first copy), 安徽省人民政府办公厅 → 安徽省东湖县人民政府办公厅 (the fourth).
// The copy's government, and so its issuer's English name and its
// departments' pages, are the county's, and no two plans share a slug or,
// where the text names one, an issuer. A library's content/ is the frozen
// project's (its translation, registry, glossary, works.yaml), its
// glossary joined by the corpus plans' terms (corpus/glossary.yaml), so
// only the Zichuan plan itself is translated; templates/ and content/i18n come from
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
	"slices"
	"sort"
	"strings"
	"testing/fstest"
	"unicode/utf8"

	"plansite/generator/internal/testproject"
	"plansite/generator/link/dept"
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
			data = []byte(strings.ReplaceAll(string(data), s.issuer, countyIssuer(s.issuer, County(i-len(src)+1))))
		}
		seeds = append(seeds, Seed{Name: fmt.Sprintf("seeds/%s-%d.txt", s.slug, round+1), Data: data})
	}
	return seeds, nil
}

// countyIssuer is issuer as the same body of county would sign: the place
// the name begins with (淄川区, 北京市西城区), or the level it names alone
// (省粮食和物资储备局), gives way to the county, which stays in the
// province or municipality the name begins with (安徽省人民政府办公厅 →
// 安徽省东山县人民政府办公厅, a county of Anhui whose plans' 省教育厅 is
// Anhui's); a Party body stays one (中共明溪县委 → 中共东山县委).
func countyIssuer(issuer, county string) string {
	party, rest := "", issuer
	if r, ok := strings.CutPrefix(rest, "中共"); ok {
		party, rest = "中共", r
	}
	place := dept.Place(rest)
	if place == "" {
		if r, size := utf8.DecodeRuneInString(rest); strings.ContainsRune("省市州县区", r) {
			place = rest[:size]
		}
	}
	rest = strings.TrimPrefix(rest, place)
	return party + province(place) + county + rest
}

// province is the province, autonomous region or municipality a place
// begins with (安徽省 of 安徽省合肥市, 北京市 of 北京市西城区), or "".
func province(place string) string {
	for _, m := range []string{"北京市", "天津市", "上海市", "重庆市"} {
		if strings.HasPrefix(place, m) {
			return m
		}
	}
	for _, level := range []string{"自治区", "省"} {
		if i := strings.Index(place, level); i > 0 {
			return place[:i+len(level)]
		}
	}
	return ""
}

// County is the fictitious county of the k-th copy of a library (from
// 1): 东山县, 东川县, … 平溪县 for the first 100, then names of three
// characters (东山江县 …) to the 1,000th; a larger library repeats them.
func County(k int) string {
	first := []rune("东西南北青云金玉长平")
	second := []rune("山川河湖林阳宁安丰溪")
	third := []rune("江源坪岭城桥口台庄坝")
	n := (k - 1) % 1000
	name := string(first[n/10%10]) + string(second[n%10])
	if n >= 100 {
		name += string(third[n/100-1])
	}
	return name + "县"
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
	if err := addCorpusGlossary(m); err != nil {
		return nil, err
	}
	return m, nil
}

// addCorpusGlossary adds the corpus plans' terms (generator/testdata/
// corpus/glossary.yaml) to the project's glossary, both being lists of
// terms, so that an English search finds the untranslated plans by them.
func addCorpusGlossary(m fstest.MapFS) error {
	terms, err := os.ReadFile(filepath.Join(testproject.Repo(), "generator", "testdata", "corpus", "glossary.yaml"))
	if err != nil {
		return fmt.Errorf("library: %w", err)
	}
	const name = "content/glossary.yaml"
	f, ok := m[name]
	if !ok {
		return fmt.Errorf("library: the frozen project has no %s", name)
	}
	data := append(append(slices.Clip(f.Data), '\n'), terms...)
	m[name] = &fstest.MapFile{Data: data, Mode: f.Mode}
	return nil
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
