package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// entity is a name shared by many passages — a department, a key project or
// a glossary term. Its forms are indexed once; links carry it to passages.
type entity struct {
	key   entityKey
	forms []string
	zh    []string // a glossary term's Chinese forms, in an English index (manifest "gz")
	links []link
}

// entityKey tells entities apart: a kind ('d' department, 'p' key project,
// 'g' glossary term) and a name.
type entityKey struct {
	kind byte
	name string
}

// link attaches an entity to a passage through a field (fLead, fSupport,
// fProject or fGlossary).
type link struct {
	passage, field int
}

// glossary finds the glossary terms a text uses, in one language.
type glossary struct {
	mode     string
	terms    []Term
	forms    [][]glossForm      // per term, its forms in the index language (in English the Chinese ones too)
	byTokens map[string]bool    // the tokens of the forms matched by tokens
	byFirst  map[rune][]hanForm // the forms matched as substrings, by their first character
	firsts   []uint64           // a bit per character, set where byFirst holds forms
	// whole: find reads a passage's heading and text as one, a line
	// apart, and scans it itself, as a token of byTokens may occur without
	// its position (word.tokens' countOnly, a lone character of a longer
	// run), which a field's tokens do not tell apart, or a form holds a
	// line's end.
	whole bool
	found []bool // per term, during find
	runes []rune // the text, during find
	stems stems  // the Indexer's
}

// hanForm is a form of term matched as a substring (glossForm.substr).
type hanForm struct {
	term   int
	substr string
}

// glossForm is one form of a term: Han forms match as normalised
// substrings, others as a run of tokens at the same relative positions.
type glossForm struct {
	substr string
	toks   []string
	offs   []int
}

func newGlossary(terms []Term, lang string, st stems) *glossary {
	g := &glossary{mode: lang, terms: terms, stems: st, byFirst: map[rune][]hanForm{}, byTokens: map[string]bool{},
		found: make([]bool, len(terms))}
	for i, t := range terms {
		forms := append([]string{t.Zh}, t.AliasesZh...)
		if lang == ModeEn {
			// A passage not yet translated is indexed in the Chinese
			// its English page shows: its Chinese forms find the term
			// there, so "flood" finds an untranslated plan's 防洪.
			forms = append(append([]string{t.En}, t.AliasesEn...), forms...)
		}
		var fs []glossForm
		for _, f := range forms {
			n := Normalize(strings.TrimSpace(f))
			if n == "" {
				continue
			}
			if strings.IndexFunc(n, isHan) >= 0 {
				fs = append(fs, glossForm{substr: n})
				first, _ := utf8.DecodeRuneInString(n)
				g.byFirst[first] = append(g.byFirst[first], hanForm{i, n})
				continue
			}
			var gf glossForm
			ws, _ := scan(nil, []rune(n), lang)
			for _, w := range ws {
				w.tokens(g.stems, func(tok string, pos int, countOnly bool) {
					if !countOnly {
						gf.toks = append(gf.toks, tok)
						gf.offs = append(gf.offs, pos)
					}
				})
			}
			if len(gf.toks) > 0 {
				fs = append(fs, gf)
				for _, tok := range gf.toks {
					g.byTokens[tok] = true
				}
			}
		}
		g.forms = append(g.forms, fs)
	}
	for tok := range g.byTokens {
		if r, n := utf8.DecodeRuneInString(tok); n == len(tok) && !numeral(r) && (isHan(r) || r == '%' || r == '.') {
			g.whole = true
		}
	}
	for _, fs := range g.forms {
		for _, f := range fs {
			g.whole = g.whole || strings.ContainsRune(f.substr, '\n')
		}
	}
	for r := range g.byFirst {
		w := int(r) >> 6
		if w >= len(g.firsts) {
			g.firsts = slices.Grow(g.firsts, w+1-len(g.firsts))[:w+1]
		}
		g.firsts[w] |= 1 << (r & 63)
	}
	return g
}

// find returns the terms that a passage's heading and text use; head and
// body are the tokens Add collected from them (collect), head's taking
// headLen positions.
func (g *glossary) find(heading, text string, head, body *fieldTokens, headLen int) []Term {
	if len(g.terms) == 0 {
		return nil
	}
	parts := [2]string{Normalize(heading), Normalize(text)}
	if g.whole {
		parts = [2]string{Normalize(heading + "\n" + text)}
	}
	var at map[string][]int // token of a form → its positions in order
	if len(g.byTokens) > 0 && g.whole {
		at = map[string][]int{}
		g.runes = g.runes[:0]
		for _, r := range parts[0] {
			g.runes = append(g.runes, r)
		}
		ws, _ := scan(nil, g.runes, g.mode)
		for _, w := range ws {
			w.tokens(g.stems, func(tok string, pos int, countOnly bool) {
				if !countOnly && g.byTokens[tok] {
					at[tok] = append(at[tok], pos)
				}
			})
		}
	} else if len(g.byTokens) > 0 {
		// The heading and text scanned as one, a line apart, hold the
		// heading's tokens, then the text's after headLen positions: the
		// line between takes none and ends every word.
		at = map[string][]int{}
		for _, tok := range head.order {
			if g.byTokens[tok] {
				at[tok] = append(at[tok], head.by[tok].pos...)
			}
		}
		for _, tok := range body.order {
			if g.byTokens[tok] {
				for _, p := range body.by[tok].pos {
					at[tok] = append(at[tok], p+headLen)
				}
			}
		}
	}
	// The substring forms are looked for at once, where their first
	// character is: strings.Contains of each form, whose first byte is
	// that of most Chinese characters, read the text once per form. A
	// character starting no form is passed by its bit, quicker than a
	// lookup in byFirst. No form holds a line's end (else whole), so none
	// is found across the heading's end.
	found := g.found
	clear(found)
	for _, norm := range parts {
		for i, r := range norm {
			if w := int(r) >> 6; w >= len(g.firsts) || g.firsts[w]&(1<<(r&63)) == 0 {
				continue
			}
			for _, f := range g.byFirst[r] {
				if !found[f.term] && strings.HasPrefix(norm[i:], f.substr) {
					found[f.term] = true
				}
			}
		}
	}
	var out []Term
	for i, fs := range g.forms {
		if found[i] {
			out = append(out, g.terms[i])
			continue
		}
		for _, f := range fs {
			if f.substr == "" && len(at) > 0 && f.matches(at) {
				out = append(out, g.terms[i])
				break
			}
		}
	}
	return out
}

// matches reports whether the form, matched by tokens, occurs in a text,
// given its token positions.
func (f glossForm) matches(at map[string][]int) bool {
	for _, x := range at[f.toks[0]] {
		ok := true
		for k := 1; k < len(f.toks) && ok; k++ {
			_, ok = slices.BinarySearch(at[f.toks[k]], x+f.offs[k]-f.offs[0])
		}
		if ok {
			return true
		}
	}
	return false
}
