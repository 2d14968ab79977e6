package site

import (
	"fmt"
	"io/fs"
	"strings"

	"plansite/generator/search"
)

// FirstQueries are the queries FirstQueryBytes runs on a site, per
// language: a word of one plan, a word of every plan, a phrase, and a
// passage number (which loads the go-to table).
var FirstQueries = map[string][]string{
	"zh": {"近视", "教育", "课后服务", "二（一）3"},
	"en": {"myopia", "education", "after-school", "II (1) 3"},
}

// searchScripts are the client scripts a first query loads, under assets/.
var searchScripts = []string{"search.js", "search-core.js", "search-index.js"}

// FirstQuery is what one query, run first on a fresh page, downloads.
type FirstQuery struct {
	Lang, Q string
	Files   int // index files loaded
	Index   int // their bytes, gzipped
	Scripts int // the client scripts' bytes, gzipped
}

// Bytes is the whole download, scripts included.
func (f FirstQuery) Bytes() int { return f.Index + f.Scripts }

func (f FirstQuery) String() string {
	return fmt.Sprintf("%s %q: %d index files, %.1f KB + %.1f KB scripts = %.1f KB gzip",
		f.Lang, f.Q, f.Files, float64(f.Index)/1000, float64(f.Scripts)/1000, float64(f.Bytes())/1000)
}

// FirstQueryBytes returns the largest download of the FirstQueries on a
// built site (public/ as os.DirFS, or a fstest.MapFS of a Site's Files):
// each query run as a reader's first on a fresh results page, counting the
// client scripts and the index files it loads (manifest, token shards, the
// passage chunks of the results shown, the go-to table), each gzipped on
// its own as a compressing host serves it. It is the figure issue 17 bounds
// (≤ 60 KB for a library of 100 plans) and the benchmarks report.
func FirstQueryBytes(site fs.FS) (int, error) {
	qs, err := MeasureFirstQueries(site)
	if err != nil {
		return 0, err
	}
	worst := 0
	for _, q := range qs {
		worst = max(worst, q.Bytes())
	}
	return worst, nil
}

// MeasureFirstQueries runs each of the FirstQueries as a first query on
// the built site and reports what each downloads.
func MeasureFirstQueries(site fs.FS) ([]FirstQuery, error) {
	scripts := 0
	for _, name := range searchScripts {
		data, err := fs.ReadFile(site, "assets/"+name)
		if err != nil {
			return nil, err
		}
		scripts += search.GzipSize(data)
	}
	var out []FirstQuery
	for _, lang := range []string{"zh", "en"} {
		dir, err := fs.Sub(site, strings.TrimSuffix(SearchDir(lang), "/"))
		if err != nil {
			return nil, err
		}
		ix, err := search.OpenFS(dir)
		if err != nil {
			return nil, err
		}
		for _, q := range FirstQueries[lang] {
			ix.Reset()
			if _, err := ix.Query(q); err != nil {
				return nil, fmt.Errorf("first query %s %q: %w", lang, q, err)
			}
			files, gz := ix.Fetched()
			out = append(out, FirstQuery{Lang: lang, Q: q, Files: len(files), Index: gz, Scripts: scripts})
		}
	}
	return out, nil
}
