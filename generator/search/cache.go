package search

import (
	"encoding/binary"
	"reflect"
	"slices"
	"sort"
	"strings"
)

// Builder builds indexes as Build does, and remembers across its builds
// the work that is a pure function of one passage or field value: its
// tokens, the glossary terms a passage's heading and text use, a passage's
// JSON, the encoded posting list of every token no changed passage holds,
// and the names of files whose content is unchanged. Passages are known by
// what they hold, not by their number: one inserted or deleted is one
// change, and the lists of the others only have the numbers of the units
// after it rewritten. A preview server that rebuilds after every edit
// keeps one Builder per language; when a few passages change, are added
// or go, the rest cost little more than being compared.
//
// The output of (*Builder).Build is byte-identical to Build's for the same
// input, whatever was built before. A Builder keeps only what its last
// build used, so its size follows the index's, not the number of edits.
// It is meant for one language (a build in another language starts afresh)
// and is not safe for concurrent use. The zero value is ready to use.
type Builder struct {
	mode string
	gen  uint32 // number of the current build; entries record their last

	texts map[string]*textTokens // field value → its tokens
	dict  tokenDict

	// The units of this build and the last (see units.go).
	sig, prevSig     []valueRef
	units, prevUnits []int // end of each unit in sig

	// By token id.
	isChanged []bool     // the token's posting list is made anew
	enc       [][]byte   // the list encoded, as of the last build that changed it
	at        [][]postAt // where each posting of the list is

	changed []int32                // ids whose isChanged is set
	names   map[string]*hashedFile // content of a file → its name

	stored map[string]*storedJSON // passage as stored (see storedKey) → its JSON

	gloss   []Term // the glossary finds were made with
	glossIx *glossary
	finds   map[glossKey]*glossFound

	scratch scratch
}

// postAt is a posting of a list: its unit and the offset of its first
// number, the unit's delta, in the encoded list.
type postAt struct{ unit, off int32 }

// scratch is memory the steps of a build reuse.
type scratch struct {
	emitted []emitted
	slot    []int32 // by token id: 1 + its index among a value's tokens, or 0
	ids     []int32
	npos    []int
	merged  []tokenCount
	key     []byte
	newOf   []int32 // by unit of the last build: its number in this one, or -1
	paired  []bool  // by unit: it has a pair in the last build
	trace   []int
}

// emitted is one occurrence of a token in a value.
type emitted struct {
	id        int32
	pos       int
	countOnly bool
}

// textTokens is a field value's tokens, its positions numbered from 0:
// each distinct token once, in order of first occurrence, with its count
// and the positions of the occurrences that carry them.
type textTokens struct {
	gen  uint32
	n    int // positions taken
	toks []tokenCount
}

type tokenCount struct {
	id        int32
	countOnly bool // as the first occurrence
	count     int
	pos       []int
}

// storedJSON is a passage's JSON in a passage chunk.
type storedJSON struct {
	gen  uint32
	json []byte
}

// hashedFile is the name of a file, named for its content.
type hashedFile struct {
	gen  uint32
	name string
}

// glossKey is a passage's heading and text, which glossary terms are found in.
type glossKey struct{ heading, text string }

type glossFound struct {
	gen   uint32
	terms []Term
}

// tokenDict numbers the tokens of the index, remembers each one's JSON and
// their UTF-16 order from one build to the next, so that a build sorts only
// the tokens that are new.
type tokenDict struct {
	ids    map[string]int32
	toks   []string // by id; "" when free
	quoted [][]byte // JSON string of each token
	order  []int32  // live ids in UTF-16 order, as of the last build
	spare  []int32  // the order before, whose memory the next one reuses
	fresh  []int32  // ids made since
	free   []int32
}

