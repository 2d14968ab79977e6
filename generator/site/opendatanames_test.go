package site

import (
	"os"
	"sync"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
)

// TestOpenDataNamesSideBySide: the open data of a plan in both languages
// are made side by side and name its issuer, which the registry lacks and
// no responsibility list names (福州市人民政府办公厅): naming it must
// change nothing the analysis holds, and give every caller one slug. (The
// resolver once recorded such a name on first use: under -race this test
// failed, and two callers at once could give it two slugs.)
func TestOpenDataNamesSideBySide(t *testing.T) {
	root := testproject.Map(t)
	fuzhou, err := os.ReadFile("../testdata/corpus/fuzhou-realestate-2016.txt")
	if err != nil {
		t.Fatal(err)
	}
	root["seeds/fuzhou-realestate-2016.txt"] = &fstest.MapFile{Data: fuzhou}
	docs, err := LoadDocs(root)
	if err != nil {
		t.Fatal(err)
	}
	b, err := load(root, docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := docs[0]
	if doc.Slug != "fuzhou-realestate-2016" {
		t.Fatalf("first plan is %s", doc.Slug)
	}
	const issuer = "福州市人民政府办公厅"
	if b.linking.byDoc[doc].Resolver.Known(issuer) != nil {
		t.Fatalf("the registry knows %s: the test needs a name it lacks", issuer)
	}
	names := b.departments(doc)
	const n = 8
	slugs := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slugs[i] = names(issuer, []string{"zh", "en"}[i%2]).slug
		}()
	}
	wg.Wait()
	for _, s := range slugs {
		if s != slugs[0] || s == "" {
			t.Fatalf("the issuer's slugs: %q, want one", slugs)
		}
	}
}
