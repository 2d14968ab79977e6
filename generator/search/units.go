package search

import "slices"

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
			}
		}
	}
}

// addPostings makes the posting lists of the changed tokens.
func (c *Builder) addPostings() {
	if len(c.changed) == 0 {
		return
	}
	start := 0
	for u, end := range c.units {
		field := 0
		for _, v := range c.sig[start:end] {
			if v.e == nil {
				field++
				continue
			}
			for _, t := range v.e.toks {
				if c.isChanged[t.id] {
					c.add(t, u, field, v.off)
				}
			}
		}
		start = end
	}
	for _, id := range c.changed {
		c.npost[id] = len(c.post[id])
	}
}

// add adds occurrences of a token in a value starting at position off to
// the posting of unit and field.
func (c *Builder) add(t tokenCount, unit, field, off int) {
	ps := c.post[t.id]
	if n := len(ps); n > 0 && ps[n-1].unit == unit && ps[n-1].field == field {
		p := &ps[n-1]
		p.count += t.count
		p.pos = appendShifted(slices.Clip(p.pos), t.pos, off)
		return
	}
	pos := t.pos
	if off != 0 {
		pos = appendShifted(nil, t.pos, off)
	}
	c.post[t.id] = append(ps, posting{unit: unit, field: field, count: t.count, pos: pos, countOnly: t.countOnly})
}

// appendShifted appends the positions pos, each plus by, to dst.
func appendShifted(dst, pos []int, by int) []int {
	for _, x := range pos {
		dst = append(dst, x+by)
	}
	return dst
}

// encoded returns the posting list of token id as JSON, encoding it anew
// if it changed.
func (c *Builder) encoded(id int32) []byte {
	if c.isChanged[id] {
		c.enc[id] = appendPostings(c.enc[id][:0], c.post[id])
		clear(c.post[id]) // let go of the values' positions
		c.post[id] = c.post[id][:0]
	}
	return c.enc[id]
}
