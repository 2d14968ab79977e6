package link

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
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
	at     map[string][]posting // where each pair of Chinese characters occurs (no other pair)
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
	if v.seen[0] == nil || v.stamp == 0 {
		v.seen, v.stamp = [2]map[rune]uint32{{}, {}}, 1
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
		occurrences(s, func(x string, _, _ rune) {
			if w, ok := v.memo[x]; ok {
				memo[x] = w
			}
		})
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
