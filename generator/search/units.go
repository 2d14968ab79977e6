package search

import (
	"slices"
	"strconv"
)

// A build first lists what each unit (passage or entity) holds: for each of
// its fields, the field values' tokens and the positions they start at.
// Pairing that with the last build's list (see match.go) tells which units
// are new or gone; only the tokens those hold get new posting lists. Every
// other token's list is the last build's, its encoding too, with the
// numbers of units that moved rewritten in place.

// valueRef is one value of a field as a unit holds it: its tokens, and the
// position they start at. A zero valueRef ends a field.
type valueRef struct {
	e   *textTokens
	off int
}

// field adds a field holding values to the current unit, values separated
// by valueGap positions, and returns the number of positions taken.
func (b *builder) field(values ...string) int {
	next := 0
	for i, v := range values {
		if v == "" {
			continue
		}
		if i > 0 && next > 0 {
			next += valueGap
		}
		e := b.tokens(v)
		b.sig = append(b.sig, valueRef{e, next})
		next += e.n
	}
	b.sig = append(b.sig, valueRef{})
	return next
}

// endUnit ends the current unit; the next field starts the next one.
func (b *builder) endUnit() { b.units = append(b.units, len(b.sig)) }

// unitValues returns the values of unit u in sig, whose units end at ends.
func unitValues(sig []valueRef, ends []int, u int) []valueRef {
	if u >= len(ends) {
		return nil
	}
	start := 0
	if u > 0 {
		start = ends[u-1]
	}
	return sig[start:ends[u]]
}

// markChanged marks the tokens of every unit of the last build or this one
// that has no pair in the other, and returns by unit of the last build its
// number in this one, or -1.
func (c *Builder) markChanged() []int32 {
	newOf := c.matchUnits()
	paired := slices.Grow(c.scratch.paired[:0], len(c.units))[:len(c.units)]
	clear(paired)
	for u, v := range newOf {
		if v < 0 {
			c.markValues(unitValues(c.prevSig, c.prevUnits, u))
		} else {
			paired[v] = true
		}
	}
	for u, ok := range paired {
		if !ok {
			c.markValues(unitValues(c.sig, c.units, u))
		}
	}
	c.scratch.paired = paired
	return newOf
}

func (c *Builder) markValues(vs []valueRef) {
	for _, v := range vs {
		if v.e == nil {
			continue
		}
		for _, t := range v.e.toks {
			if !c.isChanged[t.id] {
				c.isChanged[t.id] = true
				c.changed = append(c.changed, t.id)
				c.enc[t.id], c.at[t.id] = c.enc[t.id][:0], c.at[t.id][:0]
			}
		}
	}
}

// renumber gives the units in the lists of unchanged tokens their numbers
// in this build, newOf by their numbers in the last. Every unit in such a
// list has a pair (markChanged marked the tokens of the others), and pairs
// keep their order, so the list stays in unit order and only the deltas
// between units that moved apart change: each is rewritten where it
// stands, and the rest of the list moved only when its length changes.
func (c *Builder) renumber(newOf []int32) {
	// Lists whose units are all below the first that moved keep theirs.
	first := int32(len(newOf))
	for u, v := range newOf {
		if v >= 0 && v != int32(u) {
			first = int32(u)
			break
		}
	}
	var digits [12]byte
	for id, at := range c.at {
		if len(at) == 0 || c.isChanged[id] || at[len(at)-1].unit < first {
			continue
		}
		enc := c.enc[id]
		shift := int32(0)  // bytes the list has grown by so far
		var was, now int32 // the last unit's number in the last build and in this one
		for i := range at {
			p := &at[i]
			p.off += shift
			u := newOf[p.unit]
			if u-now != p.unit-was {
				end := p.off
				for enc[end] != ',' {
					end++
				}
				d := strconv.AppendInt(digits[:0], int64(u-now), 10)
				if n := int32(len(d)); n == end-p.off {
					copy(enc[p.off:], d)
				} else {
					enc = slices.Replace(enc, int(p.off), int(end), d...)
					shift += n - (end - p.off)
				}
			}
			was, now = p.unit, u
			p.unit = u
		}
		c.enc[id] = enc
	}
}

// addPostings encodes the posting lists of the changed tokens, in unit
// order. A posting list is described in doc.go.
func (c *Builder) addPostings() {
	if len(c.changed) == 0 {
		return
	}
	start := 0
	for u, end := range c.units {
		vs := c.sig[start:end]
		for field := 0; len(vs) > 0; field++ {
			k := 0 // values of this field
			for vs[k].e != nil {
				k++
			}
			switch k {
			case 0:
			case 1:
				for _, t := range vs[0].e.toks {
					if c.isChanged[t.id] {
						c.post(t, u, field, vs[0].off)
					}
				}
			default:
				c.postMerged(vs[:k], u, field)
			}
			vs = vs[k+1:]
		}
		start = end
	}
}

// postMerged adds the postings of a field of several values: one for each
// token, with the occurrences of all of them.
func (c *Builder) postMerged(vs []valueRef, unit, field int) {
	slot, merged := c.scratch.slot, c.scratch.merged[:0]
	for _, v := range vs {
		for _, t := range v.e.toks {
			if !c.isChanged[t.id] {
				continue
			}
			if slot[t.id] == 0 {
				if len(merged) < cap(merged) { // keep its positions' memory
					merged = merged[:len(merged)+1]
					m := &merged[len(merged)-1]
					*m = tokenCount{id: t.id, countOnly: t.countOnly, pos: m.pos[:0]}
				} else {
					merged = append(merged, tokenCount{id: t.id, countOnly: t.countOnly})
				}
				slot[t.id] = int32(len(merged))
			}
			m := &merged[slot[t.id]-1]
			m.count += t.count
			m.pos = appendShifted(m.pos, t.pos, v.off)
		}
	}
	for _, m := range merged {
		c.post(m, unit, field, 0)
		slot[m.id] = 0
	}
	c.scratch.merged = merged
}

// post appends to the list of token t a posting of its occurrences in a
// value of field of unit that starts at position off.
func (c *Builder) post(t tokenCount, unit, field, off int) {
	buf, prev := c.enc[t.id], 0
	if len(buf) == 0 {
		buf = append(buf, '[')
	} else {
		buf, prev = append(buf, ','), int(c.at[t.id][len(c.at[t.id])-1].unit)
	}
	c.at[t.id] = append(c.at[t.id], postAt{int32(unit), int32(len(buf))})
	buf = strconv.AppendInt(buf, int64(unit-prev), 10)
	buf = append(buf, ',')
	buf = strconv.AppendInt(buf, int64(field), 10)
	buf = append(buf, ',')
	if t.countOnly {
		buf = strconv.AppendInt(buf, int64(-t.count), 10)
	} else {
		buf = strconv.AppendInt(buf, int64(t.count), 10)
		last := 0
		for _, x := range t.pos {
			buf = append(buf, ',')
			buf = strconv.AppendInt(buf, int64(x+off-last), 10)
			last = x + off
		}
	}
	c.enc[t.id] = buf
}

// appendShifted appends the positions pos, each plus by, to dst.
func appendShifted(dst, pos []int, by int) []int {
	for _, x := range pos {
		dst = append(dst, x+by)
	}
	return dst
}

// encoded returns the posting list of token id as JSON, closing it if it
// was made anew.
func (c *Builder) encoded(id int32) []byte {
	if c.isChanged[id] {
		c.enc[id] = append(c.enc[id], ']')
	}
	return c.enc[id]
}
