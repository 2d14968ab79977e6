package parse

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// guarded is a regular expression with a cheap test that every text it
// matches passes, which its methods make first: the text holds one of
// need, or (for an expression anchored at the text's start or end) begins
// or ends with one of edge. Most of the parser's expressions have no
// literal prefix for package regexp to look for, so an unanchored one, and
// one anchored only at the end, is tried at every character of every line
// or node, and even one anchored at the start clears memory the size of
// the text on each call; the guard spares most texts both.
//
// The expression is a field, not embedded, so that a method guarded does
// not offer is a compile error rather than a call around the guard.
type guarded struct {
	re    *regexp.Regexp
	need  []string
	edge  []rune // ranges, as a syntax.CharClass's Rune
	atEnd bool   // edge is what matches end with, not begin with
}

// guard guards re by words every match holds.
func guard(re *regexp.Regexp, need ...string) guarded { return guarded{re: re, need: need} }

// guardStart guards re, anchored at the text's start, by the characters
// its matches begin with, worked out from the expression itself so that
// they follow it as it changes. An expression where that cannot be told
// (not anchored, a match that may be empty or begin with any character)
// is not guarded.
func guardStart(re *regexp.Regexp) guarded { return guardEdge(re, false) }

// guardEnd is guardStart for an expression anchored at the text's end ($
// without the m flag): its matches' last characters guard it.
func guardEnd(re *regexp.Regexp) guarded { return guardEdge(re, true) }

func guardEdge(re *regexp.Regexp, atEnd bool) guarded {
	g := guarded{re: re, atEnd: atEnd}
	if t, err := syntax.Parse(re.String(), syntax.Perl); err == nil && anchored(t, atEnd) {
		if rs, empty, ok := edgeRunes(t, atEnd); ok && !empty {
			g.edge = rs
		}
	}
	return g
}

// may reports whether s passes g's test.
func (g guarded) may(s string) bool {
	if g.edge != nil {
		r, _ := utf8.DecodeRuneInString(s)
		if g.atEnd {
			r, _ = utf8.DecodeLastRuneInString(s)
		}
		for i := 0; i+1 < len(g.edge); i += 2 {
			if g.edge[i] <= r && r <= g.edge[i+1] {
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

func (g guarded) MatchString(s string) bool { return g.may(s) && g.re.MatchString(s) }

func (g guarded) FindStringSubmatch(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringSubmatch(s)
}

func (g guarded) FindStringSubmatchIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringSubmatchIndex(s)
}

func (g guarded) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindAllStringSubmatchIndex(s, n)
}

// anchored reports whether every match of t begins at the text's start,
// or ends at its end when atEnd.
func anchored(t *syntax.Regexp, atEnd bool) bool {
	switch t.Op {
	case syntax.OpBeginText:
		return !atEnd
	case syntax.OpEndText:
		return atEnd
	case syntax.OpConcat, syntax.OpCapture:
		return len(t.Sub) > 0 && anchored(t.Sub[edge(len(t.Sub), atEnd)], atEnd)
	case syntax.OpAlternate:
		for _, s := range t.Sub {
			if !anchored(s, atEnd) {
				return false
			}
		}
		return len(t.Sub) > 0
	}
	return false
}

// edge is the index of the first of n parts, or of the last when atEnd.
func edge(n int, atEnd bool) int {
	if atEnd {
		return n - 1
	}
	return 0
}

// edgeRunes returns the characters a match of t can begin with (end with,
// when atEnd), as ranges, and whether a match can be empty; ok is false
// when any character may begin (end) one.
func edgeRunes(t *syntax.Regexp, atEnd bool) (rs []rune, empty, ok bool) {
	switch t.Op {
	case syntax.OpNoMatch:
		return nil, false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return nil, true, true // zero-width: what follows (precedes) begins (ends) the match
	case syntax.OpLiteral:
		if len(t.Rune) == 0 {
			return nil, true, true
		}
		if t.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		r := t.Rune[edge(len(t.Rune), atEnd)]
		return []rune{r, r}, false, true
	case syntax.OpCharClass:
		return t.Rune, false, true
	case syntax.OpCapture, syntax.OpPlus:
		return edgeRunes(t.Sub[0], atEnd)
	case syntax.OpStar, syntax.OpQuest:
		rs, _, ok := edgeRunes(t.Sub[0], atEnd)
		return rs, true, ok
	case syntax.OpRepeat:
		rs, empty, ok := edgeRunes(t.Sub[0], atEnd)
		return rs, empty || t.Min == 0, ok
	case syntax.OpConcat:
		for i := range t.Sub {
			if atEnd {
				i = len(t.Sub) - 1 - i
			}
			srs, sempty, sok := edgeRunes(t.Sub[i], atEnd)
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
			srs, sempty, sok := edgeRunes(s, atEnd)
			if !sok {
				return nil, false, false
			}
			rs, empty = append(rs, srs...), empty || sempty
		}
		return rs, empty, true
	}
	return nil, false, false // any character
}
