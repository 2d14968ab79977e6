package link

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sharedTerms returns the runs of whole words of s (segmented) that text
// also contains, each at least minRunes long, leaving out runs made only of
// words most tasks use ("教育", "提升").
func (v *vocabulary) sharedTerms(s, text string, minRunes int, c *corpus) []string {
	var out []string
	for _, term := range v.sharedRuns(s, text) {
		if utf8.RuneCountInString(term) >= minRunes && !common(term, c) && !slices.Contains(out, term) {
			out = append(out, term)
		}
	}
	return out
}

// sharedRuns returns the runs of whole words of s that text contains,
// neither starting nor ending with a single character, in order. They
// depend on s's words and text alone, so they are remembered with the
// words.
func (v *vocabulary) sharedRuns(s, text string) []string {
	seg := v.segmentation(s)
	if runs, ok := seg.shared[text]; ok {
		return runs
	}
	runs, ok := seg.prev[text]
	if !ok {
		runs = runsIn(seg.words, text)
	}
	seg.shared[text] = runs
	return runs
}

func runsIn(words []string, text string) []string {
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
		out = append(out, strings.Join(words[k:l], ""))
		i = j
	}
	return out
}

// common reports whether every bigram of term is used by over a third of
// the tasks, so the term is no evidence.
func common(term string, c *corpus) bool {
	return !slices.ContainsFunc(bigramList(term), func(b string) bool { return float64(c.df(b)) <= c.n/3 })
}

// bigramList returns the pairs of adjacent Chinese characters of s in
// order, repeats included, as substrings of s.
func bigramList(s string) []string {
	var out []string
	hanPairs(s, func(_ int, pair string) { out = append(out, pair) })
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
