package search

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"

	"plansite/generator/cite"
	"plansite/generator/internal/testproject"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// The fixtures build Docs the way the site is expected to: every node with a
// heading or text is a passage, departments carry their names in both
// languages, English text comes from content/en/.

const zichuan = "zichuan-education-2022"

type deptEntry struct {
	Name      string   `yaml:"name"`
	Full      string   `yaml:"full"`
	Aliases   []string `yaml:"aliases"`
	EN        string   `yaml:"en"`
	ENAliases []string `yaml:"en_aliases"`
	Scope     string   `yaml:"scope"`
}

func readYAML(t testing.TB, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// registry maps a department name or alias (Zichuan scope first) to its entry.
func registry(t testing.TB) map[string]deptEntry {
	var es []deptEntry
	readYAML(t, testproject.Path("content/departments.yaml"), &es)
	m := map[string]deptEntry{}
	for _, scope := range []string{"anhui", "shandong", "zichuan", ""} {
		for _, e := range es {
			if e.Scope == scope {
				for _, n := range append([]string{e.Name, e.Full}, e.Aliases...) {
					m[n] = e
				}
			}
		}
	}
	return m
}

func glossaryTerms(t testing.TB) []Term {
	var ts []Term
	readYAML(t, testproject.Path("content/glossary.yaml"), &ts)
	return ts
}

// unit is one translated node of content/en.
type unit struct{ heading, text string }

var mdHeading = regexp.MustCompile(`^#+\s*(.*?)\s*\{#([A-Za-z0-9_]+)[^}]*\}\s*$`)

func englishUnits(t testing.TB, slug string) map[string]unit {
	files, _ := filepath.Glob(filepath.Join(testproject.Path("content/en"), slug, "*.md"))
	if len(files) == 0 {
		t.Fatalf("no English translation of %s", slug)
	}
	units := map[string]unit{}
	for _, f := range files {
		file, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(file)
		sc.Buffer(nil, 1<<20)
		eid := ""
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if m := mdHeading.FindStringSubmatch(line); m != nil {
				eid = m[2]
				units[eid] = unit{heading: strings.ReplaceAll(m[1], "*", "")}
				continue
			}
			if line == "" || eid == "" {
				continue
			}
			u := units[eid]
			if u.text != "" {
				u.text += "\n"
			}
			u.text += strings.ReplaceAll(line, "*", "")
			units[eid] = u
		}
		file.Close()
	}
	return units
}

