package search

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"testing/fstest"
)

// Index is a built index read back from its files, as the client reads it:
// the manifest at once, token shards and passage chunks when a query needs
// them. It records which files it loaded, to measure what a query costs.
type Index struct {
	fsys    fs.FS             // the index's files, read when first needed
	files   map[string][]byte // the files read so far
	m       manifest
	n       int            // passages
	links   [][]entityLink // per passage: entities linked to it, by entity
	shards  map[string][]tokenPostings
	chunks  map[string][]stored
	fetched map[string]bool
	gotos   *gotoFile // the go-to table, once a query needed it
}

type entityLink struct{ entity, field int }

type tokenPostings struct {
	tok  string
	post []int
}

// Open reads the files Build made.
func Open(files map[string][]byte) (*Index, error) {
	m := fstest.MapFS{}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: data}
	}
	return OpenFS(m)
}

// OpenFS reads an index from its folder, such as <lang>/search/ of a built
// site: the manifest at once, the other files when a query needs them.
func OpenFS(fsys fs.FS) (*Index, error) {
	ix := &Index{fsys: fsys, files: map[string][]byte{}, shards: map[string][]tokenPostings{},
		chunks: map[string][]stored{}, fetched: map[string]bool{}}
	data, err := ix.read("manifest.json")
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &ix.m); err != nil {
		return nil, fmt.Errorf("search: manifest.json: %v", err)
	}
	if ix.m.Format != FormatVersion {
		return nil, fmt.Errorf("search: manifest format %d: expected %d", ix.m.Format, FormatVersion)
	}
	ix.n = len(ix.m.Meta) / metaWidth
	ix.links = make([][]entityLink, ix.n)
	for e, l := range ix.m.Ents {
		p := 0
		for i := 0; i+1 < len(l); i += 2 {
			p += l[i]
			ix.links[p] = append(ix.links[p], entityLink{e, l[i+1]})
		}
	}
	ix.fetched["manifest.json"] = true
	return ix, nil
}

// read returns the index file name, read once.
func (ix *Index) read(name string) ([]byte, error) {
	if data, ok := ix.files[name]; ok {
		return data, nil
	}
	data, err := fs.ReadFile(ix.fsys, name)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	ix.files[name] = data
	return data, nil
}

// Reset forgets which files were loaded, as a newly opened page would, but
// keeps them parsed.
func (ix *Index) Reset() {
	ix.fetched = map[string]bool{"manifest.json": true}
}

// Len returns the number of passages.
func (ix *Index) Len() int { return ix.n }

// meta returns value k of passage p's metadata (doc, kind, parent,
// heading length, text length).
func (ix *Index) meta(p, k int) int { return ix.m.Meta[p*metaWidth+k] }

// kind returns passage p's kind.
func (ix *Index) kind(p int) string { return ix.m.Kinds[ix.meta(p, 1)] }

// shard returns the parsed token shard i.
func (ix *Index) shard(i int) ([]tokenPostings, error) {
	name := ix.m.Shards[i][1]
	if s, ok := ix.shards[name]; ok {
		ix.fetched[name] = true
		return s, nil
	}
	data, err := ix.read(name)
	if err != nil {
		return nil, err
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil || len(raw)%2 != 0 {
		return nil, fmt.Errorf("search: %s: not a token shard (%v)", name, err)
	}
	s := make([]tokenPostings, len(raw)/2)
	for i := range s {
		if err := json.Unmarshal(raw[2*i], &s[i].tok); err != nil {
			return nil, fmt.Errorf("search: %s: %v", name, err)
		}
		if err := json.Unmarshal(raw[2*i+1], &s[i].post); err != nil {
			return nil, fmt.Errorf("search: %s: %v", name, err)
		}
	}
	ix.shards[name] = s
	ix.fetched[name] = true
	return s, nil
}

// shardOf returns the index of the shard whose range holds tok.
func (ix *Index) shardOf(tok string) int {
	i := sort.Search(len(ix.m.Shards), func(i int) bool { return utf16Less(tok, ix.m.Shards[i][0]) })
	return i - 1
}

// postings returns the posting list of tok, or nil.
func (ix *Index) postings(tok string) ([]int, error) {
	i := ix.shardOf(tok)
	if i < 0 {
		return nil, nil
	}
	s, err := ix.shard(i)
	if err != nil {
		return nil, err
	}
	j := sort.Search(len(s), func(j int) bool { return !utf16Less(s[j].tok, tok) })
	if j < len(s) && s[j].tok == tok {
		return s[j].post, nil
	}
	return nil, nil
}

// withPrefix returns the tokens starting with prefix, in index order.
func (ix *Index) withPrefix(prefix string) ([]tokenPostings, error) {
	var out []tokenPostings
	for i := max(0, ix.shardOf(prefix)); i < len(ix.m.Shards); i++ {
		if i > 0 && !strings.HasPrefix(ix.m.Shards[i][0], prefix) && utf16Less(prefix, ix.m.Shards[i][0]) {
			break
		}
		s, err := ix.shard(i)
		if err != nil {
			return nil, err
		}
		for _, tp := range s {
			if strings.HasPrefix(tp.tok, prefix) {
				out = append(out, tp)
			}
		}
	}
	return out, nil
}

// passage returns passage p as stored in its chunk.
func (ix *Index) passage(p int) (stored, error) {
	i := sort.Search(len(ix.m.Chunks), func(i int) bool { return chunkStart(ix.m.Chunks[i]) > p }) - 1
	name, _ := ix.m.Chunks[i][1].(string)
	c, ok := ix.chunks[name]
	if !ok {
		data, err := ix.read(name)
		if err != nil {
			return stored{}, err
		}
		if err := json.Unmarshal(data, &c); err != nil {
			return stored{}, fmt.Errorf("search: %s: %v", name, err)
		}
		ix.chunks[name] = c
	}
	ix.fetched[name] = true
	return c[p-chunkStart(ix.m.Chunks[i])], nil
}

func chunkStart(c [2]any) int {
	switch v := c[0].(type) {
	case float64: // read back from JSON
		return int(v)
	case int:
		return v
	}
	return 0
}

// Fetched returns the files loaded so far and their gzip size.
func (ix *Index) Fetched() (names []string, gzip int) {
	for name := range ix.fetched {
		names = append(names, name)
		gzip += GzipSize(ix.files[name])
	}
	sort.Strings(names)
	return names, gzip
}
