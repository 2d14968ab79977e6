package link

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// update makes v the vocabulary of doc, reworking only the fields that
// differ from the last document's.
func (v *vocabulary) update(doc *plan.Document) {
	var fields []string // in document order, so an edit is a stretch that differs
	doc.Walk(func(n *plan.Node) bool {
		fields = append(fields, n.Heading, n.Text)
		return true
	})
	last := v.last
	v.last = fields
	same := 0
	for same < min(len(fields), len(last)) && fields[same] == last[same] {
		same++
	}
	fields, last = fields[same:], last[same:]
	for len(fields) > 0 && len(last) > 0 && fields[len(fields)-1] == last[len(last)-1] {
		fields, last = fields[:len(fields)-1], last[:len(last)-1]
	}
	delta := map[string]int32{}
	for _, f := range last {
		delta[f]--
	}
	for _, f := range fields {
		delta[f]++
	}
	var changed []string
	changedSize := 0
	for f, d := range delta {
		if f != "" && d != 0 {
			changed = append(changed, f)
			changedSize += len(f)
		}
	}
	if len(changed) == 0 {
		return
	}
	// Varieties the changed fields may alter: those of substrings whose
	// neighbours there, counted as fields went (-) and came (+), do not
	// cancel out. They are worked out again once the fields are in.
	var suspects []string
	if changedSize > v.size/4 {
		clear(v.memo) // a different document, or most of it: start afresh
		clear(v.segs)
		v.kept = -1
	} else {
		seen := map[string][]neighbour{}
		for _, f := range changed {
			occurrences(f, func(x string, prev, next rune) {
				if _, ok := v.memo[x]; ok {
					if seen[x] == nil {
						suspects = append(suspects, x)
					}
					seen[x] = append(seen[x], neighbour{0, accessor(prev), delta[f]}, neighbour{1, accessor(next), delta[f]})
				}
			})
		}
		suspects = slices.DeleteFunc(suspects, func(x string) bool { return cancel(seen[x]) })
	}
	for _, f := range changed {
		k := delta[f]
		if id, ok := v.ids[f]; ok {
			k += v.count[id]
		}
		v.set(f, k)
	}
	var altered []string
	for _, x := range suspects {
		if w := v.compute(x); w != v.memo[x] {
			v.memo[x] = w
			altered = append(altered, x)
		}
	}
	for s := range v.segs {
		for _, x := range altered {
			if strings.Contains(s, x) { // x is Chinese: a substring of one of s's runs, which segment weighed
				delete(v.segs, s)
				break
			}
		}
	}
}

// set records that k fields of the document have the text f.
func (v *vocabulary) set(f string, k int32) {
	id, ok := v.ids[f]
	switch {
	case ok && k > 0:
		v.count[id] = k
		return
	case ok:
		hanPairs(f, func(off int, pair string) {
			ps := v.at[pair]
			for i := 0; i < len(ps); i++ {
				if ps[i].field == id {
					ps[i] = ps[len(ps)-1]
					ps = ps[:len(ps)-1]
					i--
				}
			}
			if len(ps) == 0 {
				delete(v.at, pair)
			} else {
				v.at[pair] = ps
			}
		})
		delete(v.ids, f)
		v.fields[id], v.count[id] = "", 0
		v.free = append(v.free, id)
		v.size -= len(f)
		return
	}
	if n := len(v.free); n > 0 {
		id, v.free = v.free[n-1], v.free[:n-1]
		v.fields[id], v.count[id] = f, k
	} else {
		id = int32(len(v.fields))
		v.fields, v.count = append(v.fields, f), append(v.count, k)
	}
	v.ids[f] = id
	v.size += len(f)
	hanPairs(f, func(off int, pair string) {
		v.at[pair] = append(v.at[pair], posting{id, int32(off)})
	})
}

// hanPairs calls fn with the byte offset of every pair of adjacent Chinese
// characters of f, and the pair. Only they are looked up (compute weighs
// runs of Chinese characters), and most of a plan's other pairs are
// distinct: digits, Latin letters, punctuation.
func hanPairs(f string, fn func(off int, pair string)) {
	prev := -1 // byte offset of the previous rune when Chinese
	for i, r := range f {
		if !unicode.Is(unicode.Han, r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			fn(prev, f[prev:i+utf8.RuneLen(r)])
		}
		prev = i
	}
}

// neighbour is a character seen on one side of a string (0 before, 1
// after), n times more or fewer.
type neighbour struct {
	side int8
	r    rune
	n    int32
}

// cancel reports whether the neighbours, more and fewer, add up to none.
func cancel(ns []neighbour) bool {
	for _, a := range ns {
		n := int32(0)
		for _, b := range ns {
			if b.side == a.side && b.r == a.r {
				n += b.n
			}
		}
		if n != 0 {
			return false
		}
	}
	return true
}

// occurrences calls fn with every substring of f that segment may weigh
// (two to maxWordRunes Chinese characters) and the runes before and after
// it in f (RuneError at f's ends).
func occurrences(f string, fn func(x string, prev, next rune)) {
	var starts [maxWordRunes + 1]int // byte offsets of the run's last runes, a ring
	k := 0                           // runes in the run so far
	for i, r := range f {
		if !unicode.Is(unicode.Han, r) {
			k = 0
			continue
		}
		end := i + utf8.RuneLen(r)
		starts[k%len(starts)] = i
		k++
		next, _ := utf8.DecodeRuneInString(f[end:])
		for n := 2; n <= min(k, maxWordRunes); n++ {
			start := starts[(k-n)%len(starts)]
			prev, _ := utf8.DecodeLastRuneInString(f[:start])
			fn(f[start:end], prev, next)
		}
	}
}
