package parse

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// guarded is a regular expression with a cheap test that every text it
// matches passes, which its methods make first: the text holds one of
// need, or (for an expression anchored at the text's start) begins with
// one of starts. Most of the parser's expressions have no literal prefix
// for package regexp to look for, so an unanchored one is tried at every
// character of every line or node, and even an anchored one clears memory
// the size of the text on each call; the guard spares most texts both.
type guarded struct {
	*regexp.Regexp
	need   []string
	starts []rune // ranges, as a syntax.CharClass's Rune
}

// guard guards re by words every match holds.
func guard(re *regexp.Regexp, need ...string) guarded { return guarded{Regexp: re, need: need} }

// guardStart guards re, anchored at the text's start, by the characters
// its matches begin with, worked out from the expression itself so that
// they follow it as it changes. An expression where that cannot be told
// (not anchored, a match that may be empty or begin with any character)
// is not guarded.
func guardStart(re *regexp.Regexp) guarded {
	g := guarded{Regexp: re}
	if t, err := syntax.Parse(re.String(), syntax.Perl); err == nil && anchored(t) {
		if rs, empty, ok := firstRunes(t); ok && !empty {
			g.starts = rs
		}
	}
	return g
}

// may reports whether s passes g's test.
func (g guarded) may(s string) bool {
	if g.starts != nil {
		r, _ := utf8.DecodeRuneInString(s)
		for i := 0; i+1 < len(g.starts); i += 2 {
			if g.starts[i] <= r && r <= g.starts[i+1] {
				return true
			}
		}
		return false
	}
	if g.need == nil {
		return true
	}
	for _, n := range g.need {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

func (g guarded) MatchString(s string) bool { return g.may(s) && g.Regexp.MatchString(s) }

func (g guarded) FindStringSubmatch(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatch(s)
}

func (g guarded) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatchIndex(s, n)
}

// anchored reports whether every match of t begins at the text's start.
func anchored(t *syntax.Regexp) bool {
	switch t.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat, syntax.OpCapture:
		return len(t.Sub) > 0 && anchored(t.Sub[0])
	case syntax.OpAlternate:
		for _, s := range t.Sub {
			if !anchored(s) {
				return false
			}
		}
		return len(t.Sub) > 0
	}
	return false
}

// firstRunes returns the characters a match of t can begin with, as
// ranges, and whether a match can be empty; ok is false when any
// character may begin one.
func firstRunes(t *syntax.Regexp) (rs []rune, empty, ok bool) {
	switch t.Op {
	case syntax.OpNoMatch:
		return nil, false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return nil, true, true // zero-width: what follows begins the match
	case syntax.OpLiteral:
		if len(t.Rune) == 0 {
			return nil, true, true
		}
		if t.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		return []rune{t.Rune[0], t.Rune[0]}, false, true
	case syntax.OpCharClass:
		return t.Rune, false, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstRunes(t.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		rs, _, ok := firstRunes(t.Sub[0])
		return rs, true, ok
	case syntax.OpRepeat:
		rs, empty, ok := firstRunes(t.Sub[0])
		return rs, empty || t.Min == 0, ok
	case syntax.OpConcat:
		for _, s := range t.Sub {
			srs, sempty, sok := firstRunes(s)
			if !sok {
				return nil, false, false
			}
			rs = append(rs, srs...)
			if !sempty {
				return rs, false, true
			}
		}
		return rs, true, true
	case syntax.OpAlternate:
		for _, s := range t.Sub {
			srs, sempty, sok := firstRunes(s)
			if !sok {
				return nil, false, false
			}
			rs, empty = append(rs, srs...), empty || sempty
		}
		return rs, empty, true
	}
	return nil, false, false // any character
}
