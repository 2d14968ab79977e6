package search

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"unicode/utf8"
)

// FormatVersion is written into the manifest; the client refuses others.
const FormatVersion = 2

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
	Meta   []int       `json:"meta"`           // per passage: doc, kind, parent, heading length, text length
	Ents   [][]int     `json:"ents"`           // per entity: passage delta, field, …
	Shards [][2]string `json:"shards"`         // first token, file
	Chunks [][2]any    `json:"chunks"`         // first passage, file
	Syn    [][]string  `json:"syn"`            // synonym rows: word, words searched as well
	Gloss  []string    `json:"gloss"`          // glossary terms in the index's language, for suggestions
	Goto   string      `json:"goto,omitempty"` // the go-to table's file
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

// utf16Compare compares valid UTF-8 strings by their UTF-16 code units,
// as JavaScript does, without encoding them. UTF-8 bytes order as code
// points, and so as UTF-16 except in one case: a character past U+FFFF,
// written in UTF-16 as surrogates, sorts before U+E000–U+FFFF. Where the
// strings first differ is either inside characters of the same length, or
// at their first bytes, which tell those two ranges apart.
func utf16Compare(a, b string) int {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	if i == n {
		return cmp.Compare(len(a), len(b))
	}
	x, y := a[i], b[i]
	switch {
	case x >= 0xF0 && (y == 0xEE || y == 0xEF):
		return -1
	case y >= 0xF0 && (x == 0xEE || x == 0xEF):
		return 1
	}
	return cmp.Compare(x, y)
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

// encode lays the index out in files.
func (x *Indexer) encode() (map[string][]byte, Stats, error) {
	docs, ps, ents, opt := x.docs, x.ps, x.ents, x.opt
	files := map[string][]byte{}
	m := manifest{Format: FormatVersion, Lang: x.mode, Mode: x.mode, K1: bm25K1, B: bm25B,
		Weight: fieldWeights, Norm: fieldNorm, Avg: x.avgLens()}
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
		name := hashName("t", data)
		files[name] = data
		m.Shards = append(m.Shards, [2]string{first, name})
		shard = nil
	}
	postings := 0
	toks := make([]string, 0, len(x.lists))
	for tok := range x.lists {
		toks = append(toks, tok)
	}
	slices.SortFunc(toks, utf16Compare)
	for _, tok := range toks {
		l := x.lists[tok]
		postings += l.n
		if len(shard) == 0 {
			shard, first = make([]byte, 1, opt.ShardBytes+opt.ShardBytes/4), tok
			shard[0] = '['
		} else {
			shard = append(shard, ',')
		}
		shard = appendJSONString(shard, tok)
		shard = append(shard, ',')
		shard = append(shard, l.enc...)
		shard = append(shard, ']')
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
		name := hashName("p", chunk)
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
		m.Meta = append(m.Meta, p.doc, k, p.parent, x.lens[i][0], x.lens[i][1])
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
		j := s.appendJSON(nil)
		chunk = append(append(chunk, j...), ',')
		size += len(j)
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
	m.Syn = synonymRows(opt.Synonyms)
	if m.Syn == nil {
		m.Syn = [][]string{}
	}
	m.Gloss = []string{}
	for _, t := range opt.Glossary {
		g := t.Zh
		if x.mode == ModeEn {
			g = t.En
		}
		if g != "" && !slices.Contains(m.Gloss, g) {
			m.Gloss = append(m.Gloss, g)
		}
	}
	if g := gotoTable(docs, ps); g != nil {
		data := marshal(g)
		m.Goto = hashName("g", data)
		files[m.Goto] = data
	}
	files["manifest.json"] = marshal(m)
	st, err := measure(files, m, !opt.SkipGzip)
	st.Tokens, st.Postings = len(toks), postings
	return files, st, err
}

// gotoTable builds the go-to table of the docs, or nil when no doc has
// go-to keys.
func gotoTable(docs []Doc, ps []passageRef) *gotoFile {
	byEID := map[int]map[string]int{} // doc → eId → passage
	for i, p := range ps {
		if byEID[p.doc] == nil {
			byEID[p.doc] = map[string]int{}
		}
		byEID[p.doc][p.EID] = i
	}
	g := &gotoFile{Keys: map[string][]int{}, EIDs: map[string][]int{}}
	any := false
	for d, doc := range docs {
		if len(doc.Goto) == 0 {
			continue
		}
		any = true
		for k, eid := range doc.Goto {
			if p, ok := byEID[d][eid]; ok {
				g.Keys[k] = append(g.Keys[k], p)
			}
		}
		for eid, p := range byEID[d] {
			g.EIDs[eid] = append(g.EIDs[eid], p)
		}
		for old, eid := range doc.Moved {
			if _, current := byEID[d][old]; current {
				continue
			}
			if p, ok := byEID[d][eid]; ok {
				g.EIDs[old] = append(g.EIDs[old], p)
			}
		}
	}
	if !any {
		return nil
	}
	return g
}
