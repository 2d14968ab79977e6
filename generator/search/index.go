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
	starts  []int          // first passage of each plan, and n
	parent  []int          // per passage: its parent, -1 for none
	table   [][2]string    // per token shard: its least token (a separator), its file
	links   [][]entityLink // per passage: entities linked to it, by entity
	shards  map[string][]tokenPostings
	chunks  map[string][]stored
	fetched map[string]bool
	gotos   map[string]map[string][]int // go-to buckets loaded, by file
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
		chunks: map[string][]stored{}, fetched: map[string]bool{}, gotos: map[string]map[string][]int{}}
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
	for _, d := range ix.m.Docs {
		ix.starts = append(ix.starts, ix.n)
		ix.n += d.N
	}
	ix.starts = append(ix.starts, ix.n)
	if len(ix.m.Kind) != ix.n || len(ix.m.Up) != ix.n {
		return nil, fmt.Errorf("search: manifest.json: %d passages, %d kinds and %d parents", ix.n, len(ix.m.Kind), len(ix.m.Up))
	}
	for _, g := range ix.m.Shards {
		for j, sep := range g[1:] {
			ix.table = append(ix.table, [2]string{sep, shardName(g[0], j)})
		}
	}
	ix.parent = make([]int, ix.n)
	for p, up := range ix.m.Up {
		ix.parent[p] = p - up
		if up == 0 {
			ix.parent[p] = -1
		}
	}
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

// doc returns the plan of passage p.
func (ix *Index) doc(p int) int {
	return sort.Search(len(ix.m.Docs), func(d int) bool { return ix.starts[d+1] > p })
}

// kind returns passage p's kind.
func (ix *Index) kind(p int) string { return ix.m.Kinds[ix.m.Kind[p]] }

// shard returns the parsed token shard i.
func (ix *Index) shard(i int) ([]tokenPostings, error) {
	name := ix.table[i][1]
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
	i := sort.Search(len(ix.table), func(i int) bool { return utf16Less(tok, ix.table[i][0]) })
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
	for i := max(0, ix.shardOf(prefix)); i < len(ix.table); i++ {
		if i > 0 && !strings.HasPrefix(ix.table[i][0], prefix) && utf16Less(prefix, ix.table[i][0]) {
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
	d := ix.doc(p)
	doc := &ix.m.Docs[d]
	i := p - ix.starts[d]
	k := 0
	for k < len(doc.C) && i >= doc.C[k] {
		i -= doc.C[k]
		k++
	}
	if k == len(doc.C) {
		return stored{}, fmt.Errorf("search: passage %d is in no chunk of %s", p, doc.Slug)
	}
	name := chunkName(doc, k)
	c, ok := ix.chunks[name]
	if !ok {
		data, err := ix.read(name)
		if err != nil {
			return stored{}, err
		}
		if err := json.Unmarshal(data, &c); err != nil {
			return stored{}, fmt.Errorf("search: %s: %v", name, err)
		}
		if len(c) != doc.C[k] {
			return stored{}, fmt.Errorf("search: %s: %d passages, the manifest says %d", name, len(c), doc.C[k])
		}
		ix.chunks[name] = c
	}
	ix.fetched[name] = true
	return c[i], nil
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
