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
	found    []bool             // per term, during find
	runes    []rune             // the text, during find
	stems    stems              // the Indexer's
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
			ws, _ := scan([]rune(n), lang)
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
	return g
}

// find returns the terms that text uses.
func (g *glossary) find(text string) []Term {
	if len(g.terms) == 0 {
		return nil
	}
	norm := Normalize(text)
	at := map[string][]int{} // token of a form → its positions in order
	if len(g.byTokens) > 0 {
		g.runes = g.runes[:0]
		for _, r := range norm {
			g.runes = append(g.runes, r)
		}
		ws, _ := scan(g.runes, g.mode)
		for _, w := range ws {
			w.tokens(g.stems, func(tok string, pos int, countOnly bool) {
				if !countOnly && g.byTokens[tok] {
					at[tok] = append(at[tok], pos)
				}
			})
		}
	}
	// The substring forms are looked for at once, where their first
	// character is: strings.Contains of each form, whose first byte is
	// that of most Chinese characters, read the text once per form.
	found := g.found
	clear(found)
	if len(g.byFirst) > 0 {
		for i, r := range norm {
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
			if f.substr == "" && f.matches(at) {
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
