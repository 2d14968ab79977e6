package translate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/internal/testproject"
	"plansite/generator/parse"
)

// TestExportGroupTermsInEnglish: the XLIFF export names a grouped key
// project (the Zhejiang plan's 附表4) in its unit's name and location
// note as the English pages label it, its kind of work in the glossary's
// English; a kind the glossary lacks stays Chinese. Before, the unit named
// every kind of work in Chinese.
func TestExportGroupTermsInEnglish(t *testing.T) {
	const slug = "zhejiang-urban-waterlogging-2021"
	dir := filepath.Join(testproject.Repo(), "generator", "testdata", "corpus")
	doc, err := parse.File(os.DirFS(dir), slug+".txt")
	if err != nil {
		t.Fatal(err)
	}
	mem := NewMemory(nil, nil, nil, []Term{{ZH: "河道综合治理工程", EN: "comprehensive river improvement projects"}})
	f, _ := Export(doc, nil, mem)
	const want = "Schedule 4, Hangzhou, comprehensive river improvement projects, item 5"
	found := false
	for _, u := range f.Units {
		if u.Name != want {
			if strings.Contains(u.Name, "河道综合治理工程") {
				t.Errorf("unit %s: have name %q, a kind of work with a term in Chinese", u.ID, u.Name)
			}
			continue
		}
		found = true
		for _, n := range u.Notes {
			if n.Category == "location" && !strings.Contains(n.Text, "("+want+")") {
				t.Errorf("unit %s: have location %q, want the English label %q in it", u.ID, n.Text, want)
			}
		}
	}
	if !found {
		t.Errorf("no unit named %q", want)
	}
	other := false
	for _, u := range f.Units {
		other = other || strings.Contains(u.Name, "城市排洪防涝工程, item")
	}
	if !other {
		t.Errorf("no unit names a kind of work the glossary lacks in Chinese (城市排洪防涝工程, item …)")
	}
}