// id returns tok's id, numbering it if it is new.
func (d *tokenDict) id(tok string) int32 {
	if id, ok := d.ids[tok]; ok {
		return id
	}
	tok = strings.Clone(tok) // not the text it was cut from
	var id int32
	if n := len(d.free); n > 0 {
		id, d.free = d.free[n-1], d.free[:n-1]
		d.toks[id], d.quoted[id] = tok, appendJSONString(nil, tok)
	} else {
		id = int32(len(d.toks))
		d.toks = append(d.toks, tok)
		d.quoted = append(d.quoted, appendJSONString(nil, tok))
	}
	d.ids[tok] = id
	d.fresh = append(d.fresh, id)
	return id
}

// sorted returns the ids for which live is true in UTF-16 order of their
// tokens, and forgets the others. The new ones are sorted and put in place
// by binary search: most of the order is the last build's.
func (d *tokenDict) sorted(live func(id int32) bool) []int32 {
	fresh := slices.DeleteFunc(d.fresh, func(id int32) bool {
		if !live(id) {
			d.drop(id)
			return true
		}
		return false
	})
	slices.SortFunc(fresh, func(a, b int32) int { return utf16Compare(d.toks[a], d.toks[b]) })
	out := d.spare[:0]
	rest := d.order
	for _, id := range fresh {
		k := sort.Search(len(rest), func(j int) bool { return utf16Compare(d.toks[rest[j]], d.toks[id]) > 0 })
		out = d.appendLive(out, rest[:k], live)
		out = append(out, id)
		rest = rest[k:]
	}
	out = d.appendLive(out, rest, live)
	d.order, d.spare, d.fresh = out, d.order, d.fresh[:0]
	return out
}

// appendLive appends the ids for which live is true to out, and drops the others.
func (d *tokenDict) appendLive(out, ids []int32, live func(id int32) bool) []int32 {
	for _, id := range ids {
		if live(id) {
			out = append(out, id)
		} else {
			d.drop(id)
		}
	}
	return out
}

// drop frees id.
func (d *tokenDict) drop(id int32) {
	delete(d.ids, d.toks[id])
	d.toks[id], d.quoted[id] = "", nil
	d.free = append(d.free, id)
}

// start readies the Builder for a build of lang with glossary gloss.
func (c *Builder) start(lang string, gloss []Term) {
	if c.mode != lang || c.texts == nil {
		*c = Builder{mode: lang, texts: map[string]*textTokens{}, finds: map[glossKey]*glossFound{},
			dict: tokenDict{ids: map[string]int32{}}, names: map[string]*hashedFile{},
			stored: map[string]*storedJSON{}}
	}
	if c.glossIx == nil || !reflect.DeepEqual(c.gloss, gloss) {
		c.gloss = cloneTerms(gloss)
		c.glossIx = newGlossary(c.gloss, lang)
		clear(c.finds)
	}
	c.gen++
}

// finish forgets the entries the build did not use and keeps its units
// for the next build to compare with.
func (c *Builder) finish() {
	for _, id := range c.changed {
		c.isChanged[id] = false
	}
	c.changed = c.changed[:0]
	for _, id := range c.dict.free {
		c.enc[id], c.at[id] = nil, nil
	}
	c.sig, c.prevSig = c.prevSig[:0], c.sig
	c.units, c.prevUnits = c.prevUnits[:0], c.units
	for k, f := range c.names {
		if f.gen != c.gen {
			delete(c.names, k)
		}
	}
	for k, j := range c.stored {
		if j.gen != c.gen {
			delete(c.stored, k)
		}
	}
	for k, e := range c.texts {
		if e.gen != c.gen {
			delete(c.texts, k)
		}
	}
	for k, f := range c.finds {
		if f.gen != c.gen {
			delete(c.finds, k)
		}
	}
}

