package site

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"plansite/generator/internal/library"
	"plansite/generator/search"
	"plansite/generator/view"
)

func TestZZDump(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("ZZN"))
	out := os.Getenv("ZZOUT")
	if n == 0 {
		t.Skip()
	}
	root, _ := library.Project(n)
	docs, _ := LoadDocs(root)
	b, _ := load(root, docs, nil)
	glossary, _ := searchGlossary(b)
	syn, _ := search.LoadSynonyms(b.root)
	for _, lang := range view.Langs {
		files, st, err := search.Build(b.searchDocs(lang), lang, search.Options{Glossary: glossary, Synonyms: syn[lang]})
		if err != nil {
			t.Fatal(err)
		}
		t.Log(st)
		for name, data := range files {
			p := filepath.Join(out, lang, name)
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, data, 0o644)
		}
	}
}
