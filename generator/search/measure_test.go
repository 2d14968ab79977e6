package search

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Index sizes, first-query bytes and build and query times.

// firstQueryBudget is the aim for what a first query downloads on
// the Zichuan site, gzipped: scripts and index files (Pagefind: ~176 KB).
const firstQueryBudget = 60_000

// clientGzip returns the gzip size of the client scripts a first query loads.
func clientGzip(t testing.TB) int {
	n := 0
	for _, name := range []string{"search.js", "search-core.js", "search-index.js"} {
		data, err := os.ReadFile(filepath.Join(templates, name))
		if err != nil {
			t.Fatal(err)
		}
		n += GzipSize(data)
	}
	return n
}

// TestFirstQueryBytes measures, for every quality query, what a reader's
// first query downloads: the client scripts, the manifest, the token shards
// it needs and the passage chunks of the results shown.
func TestFirstQueryBytes(t *testing.T) {
	js := clientGzip(t)
	zichuanIndex(t)
	for _, lang := range []string{ModeZh, ModeEn} {
		t.Logf("index %v", fixture.stats[lang])
	}
	worst, worstQ := 0, ""
	for _, c := range loadQuality(t) {
		ix := open(t, c.Lang)
		if _, err := ix.Search(c.Q); err != nil {
			t.Fatal(err)
		}
		files, gz := ix.Fetched()
		total := js + gz
		if total > worst {
			worst, worstQ = total, c.String()
		}
		if c.Q == "近视" || c.Q == "myopia" {
			t.Logf("first query %v: %d files, %.1f KB index + %.1f KB scripts = %.1f KB gzip",
				c, len(files), float64(gz)/1000, float64(js)/1000, float64(total)/1000)
		}
		if total > firstQueryBudget {
			t.Errorf("first query %v downloads %d B gzip, budget %d", c, total, firstQueryBudget)
		}
	}
	t.Logf("largest first query of the quality set: %v, %.1f KB gzip with scripts", worstQ, float64(worst)/1000)
}

// TestStatsBound: the Stats bound holds for every quality query.
func TestStatsBound(t *testing.T) {
	zichuanIndex(t)
	for _, c := range loadQuality(t) {
		ix := open(t, c.Lang)
		rs, err := ix.Search(c.Q)
		if err != nil {
			t.Fatal(err)
		}
		terms := parseQuery(c.Q, c.Lang)
		_, gz := ix.Fetched()
		if len(terms) == 1 && terms[0].prefix == "" && len(terms[0].toks) == 1 && gz > fixture.stats[c.Lang].FirstQueryBound {
			t.Errorf("%v: %d B fetched for %d results, above the bound %d", c, gz, len(rs), fixture.stats[c.Lang].FirstQueryBound)
		}
	}
}

// Benchmarks: index build time and size. Run with
//
//	go test -run '^$' -bench . ./generator/search/
//
// Sizes are reported as metrics: whole index and first-query bound, gzip.

func reportSizes(b *testing.B, st Stats) {
	b.ReportMetric(float64(st.Gzip), "index-gzip-B")
	b.ReportMetric(float64(st.Bytes), "index-raw-B")
	b.ReportMetric(float64(st.FirstQueryBound), "first-query-gzip-B")
	b.ReportMetric(float64(st.Files), "files")
}

func benchBuild(b *testing.B, docs []Doc, lang string) {
	b.Helper()
	var st Stats
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if _, st, err = Build(docs, lang, Options{Glossary: fixture.gloss}); err != nil {
			b.Fatal(err)
		}
	}
	reportSizes(b, st)
}

// BenchmarkBuildZichuanZhSkipGzip is the build without measuring gzip
// sizes, as a live-reload server would run it.
func BenchmarkBuildZichuanZhSkipGzip(b *testing.B) {
	zichuanIndex(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Build([]Doc{fixture.zh}, ModeZh, Options{Glossary: fixture.gloss, SkipGzip: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuildZichuanZh(b *testing.B) {
	zichuanIndex(b)
	benchBuild(b, []Doc{fixture.zh}, ModeZh)
}

func BenchmarkBuildZichuanEn(b *testing.B) {
	zichuanIndex(b)
	benchBuild(b, []Doc{fixture.en}, ModeEn)
}

// BenchmarkBuildCorpus indexes the four plans of the parser's corpus
// (Zichuan, two Shandong provincial plans, one Anhui plan) as one Chinese site.
func BenchmarkBuildCorpus(b *testing.B) {
	zichuanIndex(b)
	files, _ := filepath.Glob("../parse/testdata/*.txt")
	if len(files) == 0 {
		b.Skip("no corpus in ../parse/testdata")
	}
	reg := registry(b)
	var docs []Doc
	for _, f := range files {
		docs = append(docs, planDoc(parsePlan(b, f), ModeZh, reg, nil))
	}
	benchBuild(b, docs, ModeZh)
}

// BenchmarkSearch is the Go mirror's query time over the quality set, all
// files already parsed.
func BenchmarkSearch(b *testing.B) {
	cases := loadQuality(b)
	for _, c := range cases {
		open(b, c.Lang).Search(c.Q) // parse every shard once
	}
	b.ResetTimer()
	for b.Loop() {
		for _, c := range cases {
			if _, err := open(b, c.Lang).Search(c.Q); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(cases)), "µs/query")
}

// String sums the stats up on one line, for the tests' logs.
func (s Stats) String() string {
	return fmt.Sprintf("%s: %d passages, %d entities, %d tokens, %d postings; %d files, %s raw, %s gzip "+
		"(manifest %s, %d token shards ≤ %s, %d passage chunks ≤ %s); first query ≤ %s gzip",
		s.Lang, s.Passages, s.Entities, s.Tokens, s.Postings, s.Files, kb(s.Bytes), kb(s.Gzip),
		kb(s.ManifestGzip), s.Shards, kb(s.ShardGzipMax), s.Chunks, kb(s.ChunkGzipMax), kb(s.FirstQueryBound))
}

func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1000) }
