package translate

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/link/dept"
	"plansite/generator/parse"
	"plansite/generator/xliff"
)

// corpusPlans lists the corpus's plan texts (generator/testdata/corpus and
// the older ones in generator/parse/testdata), each name once.
func corpusPlans(t *testing.T) []string {
	var out []string
	seen := map[string]bool{}
	for _, pattern := range []string{"../testdata/corpus/*.txt", "../parse/testdata/*.txt"} {
		names, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			if !seen[filepath.Base(n)] {
				seen[filepath.Base(n)] = true
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestMemoryCoverage exports every corpus plan with the memory of the
// frozen project (the Zichuan translation, the registry, the glossary)
// and checks that the memory offers every department the registry names
// in English and every glossary term where the plan uses it: a unit that
// is a department name or a term is pre-filled; a longer one has them in
// its term base. It logs how much of each plan the memory covers. That
// the exports are valid XLIFF is package xliff's TestExportsValid.
func TestMemoryCoverage(t *testing.T) {
	if testing.Short() {
		t.Skip("exports 17 plans")
	}
	fsys := project(t)
	l := load(t, fsys)
	reg, err := dept.Load(fsys, "content/departments.yaml")
	if err != nil {
		t.Fatal(err)
	}
	terms, _ := LoadGlossary(fsys)
	t.Logf("%-34s %5s %8s %-20s %-10s %-22s %s", "plan", "units", "segments", "pre-filled (chars)", "fuzzy", "departments offered", "terms offered")
	t.Logf("%-34s %5s %8s %-20s %-10s %-22s %s", "", "", "", "", "", "/named +unregistered", "/used")
	for _, name := range corpusPlans(t) {
		doc, err := parse.File(os.DirFS(filepath.Dir(name)), filepath.Base(name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		f, st := Export(doc, nil, l.mem)
		scope := dept.NewResolver(reg, doc).Scope
		depts, deptsOffered := map[string]bool{}, map[string]bool{}
		unknown := map[string]bool{}
		used, usedOffered := map[string]bool{}, map[string]bool{}
		for _, u := range f.Units {
			n := doc.Node(u.ID)
			zh := ""
			for _, s := range u.Segments {
				zh += s.Source.Plain(u.DataText) + "\n"
				key := memKey(s.Source.Plain(u.DataText))
				e := reg.Lookup(scope, key)
				isTerm := false
				for _, tm := range terms {
					isTerm = isTerm || tm.ZH == key
				}
				if (e != nil && e.EN != "" || isTerm) && !s.HasTarget {
					t.Errorf("%s %s: segment %q is a department name or a glossary term and is not pre-filled", doc.Slug, u.ID, key)
				}
			}
			glossed := func(term, en string) bool {
				for _, g := range u.Glossary {
					if strings.Contains(g.Term, term) && (en == "" || g.Translation == en) {
						return true
					}
				}
				for _, s := range u.Segments {
					if s.HasTarget && s.SubState == SubMemory && memKey(s.Source.Plain(u.DataText)) == term {
						return true
					}
				}
				return false
			}
			offered := func(en string) bool {
				for _, g := range u.Glossary {
					if g.Translation == en {
						return true
					}
				}
				return false
			}
			var names []string
			for _, e := range reg.Entries {
				for _, nm := range append([]string{e.Name, e.Full}, e.Aliases...) {
					if nm != "" && strings.Contains(zh, nm) && reg.Lookup(scope, nm) == e && e.EN != "" {
						names = append(names, nm)
					}
				}
			}
			for _, nm := range n.Resp.All() {
				if e := reg.Lookup(scope, nm); e != nil && e.EN != "" {
					names = append(names, nm)
				} else {
					unknown[nm] = true
				}
			}
			for _, nm := range names {
				e := reg.Lookup(scope, nm)
				depts[e.Slug] = true
				if glossed(nm, "") || offered(e.EN) {
					deptsOffered[e.Slug] = true
				} else {
					t.Errorf("%s %s: department %s (%s) is named and not offered", doc.Slug, u.ID, nm, e.EN)
				}
			}
			for _, tm := range terms {
				for _, form := range append([]string{tm.ZH}, tm.AliasesZH...) {
					if form != "" && strings.Contains(zh, form) {
						used[tm.ZH] = true
						if glossed(tm.ZH, tm.EN) {
							usedOffered[tm.ZH] = true
						} else {
							t.Errorf("%s %s: glossary term %s is used and not offered", doc.Slug, u.ID, tm.ZH)
						}
						break
					}
				}
			}
		}
		t.Logf("%-34s %5d %8d %4d %5.1f%% (%5.1f%%) %4d %4.0f%% %5d/%-3d +%-12d %4d/%d",
			doc.Slug, st.Units, st.Segments, st.Prefilled, pct(st.Prefilled, st.Segments), pct(st.PrefilledChars, st.Chars),
			st.Fuzzy, pct(st.Fuzzy, st.Segments), len(deptsOffered), len(depts), len(unknown), len(usedOffered), len(used))
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// TestFillEveryCorpusPlan: each corpus plan, exported, filled in whole and
// imported, reads back complete: the files import writes for any plan's
// eIds and headings are translation files that align with it.
func TestFillEveryCorpusPlan(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 17 plans")
	}
	for _, name := range corpusPlans(t) {
		fsys := project(t)
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		seed := "seeds/" + filepath.Base(name)
		fsys[seed] = &fstest.MapFile{Data: data}
		l := load(t, fsys)
		doc := l.doc(strings.TrimSuffix(filepath.Base(name), ".txt"))
		if doc == nil || doc.Slug == zichuan {
			continue
		}
		t.Run(doc.Slug, func(t *testing.T) {
			x, _ := l.export(t, doc.Slug)
			for _, u := range x.Files[0].Units {
				for _, s := range u.Segments {
					s.Target, s.HasTarget = xliff.Text("# English of "+u.ID+" {"+s.ID+"}\n---"), true
				}
			}
			imp, err := Apply("p.xlf", x, l.docs, l.set, fsys, doc.Slug)
			if err != nil {
				t.Fatal(err)
			}
			for f, data := range imp.Files {
				fsys[f] = &fstest.MapFile{Data: data}
			}
			set, err := Load(fsys, "en")
			if err != nil {
				t.Fatal(err)
			}
			r := Align(doc, set.Doc(doc.Slug), "en")
			if !r.Complete() || imp.Added != len(x.Files[0].Units) {
				t.Errorf("added %d of %d units; missing %d, stale %d, orphaned %d", imp.Added, len(x.Files[0].Units), len(r.Missing), len(r.Stale), len(r.Orphaned))
				for i, n := range r.Missing {
					if i < 3 {
						t.Logf("missing %s", n.EID)
					}
				}
			}
			for _, u := range set.Doc(doc.Slug).Units {
				if !strings.Contains(u.Heading+u.Text, "English of "+u.EID+" ") {
					t.Errorf("%s reads back as %q / %q", u.EID, u.Heading, u.Text)
					break
				}
			}
		})
	}
}
