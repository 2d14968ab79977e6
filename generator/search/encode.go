package search

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
func utf16Less(a, b string) bool { return utf16Compare(a, b) < 0 }

// utf16Compare compares strings by their UTF-16 code units, as JavaScript
// does, without encoding them: code points order the same way except that
// those past U+FFFF, written as surrogates, sort before U+E000–U+FFFF.
func utf16Compare(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return cmp.Compare(utf16Unit(ra), utf16Unit(rb))
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}

// utf16Unit returns a key ordering runes as their UTF-16 encodings do:
// U+0000–U+D7FF, then the surrogate pairs of U+10000 on, then U+E000–U+FFFF.
func utf16Unit(r rune) int32 {
	if r >= 0xD800 && r < 0xE000 || r > unicode.MaxRune {
		r = utf8.RuneError // utf16.Encode's replacement
	}
	switch {
	case r > 0xFFFF:
		return 0xD800 + (r - 0x10000)
	case r >= 0xE000:
		return r + 0x110000
	}
	return r
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

// appendJSON appends s as encoding/json writes it.
func (s *stored) appendJSON(buf []byte) []byte {
	buf = append(buf, `{"e":`...)
	buf = appendJSONString(buf, s.EID)
	for _, f := range []struct{ key, v string }{{"l", s.Label}, {"h", s.Heading}, {"t", s.Text}, {"u", s.URL}} {
		if f.v != "" {
			buf = append(append(append(buf, ",\""...), f.key...), `":`...)
			buf = appendJSONString(buf, f.v)
		}
	}
	for _, f := range []struct {
		key string
		v   []string
	}{{"ld", s.Lead}, {"sd", s.Support}} {
		if len(f.v) > 0 {
			buf = append(append(append(buf, ",\""...), f.key...), `":[`...)
			for i, v := range f.v {
				if i > 0 {
					buf = append(buf, ',')
				}
				buf = appendJSONString(buf, v)
			}
			buf = append(buf, ']')
		}
	}
	return append(buf, '}')
}

// appendJSONString appends s as a JSON string, as marshal writes it.
func appendJSONString(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		// Bytes and characters encoding/json escapes: leave them to it.
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' ||
			c == 0xE2 && (strings.HasPrefix(s[i:], "\u2028") || strings.HasPrefix(s[i:], "\u2029")) {
			return append(buf, marshal(s)...)
		}
	}
	if !utf8.ValidString(s) {
		return append(buf, marshal(s)...)
	}
	buf = append(buf, '"')
	buf = append(buf, s...)
	return append(buf, '"')
}

// appendPostings writes a posting list as a JSON array.
func appendPostings(buf []byte, ps []posting) []byte {
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

	var shard []byte
	first := ""
	flush := func() {
		if len(shard) == 0 {
			return
		}
		data := append(shard, ']')
		name := b.hashName("t", data)
		files[name] = data
		m.Shards = append(m.Shards, [2]string{first, name})
		shard = nil
	}
	postings := 0
	for _, id := range b.dict.sorted(func(id int32) bool { return b.npost[id] > 0 }) {
		postings += b.npost[id]
		if len(shard) == 0 {
			shard, first = make([]byte, 1, opt.ShardBytes+opt.ShardBytes/4), b.dict.toks[id]
			shard[0] = '['
		} else {
			shard = append(shard, ',')
		}
		shard = append(shard, b.dict.quoted[id]...)
		shard = append(shard, ',')
		shard = append(shard, b.encoded(id)...)
		if len(shard) >= opt.ShardBytes {
			flush()
		}
	}
	flush()

	kinds := map[string]int{}
	var chunk []byte    // "[" and the passages so far, each followed by ","
	size, start := 0, 0 // size: the passages' JSON, without brackets and commas
	flushChunk := func(next int) {
		if len(chunk) == 0 {
			return
		}
		chunk[len(chunk)-1] = ']'
		name := b.hashName("p", chunk)
		files[name] = chunk
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
		if len(chunk) == 0 {
			chunk = append(make([]byte, 0, opt.ChunkBytes*2), '[')
		}
		n := len(chunk)
		chunk = append(s.appendJSON(chunk), ',')
		size += len(chunk) - n - 1
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
	st.Tokens, st.Postings = len(b.dict.order), postings
	return files, st, err
}
