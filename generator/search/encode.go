package search

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strconv"
	"unicode/utf16"
)

// FormatVersion is written into the manifest; the client refuses others.
const FormatVersion = 1

// manifest is manifest.json.
type manifest struct {
	Format int         `json:"format"`
	Lang   string      `json:"lang"`
	Mode   string      `json:"mode"`
	K1     float64     `json:"k1"`
	B      float64     `json:"b"`
	Weight []float64   `json:"w"`
	Norm   []int       `json:"norm"`
	Avg    []float64   `json:"avg"` // heading, text
	Docs   []docMeta   `json:"docs"`
	Kinds  []string    `json:"kinds"`
	Meta   []int       `json:"meta"`   // per passage: doc, kind, parent, heading length, text length
	Ents   [][]int     `json:"ents"`   // per entity: passage delta, field, …
	Shards [][2]string `json:"shards"` // first token, file
	Chunks [][2]any    `json:"chunks"` // first passage, file
}

const metaWidth = 5

type docMeta struct {
	Slug  string `json:"slug"`
	Title string `json:"title"`
	URL   string `json:"url"`
}

// stored is a passage as a chunk holds it, for display.
type stored struct {
	EID     string   `json:"e"`
	Label   string   `json:"l,omitempty"`
	Heading string   `json:"h,omitempty"`
	Text    string   `json:"t,omitempty"`
	URL     string   `json:"u,omitempty"` // only when not the doc's
	Lead    []string `json:"ld,omitempty"`
	Support []string `json:"sd,omitempty"`
}

// utf16Less orders strings as JavaScript compares them.
func utf16Less(a, b string) bool {
	return slices.Compare(utf16.Encode([]rune(a)), utf16.Encode([]rune(b))) < 0
}

func marshal(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // only plain data is marshalled
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func hashName(dir string, data []byte) string {
	sum := sha256.Sum256(data)
	return dir + "/" + hex.EncodeToString(sum[:5]) + ".json"
}

// appendPostings writes a posting list as a JSON array.
func appendPostings(buf []byte, ps []*posting) []byte {
	buf = append(buf, '[')
	prev := 0
	for i, p := range ps {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = strconv.AppendInt(buf, int64(p.unit-prev), 10)
		prev = p.unit
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(p.field), 10)
		buf = append(buf, ',')
		if p.countOnly {
			buf = strconv.AppendInt(buf, int64(-p.count), 10)
			continue
		}
		buf = strconv.AppendInt(buf, int64(p.count), 10)
		last := 0
		for _, x := range p.pos {
			buf = append(buf, ',')
			buf = strconv.AppendInt(buf, int64(x-last), 10)
			last = x
		}
	}
	return append(buf, ']')
}

// encode lays the index out in files.
func (b *builder) encode(docs []Doc, ps []passageRef, ents []*entity, opt Options) (map[string][]byte, Stats, error) {
	files := map[string][]byte{}
	m := manifest{Format: FormatVersion, Lang: b.mode, Mode: b.mode, K1: bm25K1, B: bm25B,
		Weight: fieldWeights, Norm: fieldNorm, Avg: b.avgLens()}
	for _, d := range docs {
		m.Docs = append(m.Docs, docMeta{Slug: d.Slug, Title: d.Title, URL: d.URL})
	}

	type key struct {
		tok   string
		units []uint16
	}
	keys := make([]key, 0, len(b.post))
	for t := range b.post {
		keys = append(keys, key{t, utf16.Encode([]rune(t))})
	}
	slices.SortFunc(keys, func(a, c key) int { return slices.Compare(a.units, c.units) })
	toks := make([]string, len(keys))
	for i, k := range keys {
		toks[i] = k.tok
	}
	var shard []byte
	first := ""
	flush := func() {
		if len(shard) == 0 {
			return
		}
		data := append(shard, ']')
		name := hashName("t", data)
		files[name] = data
		m.Shards = append(m.Shards, [2]string{first, name})
		shard = nil
	}
	for _, t := range toks {
		if len(shard) == 0 {
			shard, first = []byte{'['}, t
		} else {
			shard = append(shard, ',')
		}
		shard = append(shard, marshal(t)...)
		shard = append(shard, ',')
		shard = appendPostings(shard, b.post[t])
		if len(shard) >= opt.ShardBytes {
			flush()
		}
	}
	flush()

	kinds := map[string]int{}
	var chunk []stored
	size, start := 0, 0
	flushChunk := func(next int) {
		if len(chunk) == 0 {
			return
		}
		data := marshal(chunk)
		name := hashName("p", data)
		files[name] = data
		m.Chunks = append(m.Chunks, [2]any{start, name})
		chunk, size, start = nil, 0, next
	}
	for i, p := range ps {
		k, ok := kinds[p.Kind]
		if !ok {
			k = len(m.Kinds)
			kinds[p.Kind] = k
			m.Kinds = append(m.Kinds, p.Kind)
		}
		m.Meta = append(m.Meta, p.doc, k, p.parent, b.lens[i][0], b.lens[i][1])
		s := stored{EID: p.EID, Label: p.Label, Heading: p.Heading, Text: p.Text}
		if p.URL != docs[p.doc].URL {
			s.URL = p.URL
		}
		for _, d := range p.Departments {
			if d.Lead {
				s.Lead = append(s.Lead, d.Name)
			} else {
				s.Support = append(s.Support, d.Name)
			}
		}
		chunk = append(chunk, s)
		size += len(marshal(s))
		if size >= opt.ChunkBytes {
			flushChunk(i + 1)
		}
	}
	flushChunk(len(ps))

	for _, e := range ents {
		var l []int
		prev := 0
		for _, k := range e.links {
			l = append(l, k.passage-prev, k.field)
			prev = k.passage
		}
		m.Ents = append(m.Ents, l)
	}
	files["manifest.json"] = marshal(m)
	st, err := measure(files, m, !opt.SkipGzip)
	return files, st, err
}
