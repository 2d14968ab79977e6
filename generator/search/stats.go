package search

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"slices"
	"strings"
)

// ResultsShown is how many results the client renders with a snippet before
// the reader asks for more; a first query fetches their passage chunks.
const ResultsShown = 10

// Stats describes an index's size. Sizes ending in Gzip are what a browser
// downloads from a host that compresses: each file gzipped on its own.
type Stats struct {
	Lang                 string
	Passages, Entities   int
	Tokens, Postings     int
	Files                int
	Bytes, Gzip          int // the whole index
	ManifestGzip         int
	Shards, ShardGzipMax int // token shards
	Chunks, ChunkGzipMax int // passage chunks
	// FirstQueryBound bounds the index bytes of a first one-term query: the
	// manifest, the largest token shard and the ResultsShown largest chunks
	// (a run strictly inside a glossary term loads the term's shards too:
	// compound.go).
	FirstQueryBound int
}

// GzipSize returns the size of data gzipped at the default level.
func GzipSize(data []byte) int { return gzipSize(gzip.NewWriter(nil), data) }

// gzipSize is GzipSize with a writer to reuse.
func gzipSize(w *gzip.Writer, data []byte) int {
	var buf bytes.Buffer
	w.Reset(&buf)
	w.Write(data)
	w.Close()
	return buf.Len()
}

// fileSize is the size of an index file, raw and gzipped.
type fileSize struct {
	name      string
	raw, gzip int
}

func measure(files []fileSize, shards int) (Stats, error) {
	st := Stats{Files: len(files), Shards: shards}
	var chunks []int
	for _, f := range files {
		g := f.gzip
		st.Bytes += f.raw
		st.Gzip += g
		switch {
		case f.name == "manifest.json":
			st.ManifestGzip = g
		case strings.HasPrefix(f.name, "t/"):
			st.ShardGzipMax = max(st.ShardGzipMax, g)
		case strings.HasPrefix(f.name, "g/"):
		case strings.HasPrefix(f.name, "p/"):
			st.Chunks++
			st.ChunkGzipMax = max(st.ChunkGzipMax, g)
			chunks = append(chunks, g)
		default:
			return st, fmt.Errorf("search: unexpected index file %s", f.name)
		}
	}
	slices.Sort(chunks)
	slices.Reverse(chunks)
	st.FirstQueryBound = st.ManifestGzip + st.ShardGzipMax
	for i := 0; i < len(chunks) && i < ResultsShown; i++ {
		st.FirstQueryBound += chunks[i]
	}
	return st, nil
}
