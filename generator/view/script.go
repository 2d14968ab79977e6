package view

import (
	"strings"
	"unicode"

	"plansite/generator/plan"
)

// TextRun is a stretch of text in one script: Lang is "zh-Hans" for
// Chinese and "" for the text around it, so that an English page can mark
// the Chinese it quotes (an untranslated title in a citation, a name) with
// its language, as screen readers and fonts need.
type TextRun struct {
	Text string
	Lang string
}

// ScriptRuns splits s into Chinese and other stretches. A word (what lies
// between spaces) with a Chinese character in it is Chinese, with the CJK
// punctuation and the digits it holds (“十四五”规划, 2020年, （RCEP）), but
// not the English punctuation that ends it (安徽省人民政府办公厅. → the
// full stop is the citation's); Chinese words with only spaces between
// them are one stretch.
func ScriptRuns(s string) []TextRun {
	var runs []TextRun
	// The pieces are added in order and make up s, so a run is a slice
	// of s, grown in place: joining each word to its run made a new
	// string per word, which for a long citation in English was most of
	// the cost.
	whole, at := s, 0
	add := func(text, lang string) {
		if text == "" {
			return
		}
		next := at + len(text)
		if n := len(runs); n > 0 && runs[n-1].Lang == lang {
			runs[n-1].Text = whole[at-len(runs[n-1].Text) : next]
		} else {
			runs = append(runs, TextRun{Text: whole[at:next], Lang: lang})
		}
		at = next
	}
	pendingSpace := ""
	for s != "" {
		rest := strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsSpace(r) })
		word := s[:len(s)-len(rest)]
		s = strings.TrimLeftFunc(rest, unicode.IsSpace)
		space := rest[:len(rest)-len(s)]
		if word == "" { // leading spaces
			add(space, "")
			continue
		}
		if !plan.HasHan(word) {
			add(pendingSpace, "")
			add(word, "")
			pendingSpace = space
			continue
		}
		lead, core, trail := chineseCore(word)
		if n := len(runs); n > 0 && runs[n-1].Lang == "zh-Hans" && lead == "" {
			add(pendingSpace, "zh-Hans")
		} else {
			add(pendingSpace, "")
		}
		add(lead, "")
		add(core, "zh-Hans")
		add(trail, "")
		pendingSpace = space
	}
	add(pendingSpace, "")
	return runs
}

// chineseCore splits a word holding Chinese into the English punctuation
// that opens it ("(" of "(思政课"), the Chinese, and the English
// punctuation that closes it (". " after a name, ")" that closes a bracket
// opened outside).
func chineseCore(word string) (lead, core, trail string) {
	core = strings.TrimLeft(word, "([\"'")
	lead = word[:len(word)-len(core)]
	for core != "" {
		last := core[len(core)-1]
		switch {
		case strings.IndexByte(".,;:!?\"'", last) >= 0,
			last == ')' && strings.Count(core, "(") < strings.Count(core, ")"),
			last == ']' && strings.Count(core, "[") < strings.Count(core, "]"):
			core = core[:len(core)-1]
			continue
		}
		break
	}
	return lead, core, word[len(lead)+len(core):]
}

// Marked is text as a page in lang prints it: ScriptRuns on a page in
// another language than Chinese, one stretch on a Chinese page (whose
// whole text is marked Chinese already).
func Marked(lang, text string) []TextRun {
	if lang == SourceLang || !plan.HasHan(text) {
		if text == "" {
			return nil
		}
		return []TextRun{{Text: text}}
	}
	return ScriptRuns(text)
}