// tokens returns the tokens of a field value.
func (c *Builder) tokens(v string) *textTokens {
	if e := c.texts[v]; e != nil {
		e.gen = c.gen
		return e
	}
	ws, n := scan([]rune(Normalize(v)), c.mode, 0)
	em := c.scratch.emitted[:0]
	for _, w := range ws {
		w.tokens(func(tok string, pos int, countOnly bool) {
			em = append(em, emitted{c.dict.id(tok), pos, countOnly})
		})
	}
	c.scratch.emitted = em
	c.grow()
	// Group the occurrences by token, with one array for all positions.
	slot, ids, npos := c.scratch.slot, c.scratch.ids[:0], c.scratch.npos[:0]
	total := 0
	for _, x := range em {
		if slot[x.id] == 0 {
			ids, npos = append(ids, x.id), append(npos, 0)
			slot[x.id] = int32(len(ids))
		}
		if !x.countOnly {
			npos[slot[x.id]-1]++
			total++
		}
	}
	e := &textTokens{gen: c.gen, n: n, toks: make([]tokenCount, len(ids))}
	all := make([]int, total)
	for i, id := range ids {
		e.toks[i] = tokenCount{id: id, pos: all[:0:npos[i]]}
		all = all[npos[i]:]
	}
	for _, x := range em {
		t := &e.toks[slot[x.id]-1]
		if t.count == 0 {
			t.countOnly = x.countOnly
		}
		t.count++
		if !x.countOnly {
			t.pos = append(t.pos, x.pos) // within its capacity: positions are shared with postings, never appended to
		}
	}
	for _, id := range ids {
		slot[id] = 0
	}
	c.scratch.ids, c.scratch.npos = ids, npos
	c.texts[v] = e
	return e
}

// grow sizes the slices by token id for the tokens numbered so far.
func (c *Builder) grow() {
	for len(c.enc) < len(c.dict.toks) {
		c.enc, c.at, c.isChanged = append(c.enc, nil), append(c.at, nil), append(c.isChanged, false)
		c.scratch.slot = append(c.scratch.slot, 0)
	}
}

// hashName returns the name in dir of a file holding data: its content's
// hash, computed only for content the last build did not write.
func (c *Builder) hashName(dir string, data []byte) string {
	if f := c.names[string(data)]; f != nil && strings.HasPrefix(f.name, dir+"/") {
		f.gen = c.gen
		return f.name
	}
	name := hashName(dir, data)
	c.names[string(data)] = &hashedFile{c.gen, name}
	return name
}

// storedJSON returns s as JSON.
func (c *Builder) storedJSON(s *stored) []byte {
	k := storedKey(c.scratch.key[:0], s)
	c.scratch.key = k
	if j := c.stored[string(k)]; j != nil {
		j.gen = c.gen
		return j.json
	}
	j := &storedJSON{c.gen, s.appendJSON(nil)}
	c.stored[string(k)] = j
	return j.json
}

// storedKey appends to key every field of s, each string after its length.
func storedKey(key []byte, s *stored) []byte {
	str := func(v string) {
		key = binary.AppendUvarint(key, uint64(len(v)))
		key = append(key, v...)
	}
	for _, v := range []string{s.EID, s.Label, s.Heading, s.Text, s.URL} {
		str(v)
	}
	for _, vs := range [][]string{s.Lead, s.Support} {
		key = binary.AppendUvarint(key, uint64(len(vs)))
		for _, v := range vs {
			str(v)
		}
	}
	return key
}

// glossaryTerms returns the glossary terms a passage's heading and text use.
func (c *Builder) glossaryTerms(heading, text string) []Term {
	k := glossKey{heading, text}
	if f := c.finds[k]; f != nil {
		f.gen = c.gen
		return f.terms
	}
	f := &glossFound{gen: c.gen, terms: c.glossIx.find(heading + "\n" + text)}
	c.finds[k] = f
	return f.terms
}

// cloneTerms copies terms deeply, so that the caller may change its own.
func cloneTerms(terms []Term) []Term {
	out := slices.Clone(terms)
	for i := range out {
		t := &out[i]
		t.AliasesZh, t.AliasesEn = slices.Clone(t.AliasesZh), slices.Clone(t.AliasesEn)
	}
	return out
}
