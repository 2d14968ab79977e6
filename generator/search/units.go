package search

import (
	"slices"
	"strconv"
)

// A build first lists what each unit (passage or entity) holds: for each of
// its fields, the field values' tokens and the positions they start at.
// Comparing that with the last build's list for the same unit number tells
// which units changed; only the tokens those held before or hold now get
// new posting lists. Every other token's list, unit numbers and all, is
// the last build's, and so is its encoding.

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

// markChanged marks the tokens of every unit that differs from the last
// build's unit of the same number, as it was and as it is.
func (c *Builder) markChanged() {
	for u := range max(len(c.units), len(c.prevUnits)) {
		now, was := unitValues(c.sig, c.units, u), unitValues(c.prevSig, c.prevUnits, u)
		if !slices.Equal(now, was) {
			c.markValues(now)
			c.markValues(was)
		}
	}
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
				c.enc[t.id], c.npost[t.id] = c.enc[t.id][:0], 0
			}
		}
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
	buf, prev := c.enc[t.id], c.lastUnit[t.id]
	if len(buf) == 0 {
		buf, prev = append(buf, '['), 0
	} else {
		buf = append(buf, ',')
	}
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
	c.enc[t.id], c.lastUnit[t.id] = buf, unit
	c.npost[t.id]++
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
