package bench

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"plansite/generator/search"
)

// FirstQueries are the queries whose downloads FirstQuery weighs, one per
// language: a word every plan of a library uses, so that its token shard
// and result chunks are among the largest a reader meets.
var FirstQueries = map[string]string{"zh": "发展", "en": "development"}

// clientScripts are the scripts a first query loads from public/assets/.
var clientScripts = []string{"search.js", "search-core.js", "search-index.js"}

// FirstQuery returns the gzip size of what a reader's first query
// downloads on the site built in public: the client scripts, the
// manifest, the token shards the query needs and the passage chunks of the
// results shown, the larger of the two languages' FirstQueries.
func FirstQuery(public string) (int, error) {
	scripts := 0
	for _, name := range clientScripts {
		data, err := os.ReadFile(filepath.Join(public, "assets", name))
		if err != nil {
			return 0, err
		}
		scripts += search.GzipSize(data)
	}
	worst := 0
	for lang, q := range FirstQueries {
		dir := filepath.Join(public, lang, "search")
		files, err := readIndex(dir)
		if err != nil {
			return 0, err
		}
		ix, err := search.Open(files)
		if err != nil {
			return 0, fmt.Errorf("%s: %v", dir, err)
		}
		if _, err := ix.Search(q); err != nil {
			return 0, fmt.Errorf("%s: %q: %v", dir, q, err)
		}
		_, gz := ix.Fetched()
		worst = max(worst, gz)
	}
	return scripts + worst, nil
}

// readIndex reads a language's search files, named by their path under
// dir, as search.Open takes them.
func readIndex(dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	root := os.DirFS(dir)
	err := fs.WalkDir(root, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(name) != ".json" {
			return err
		}
		files[name], err = fs.ReadFile(root, name)
		return err
	})
	return files, err
}
