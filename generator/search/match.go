package search

import "slices"

// A build pairs its units with the last build's: a unit of each that holds
// the same values at the same offsets in every field has the same postings
// but for its number. Pairs keep the units' order, so that every list of
// postings whose units all have a pair is the last build's with the units
// renumbered (see renumber). The pairs are those of a shortest edit script
// between the two sequences of units: an inserted or deleted passage is an
// edit of one unit, and leaves every other passage paired with itself.

// maxEdits bounds the edit script sought between the units of two builds
// once their common start and end are set aside. Past it, finding one
// costs more than the posting lists it would save: the units in between
// are left unpaired and their tokens' lists made anew.
const maxEdits = 128

// matchUnits pairs the units of this build with those of the last, and
// returns by unit of the last build its number in this one, or -1.
func (c *Builder) matchUnits() []int32 {
	n, m := len(c.prevUnits), len(c.units)
	newOf := slices.Grow(c.scratch.newOf[:0], n)[:n]
	for i := range newOf {
		newOf[i] = -1
	}
	c.scratch.newOf = newOf
	same := func(was, now int) bool {
		return slices.Equal(unitValues(c.prevSig, c.prevUnits, was), unitValues(c.sig, c.units, now))
	}
	lo := 0
	for lo < n && lo < m && same(lo, lo) {
		newOf[lo] = int32(lo)
		lo++
	}
	hiWas, hiNow := n, m
	for hiWas > lo && hiNow > lo && same(hiWas-1, hiNow-1) {
		hiWas, hiNow = hiWas-1, hiNow-1
		newOf[hiWas] = int32(hiNow)
	}
	c.scratch.trace = editScript(hiWas-lo, hiNow-lo, maxEdits, c.scratch.trace[:0],
		func(x, y int) bool { return same(lo+x, lo+y) },
		func(x, y int) { newOf[lo+x] = int32(lo + y) })
	return newOf
}

// editScript finds a shortest edit script of at most maxD insertions and
// deletions that turns a sequence of n elements into one of m, where
// same(x, y) tells whether element x of the first equals element y of the
// second, and calls pair(x, y) for the elements it keeps, last first. It
// calls pair for nothing when every script is longer than maxD. trace is
// memory to use; editScript returns it, grown.
//
// It is Myers' greedy algorithm ("An O(ND) difference algorithm and its
// variations", 1986): v[k] is the furthest x reached on diagonal k = x-y
// with d edits, and trace keeps v's window as each round began, to walk
// the script back from its end.
func editScript(n, m, maxD int, trace []int, same func(x, y int) bool, pair func(x, y int)) []int {
	if n == 0 || m == 0 {
		return trace
	}
	off := maxD + 1
	v := make([]int, 2*maxD+3) // v[off+k]
	// starts[d] is where round d's window, v[off-d-1 : off+d+2], begins in trace.
	starts := make([]int, 0, 16)
	for d := 0; d <= maxD; d++ {
		starts = append(starts, len(trace))
		trace = append(trace, v[off-d-1:off+d+2]...)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // an insertion: down from diagonal k+1
			} else {
				x = v[off+k-1] + 1 // a deletion: right from diagonal k-1
			}
			y := x - k
			for x < n && y < m && same(x, y) {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				backtrack(trace, starts, n, m, same, pair)
				return trace
			}
		}
	}
	return trace
}

// backtrack walks the script editScript found from its end (n, m) to its
// start and pairs the elements of its diagonal runs.
func backtrack(trace, starts []int, n, m int, same func(x, y int) bool, pair func(x, y int)) {
	x, y := n, m
	for d := len(starts) - 1; d >= 0; d-- {
		w := trace[starts[d]:]
		at := func(k int) int { return w[k+d+1] } // v[k] as round d began
		k := x - y
		var pk int
		if k == -d || k != d && at(k-1) < at(k+1) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(pk)
		py := px - pk
		if d == 0 {
			px, py = 0, 0
		}
		for x > px && y > py {
			x, y = x-1, y-1
			// A point past the end of either sequence can be reached
			// on the way, never paired: check rather than trust.
			if x < n && y < m && same(x, y) {
				pair(x, y)
			}
		}
		x, y = px, py
	}
}
