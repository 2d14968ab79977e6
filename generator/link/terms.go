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
type vocabulary struct {
	text  string
	at    map[string][]int // byte offsets of each pair of runes in text
	memo  map[string]int
	cache map[string][]string
}

func newVocabulary(doc *plan.Document) *vocabulary {
	var b strings.Builder
	doc.Walk(func(n *plan.Node) bool {
		b.WriteString(n.Heading)
		b.WriteByte('\n')
		b.WriteString(n.Text)
		b.WriteByte('\n')
		return true
	})
	v := &vocabulary{text: b.String(), at: map[string][]int{}, memo: map[string]int{}, cache: map[string][]string{}}
	prev := -1
	for i := range v.text {
		if prev >= 0 {
			_, size := utf8.DecodeRuneInString(v.text[i:])
			pair := v.text[prev : i+size]
			v.at[pair] = append(v.at[pair], prev)
		}
		prev = i
	}
	return v
}

// variety is the accessor variety of s: the fewer of the distinct
// characters (or boundaries) seen before and after it in the document.
// Words of two runes or more have a variety of at least 2.
func (v *vocabulary) variety(s string) int {
	if w, ok := v.memo[s]; ok {
		return w
	}
	left, right := map[rune]bool{}, map[rune]bool{}
	edges := [2]int{}
	_, size1 := utf8.DecodeRuneInString(s)
	_, size2 := utf8.DecodeRuneInString(s[size1:])
	for _, at := range v.at[s[:size1+size2]] {
		if !strings.HasPrefix(v.text[at:], s) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(v.text[:at])
		next, _ := utf8.DecodeRuneInString(v.text[at+len(s):])
		for k, r := range []rune{prev, next} {
			side := left
			if k == 1 {
				side = right
			}
			switch {
			case unicode.IsDigit(r):
				side['0'] = true // all digits are one neighbour: "8所幼儿园", "5所幼儿园"
			case unicode.Is(unicode.Han, r):
				side[r] = true
			default:
				edges[k]++ // a boundary: every one counts
			}
		}
	}
	w := min(len(left)+edges[0], len(right)+edges[1])
	v.memo[s] = w
	return w
}

// segment splits s into words and single characters, preferring long
// words that are clearly words: the split maximising the sum, over its
// words, of length × log(variety); a single character scores 1/2.
func (v *vocabulary) segment(s string) []string {
	if seg, ok := v.cache[s]; ok {
		return seg
	}
	var out []string
	for _, run := range hanRuns(s) {
		rs := []rune(run)
		n := len(rs)
		best := make([]float64, n+1)
		cut := make([]int, n+1)
		for i := 1; i <= n; i++ {
			best[i], cut[i] = best[i-1]+0.5, i-1
			for j := max(0, i-maxWordRunes); j < i-1; j++ {
				av := v.variety(string(rs[j:i]))
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
			seg = append([]string{string(rs[cut[i]:i])}, seg...)
		}
		out = append(out, seg...)
	}
	v.cache[s] = out
	return out
}

// sharedTerms returns the runs of whole words of s (segmented) that text
// also contains, each at least minRunes long, leaving out runs made only of
// words most tasks use ("教育", "提升").
func (v *vocabulary) sharedTerms(s, text string, minRunes int, c *corpus) []string {
	words := v.segment(s)
	var out []string
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && strings.Contains(text, strings.Join(words[i:j+1], "")) {
			j++
		}
		if j == i {
			i++
			continue
		}
		k, l := i, j // a term neither starts nor ends with a single character
		for k < l && utf8.RuneCountInString(words[k]) == 1 {
			k++
		}
		for l > k && utf8.RuneCountInString(words[l-1]) == 1 {
			l--
		}
		term := strings.Join(words[k:l], "")
		if utf8.RuneCountInString(term) >= minRunes && !common(term, c) && !slices.Contains(out, term) {
			out = append(out, term)
		}
		i = j
	}
	return out
}

// common reports whether every bigram of term is used by over a third of
// the tasks, so the term is no evidence.
func common(term string, c *corpus) bool {
	for b := range bigrams(term) {
		if float64(c.df[b]) <= c.n/3 {
			return false
		}
	}
	return true
}

// bigrams returns the distinct pairs of adjacent Chinese characters of s.
func bigrams(s string) map[string]bool {
	out := map[string]bool{}
	var prev rune
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			if prev != 0 {
				out[string([]rune{prev, r})] = true
			}
			prev = r
		} else {
			prev = 0
		}
	}
	return out
}

// cleanName drops a project name's bracketed part, quotes and spaces.
func cleanName(s string) string {
	if i := strings.IndexAny(s, "（("); i > 0 {
		s = s[:i]
	}
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Han, r) {
			return r
		}
		return -1
	}, s)
}

// hanRuns splits s into runs of Chinese characters.
func hanRuns(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
}