func parsePlan(t testing.TB, path string) *plan.Document {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := parse.Parse(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// planDoc turns a parsed plan into a Doc in lang; en gives the English
// units (nil when there is no translation). A key project lists itself
// under Projects with its name in both languages.
func planDoc(d *plan.Document, lang string, reg map[string]deptEntry, en map[string]unit) Doc {
	doc := Doc{Slug: d.Slug, Title: d.Meta.Title, URL: lang + "/" + d.Slug + "/"}
	included := map[*plan.Node]bool{}
	d.Walk(func(n *plan.Node) bool {
		heading, text := n.Heading, n.Text
		if lang == ModeEn {
			u := en[n.EID]
			heading, text = u.heading, u.text
		}
		if heading == "" && text == "" {
			return true
		}
		included[n] = true
		p := Passage{EID: n.EID, Kind: string(n.Kind), Label: plan.Label(n, lang), Heading: heading, Text: text}
		for a := n.Parent; a != nil; a = a.Parent {
			if included[a] {
				p.Parent = a.EID
				break
			}
		}
		if n.Resp != nil {
			for i, name := range n.Resp.All() {
				dep := Department{Name: name, Lead: i < len(n.Resp.Lead)}
				if e, ok := reg[name]; ok {
					dep.Aliases = append(append(append([]string{e.Name, e.Full}, e.Aliases...), e.EN), e.ENAliases...)
					if lang == ModeEn && e.EN != "" {
						dep.Name = e.EN
					}
				}
				p.Departments = append(p.Departments, dep)
			}
		}
		if n.Kind == plan.KindProject {
			pr := Project{Name: p.Heading}
			if other := en[n.EID].heading; lang == ModeZh && other != "" {
				pr.Aliases = []string{other}
			} else if lang == ModeEn {
				pr.Aliases = []string{n.Heading}
			}
			p.Projects = []Project{pr}
		}
		doc.Passages = append(doc.Passages, p)
		return true
	})
	return doc
}

// gotoKeys maps the go-to keys of d's nodes to their eIds, as the site does
// (cite.NewTable).
func gotoKeys(d *plan.Document) map[string]string {
	return cite.NewTable(func(yield func(*plan.Node)) {
		d.Walk(func(n *plan.Node) bool { yield(n); return true })
	}).Keys
}

var fixture struct {
	once   sync.Once
	zh, en Doc
	gloss  []Term
	syn    map[string][]Synonym
	files  map[string]map[string][]byte
	stats  map[string]Stats
}

// zichuanIndex builds (once) the Zichuan plan's Docs and both indexes.
func zichuanIndex(t testing.TB) {
	fixture.once.Do(func() {
		d := parsePlan(t, testproject.Path("seeds/"+zichuan+".txt"))
		reg := registry(t)
		en := englishUnits(t, zichuan)
		fixture.zh = planDoc(d, ModeZh, reg, en)
		fixture.en = planDoc(d, ModeEn, reg, en)
		fixture.gloss = glossaryTerms(t)
		syn, err := LoadSynonyms(testproject.FS())
		if err != nil {
			t.Fatal(err)
		}
		fixture.syn = syn
		for _, doc := range []*Doc{&fixture.zh, &fixture.en} {
			doc.Goto, doc.Moved = gotoKeys(d), map[string]string{"part_9__sec_9__item_9": "part_2__sec_1__item_4"}
		}
		fixture.files = map[string]map[string][]byte{}
		fixture.stats = map[string]Stats{}
		for lang, doc := range map[string]Doc{ModeZh: fixture.zh, ModeEn: fixture.en} {
			files, st, err := Build([]Doc{doc}, lang, Options{Glossary: fixture.gloss, Synonyms: fixture.syn[lang]})
			if err != nil {
				t.Fatal(err)
			}
			fixture.files[lang], fixture.stats[lang] = files, st
		}
		// "hand": the hand-made English plans of build_test.go, for parity
		// on departments, projects, targets and glossary links.
		files, st, err := Build(handDocs(), ModeEn, Options{Glossary: handGlossary})
		if err != nil {
			t.Fatal(err)
		}
		fixture.files["hand"], fixture.stats["hand"] = files, st
		// "gotolib": seven plans with one label (goto_test.go), for
		// parity on the go-to list of a library.
		if files, st, err = Build(gotoLibrary(), ModeEn, Options{}); err != nil {
			t.Fatal(err)
		}
		fixture.files["gotolib"], fixture.stats["gotolib"] = files, st
		// "gotolibzh": the same in Chinese, a number's phrase in gram runs.
		if files, st, err = Build(gotoLibraryZh(), ModeZh, Options{}); err != nil {
			t.Fatal(err)
		}
		fixture.files["gotolibzh"], fixture.stats["gotolibzh"] = files, st
		// "compound": a word inside a glossary term (compound.go).
		if files, st, err = Build(compoundDocs(), ModeZh, Options{Glossary: compoundGlossary}); err != nil {
			t.Fatal(err)
		}
		fixture.files["compound"], fixture.stats["compound"] = files, st
	})
	if fixture.files == nil {
		t.Fatal("fixture failed")
	}
}

var opened = map[string]*Index{}

// open returns the Index over the Zichuan files of lang with nothing
// fetched yet.
func open(t testing.TB, lang string) *Index {
	zichuanIndex(t)
	ix := opened[lang]
	if ix == nil {
		var err error
		if ix, err = Open(fixture.files[lang]); err != nil {
			t.Fatal(err)
		}
		opened[lang] = ix
	}
	ix.Reset()
	return ix
}

// Search runs a query and returns every matching passage, best first: the
// results of Query, as search() in search-index.js returns them.
func (ix *Index) Search(q string) ([]Result, error) {
	a, err := ix.Query(q)
	return a.Results, err
}
