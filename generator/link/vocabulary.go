package link

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// maxWordRunes is the longest word the segmenter considers.
const maxWordRunes = 8

// vocabulary tells the words of a document from fragments without a
// dictionary, by accessor variety: a word is preceded, and followed, by
// at least two different characters (or by punctuation) across the
// document, while a fragment such as "力提" (of 能力提升) always has the same
// neighbour.
//
// The document is the multiset of its nodes' headings and texts (fields):
// a word never spans two fields, and a field's ends are boundaries. A
// vocabulary follows successive versions of one document (update), so
// after an edit only what the changed fields touch is worked out again:
// the varieties remembered are those of substrings of the segmented
// strings, and a segmentation is dropped when a variety it used changed.
type vocabulary struct {
	ids    map[string]int32     // field text → id
	fields []string             // by id; "" when free
	count  []int32              // how many fields of the document have the text
	free   []int32              // ids to reuse
	at     map[string][]posting // where each pair of Chinese characters occurs
	size   int                  // bytes of the document's distinct fields
	last   []string             // the last document's headings and texts, in order

	seen  [2]map[rune]uint32 // neighbours left and right, by the compute call that saw them
	stamp uint32

	memo map[string]int // varieties of the substrings of segmented strings, and of some once segmented
	kept int            // varieties kept when memo was last pruned
	// segmentations used in the last analysis, and in this one
	segs, next map[string]*segmentation
}

// posting is an occurrence of a pair of characters: field id and byte offset.
type posting struct{ field, off int32 }

// segmentation is the words of a string, and the terms it shares with
// texts (sharedRuns), remembered for this analysis and the last.
type segmentation struct {
	words        []string
	shared, prev map[string][]string
}

func newVocabulary() *vocabulary {
	return &vocabulary{ids: map[string]int32{}, at: map[string][]posting{}, memo: map[string]int{},
		segs: map[string]*segmentation{}, next: map[string]*segmentation{}}
}

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
		runePairs(f, func(off int, pair string) {
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
	runePairs(f, func(off int, pair string) {
		v.at[pair] = append(v.at[pair], posting{id, int32(off)})
	})
}

// runePairs calls fn with the byte offset of every pair of adjacent runes of
// f, and the pair.
func runePairs(f string, fn func(off int, pair string)) {
	prev := -1
	for i, r := range f {
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

// accessor is the neighbour r counts as in a variety: itself for a Chinese
// character, '0' for any digit, -1 for a boundary.
func accessor(r rune) rune {
	switch {
	case unicode.IsDigit(r):
		return '0'
	case unicode.Is(unicode.Han, r):
		return r
	}
	return -1
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

// substrings calls fn with every substring of run (Chinese characters)
// that segment weighs: two to maxWordRunes runes.
func substrings(run string, fn func(string)) {
	var starts [maxWordRunes + 1]int // byte offsets of the last runes, a ring
	k := 0
	for i, r := range run {
		end := i + utf8.RuneLen(r)
		starts[k%len(starts)] = i
		k++
		for n := 2; n <= min(k, maxWordRunes); n++ {
			fn(run[starts[(k-n)%len(starts)]:end])
		}
	}
}

// variety is the accessor variety of s (Chinese characters): the fewer of
// the distinct characters (or boundaries) seen before and after it in the
// document. Words of two runes or more have a variety of at least 2.
func (v *vocabulary) variety(s string) int {
	if w, ok := v.memo[s]; ok {
		return w
	}
	w := v.compute(s)
	v.memo[s] = w
	return w
}

func (v *vocabulary) compute(s string) int {
	// Neighbours seen in this call are those stamped with it: no sets to
	// make or clear.
	v.stamp++
	if v.seen[0] == nil {
		v.seen = [2]map[rune]uint32{{}, {}}
	}
	var sides, edges [2]int
	_, size1 := utf8.DecodeRuneInString(s)
	_, size2 := utf8.DecodeRuneInString(s[size1:])
	for _, p := range v.at[s[:size1+size2]] {
		f := v.fields[p.field]
		if !strings.HasPrefix(f[p.off:], s) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(f[:p.off]) // RuneError at a field's start: a boundary
		next, _ := utf8.DecodeRuneInString(f[int(p.off)+len(s):])
		for k, r := range [2]rune{prev, next} {
			if r = accessor(r); r < 0 { // all digits are one neighbour: "8所幼儿园", "5所幼儿园"
				edges[k] += int(v.count[p.field]) // a boundary: every one counts
				continue
			}
			if v.seen[k][r] != v.stamp {
				v.seen[k][r] = v.stamp
				sides[k]++
			}
		}
	}
	return min(sides[0]+edges[0], sides[1]+edges[1])
}

// segmentation returns s split into words, remembered for the next analysis.
func (v *vocabulary) segmentation(s string) *segmentation {
	if seg := v.next[s]; seg != nil {
		return seg
	}
	seg := v.segs[s]
	if seg != nil {
		seg.prev, seg.shared = seg.shared, map[string][]string{}
	} else {
		seg = &segmentation{words: v.segment(s), shared: map[string][]string{}}
	}
	v.next[s] = seg
	return seg
}

// rotate ends an analysis: segmentations it did not use are forgotten, and
// the varieties only they used once those are as many as the rest, so the
// vocabulary holds about one document's worth.
func (v *vocabulary) rotate() {
	v.segs, v.next = v.next, map[string]*segmentation{}
	if v.kept < 0 { // started afresh: every variety is of a segmentation kept
		v.kept = len(v.memo)
	}
	if len(v.memo) <= 2*v.kept+1024 {
		return
	}
	memo := map[string]int{}
	for s := range v.segs {
		for _, run := range hanRuns(s) {
			substrings(run, func(x string) {
				if w, ok := v.memo[x]; ok {
					memo[x] = w
				}
			})
		}
	}
	v.memo, v.kept = memo, len(memo)
}

// segment splits s into words and single characters, preferring long
// words that are clearly words: the split maximising the sum, over its
// words, of length × log(variety); a single character scores 1/2.
func (v *vocabulary) segment(s string) []string {
	var out []string
	for _, run := range hanRuns(s) {
		at := []int{} // byte offset of each rune, and the end
		for i := range run {
			at = append(at, i)
		}
		at = append(at, len(run))
		n := len(at) - 1
		best := make([]float64, n+1)
		cut := make([]int, n+1)
		for i := 1; i <= n; i++ {
			best[i], cut[i] = best[i-1]+0.5, i-1
			for j := max(0, i-maxWordRunes); j < i-1; j++ {
				av := v.variety(run[at[j]:at[i]])
				if av < 2 {
					continue
				}
				if score := best[j] + float64(i-j)*math.Log2(float64(av)); score > best[i] {
					best[i], cut[i] = score, j
				}
			}
		}
		var seg []string
		for i := n; i > 0; i = cut[i] {
			seg = append([]string{run[at[cut[i]]:at[i]]}, seg...)
		}
		out = append(out, seg...)
	}
	return out
}
