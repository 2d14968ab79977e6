package search

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FormatVersion is written into the manifest; the client refuses others.
const FormatVersion = 3

// manifest is manifest.json.
type manifest struct {
	Format int        `json:"format"`
	Lang   string     `json:"lang"`
	Mode   string     `json:"mode"`
	K1     float64    `json:"k1"`
	B      float64    `json:"b"`
	Weight []float64  `json:"w"`
	Norm   []int      `json:"norm"`
	Avg    []float64  `json:"avg"` // heading, text
	Docs   []docMeta  `json:"docs"`
	Kinds  []string   `json:"kinds"`
	Kind   []int      `json:"kind"`   // per passage: its kind in Kinds
	Up     []int      `json:"up"`     // per passage: how far back its parent is, 0 for none
	Ents   [][]int    `json:"ents"`   // per entity: passage delta, field, …
	Shards [][]string `json:"shards"` // groups of shards: the group's hash, then each shard's least token
	Syn    [][]string `json:"syn"`    // synonym rows: word, words searched as well
	Gloss  []string   `json:"gloss"`  // glossary terms in the index's language, for suggestions
	// GlossZh gives, in an English index, each glossary term's entity
	// its Chinese forms, which a passage not yet translated shows where
	// its English found it (Result.Marks).
	GlossZh map[int][]string `json:"gz,omitempty"`
	Goto    []string         `json:"goto"` // the go-to table's buckets
}

// docMeta is a plan as the manifest lists it: its passages are the next N
// after the last plan's, stored in chunks of C[0], C[1], … passages in the
// files p/<H>-0.json, p/<H>-1.json, ….
type docMeta struct {
	Slug    string   `json:"slug"`
	Title   string   `json:"title"`
	Note    string   `json:"note,omitempty"`
	URL     string   `json:"url"`
	Issuers []string `json:"issuers,omitempty"`
	// Untranslated: the plan's text is not in the index's language
	// (Doc.Untranslated); its passages named by number come last.
	Untranslated bool   `json:"ut,omitempty"`
	N            int    `json:"n"`
	C            []int  `json:"c"`
	H            string `json:"h"`
}

// shardGroup is how many token shards share a name.
const shardGroup = 32

// shardName is the file of shard j of the group whose hash is h.
func shardName(h string, j int) string { return "t/" + h + "-" + strconv.Itoa(j) + ".json" }

// groupHash names files by their content, so that they can be cached
// forever: the first 40 bits of the SHA-256 of them all.
func groupHash(files [][]byte) string {
	h := sha256.New()
	for _, f := range files {
		h.Write(f)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:5])
}

// separator returns the shortest start of tok that sorts after prev (""
// for the first shard, which holds every token before the second's).
func separator(prev, tok string, first bool) string {
	if first {
		return ""
	}
	for i := range tok {
		if i > 0 && utf16Less(prev, tok[:i]) {
			return tok[:i]
		}
	}
	return tok
}

// chunkName is the file of a plan's chunk k.
func chunkName(d *docMeta, k int) string { return "p/" + d.H + "-" + strconv.Itoa(k) + ".json" }

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

// encode puts the token shards, the go-to buckets and the manifest.
func (x *Indexer) encode() (Stats, error) {
	opt := x.opt
	m := manifest{Format: FormatVersion, Lang: x.mode, Mode: x.mode, K1: bm25K1, B: bm25B,
		Weight: fieldWeights, Norm: fieldNorm, Avg: x.avgLens(), Docs: x.docs}
	m.Kinds = make([]string, len(x.kinds))
	for k, i := range x.kinds {
		m.Kinds[i] = k
	}
	m.Kind, m.Up = make([]int, len(x.ps)), make([]int, len(x.ps))
	for i, p := range x.ps {
		m.Kind[i] = p.kind
		if p.parent >= 0 {
			m.Up[i] = i - p.parent
		}
	}

	// Shards are cut at about opt.ShardBytes and named in groups of
	// shardGroup, p/<group hash>-<j>.json, so that the manifest carries one
	// hash per group. A shard is known by the shortest start of its first
	// token that sorts after the last token of the shard before. A group
	// is put as soon as it is full and a token's list dropped once it is
	// in a shard, so that the index is not held twice, as lists and as
	// shards.
	var group [][]byte // the shards of the group being filled
	var seps []string  // their least tokens
	var shard []byte
	prev := ""
	postings, nshards := 0, 0
	putGroup := func() error {
		h := groupHash(group)
		row := []string{h}
		for j, data := range group {
			if err := x.put(shardName(h, j), data); err != nil {
				return err
			}
			row = append(row, seps[j])
		}
		m.Shards = append(m.Shards, row)
		group, seps = group[:0], seps[:0]
		return nil
	}
	endShard := func() error {
		group = append(group, append(shard, ']'))
		shard = nil
		nshards++
		if len(group) == shardGroup {
			return putGroup()
		}
		return nil
	}
	type tokenList struct {
		tok string
		l   *postingList
	}
	toks := make([]tokenList, 0, len(x.lists))
	for tok, l := range x.lists {
		toks = append(toks, tokenList{tok, l})
	}
	for r, l := range x.chars {
		if l != nil {
			toks = append(toks, tokenList{string(rune(r)), l})
		}
	}
	// The lists are in toks now, and dropped from there.
	x.lists, x.chars = map[string]*postingList{}, nil
	slices.SortFunc(toks, func(a, b tokenList) int { return utf16Compare(a.tok, b.tok) })
	for i := range toks {
		tok, l := toks[i].tok, toks[i].l
		toks[i].l = nil
		postings += l.n
		if len(shard) == 0 {
			shard = make([]byte, 1, opt.ShardBytes+opt.ShardBytes/4)
			shard[0] = '['
			seps = append(seps, separator(prev, tok, nshards == 0))
		} else {
			shard = append(shard, ',')
		}
		shard = appendJSONString(shard, tok)
		shard = append(shard, ',')
		shard = append(shard, l.enc...)
		shard = append(shard, ']')
		prev = tok
		if len(shard) >= opt.ShardBytes {
			if err := endShard(); err != nil {
				return Stats{}, err
			}
		}
	}
	if len(shard) > 0 {
		if err := endShard(); err != nil {
			return Stats{}, err
		}
	}
	if len(group) > 0 {
		if err := putGroup(); err != nil {
			return Stats{}, err
		}
	}

	for i, e := range x.ents {
		if len(e.zh) > 0 {
			if m.GlossZh == nil {
				m.GlossZh = map[int][]string{}
			}
			m.GlossZh[i] = e.zh
		}
		var l []int
		prev := 0
		for _, k := range e.links {
			l = append(l, k.passage-prev, k.field)
			prev = k.passage
		}
		m.Ents = append(m.Ents, l)
	}
	if m.Ents == nil {
		// A library naming no department, project or glossary term:
		// the client reads "ents" as a list.
		m.Ents = [][]int{}
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
	m.Goto = []string{}
	if len(x.gotos) > 0 {
		buckets := make([]map[string][]int, (len(x.gotos)+gotoBucketKeys-1)/gotoBucketKeys)
		for k, ps := range x.gotos {
			b := gotoBucket(k, len(buckets))
			if buckets[b] == nil {
				buckets[b] = map[string][]int{}
			}
			buckets[b][k] = ps
		}
		for _, b := range buckets {
			if b == nil {
				b = map[string][]int{}
			}
			data := marshal(b)
			name := hashName("g", data)
			if err := x.put(name, data); err != nil {
				return Stats{}, err
			}
			m.Goto = append(m.Goto, name)
		}
	}
	data := marshal(m)
	if err := x.put("manifest.json", data); err != nil {
		return Stats{}, err
	}
	st, err := measure(x.sizes, nshards)
	st.Tokens, st.Postings = len(toks), postings
	return st, err
}
