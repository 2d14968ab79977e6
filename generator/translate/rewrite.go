package translate

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strings"

	"plansite/generator/plan"
)

// chunk is a stretch of a translation file: the text before the first
// unit, or one unit from its heading to the next unit's heading.
type chunk struct {
	text  string
	order int // document order of the unit's eId; -1 for the text before the first unit
}

// writeEdits applies edits to the translation files of plan slug, whose
// nodes by eId are nodes and their eIds in document order order, and
// returns the files that change. Every byte of a unit that is not edited
// is kept.
func writeEdits(fsys fs.FS, lang, slug string, d *Doc, edits []*unitEdit, nodes map[string]*plan.Node, order []string) (map[string][]byte, error) {
	index := map[string]int{}
	for i, eid := range order {
		index[eid] = i
	}
	byFile := map[string][]*unitEdit{}
	for _, e := range edits {
		name := ""
		if e.old != nil {
			name = e.old.File
		} else {
			name = fileFor(lang, slug, d, e.node, nodes)
		}
		byFile[name] = append(byFile[name], e)
	}
	out := map[string][]byte{}
	for _, name := range slices.Sorted(maps.Keys(byFile)) {
		src, err := fs.ReadFile(fsys, name)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		var units []*Unit
		if d != nil {
			for _, u := range d.Units {
				if u.File == name {
					units = append(units, u)
				}
			}
		}
		text := rewriteFile(src, units, byFile[name], index)
		// The file must read back as the units it was meant to hold.
		got, err := ParseFile(name, text)
		if err != nil {
			return nil, fmt.Errorf("importing would write a translation file that does not read back:\n%w", err)
		}
		have := map[string]bool{}
		for _, u := range got {
			have[u.EID] = true
		}
		for _, e := range byFile[name] {
			if !have[e.node.EID] {
				return nil, fmt.Errorf("%s: importing %s did not give a unit for it", name, e.node.EID)
			}
		}
		out[name] = text
	}
	return out, nil
}

// rewriteFile applies edits to src, whose units are units (in file order).
func rewriteFile(src []byte, units []*Unit, edits []*unitEdit, index map[string]int) []byte {
	lines := strings.SplitAfter(string(src), "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	var chunks []chunk
	if len(units) > 0 && units[0].Line > 1 {
		chunks = append(chunks, chunk{text: strings.Join(lines[:units[0].Line-1], ""), order: -1})
	} else if len(units) == 0 && len(lines) > 0 {
		chunks = append(chunks, chunk{text: string(src), order: -1})
	}
	edit := map[string]*unitEdit{}
	var added []*unitEdit
	for _, e := range edits {
		if e.old != nil {
			edit[e.old.EID] = e
		} else {
			added = append(added, e)
		}
	}
	last := -1
	for _, u := range units {
		text := strings.Join(lines[min(u.Line-1, len(lines)):min(u.End, len(lines))], "")
		if e := edit[u.EID]; e != nil {
			text = rewriteUnit(text, u, e)
		}
		if i, ok := index[u.EID]; ok {
			last = i
		}
		chunks = append(chunks, chunk{text: text, order: last})
	}
	sort.SliceStable(added, func(i, j int) bool { return index[added[i].node.EID] < index[added[j].node.EID] })
	for _, e := range added {
		c := chunk{text: newUnit(e), order: index[e.node.EID]}
		at := slices.IndexFunc(chunks, func(ch chunk) bool { return ch.order > c.order })
		if at < 0 {
			at = len(chunks)
		}
		if at > 0 {
			chunks[at-1].text = blankAfter(chunks[at-1].text)
		}
		if at < len(chunks) {
			c.text += "\n"
		}
		chunks = slices.Insert(chunks, at, c)
	}
	var b bytes.Buffer
	for _, c := range chunks {
		b.WriteString(c.text)
	}
	return b.Bytes()
}

// blankAfter makes text end with a blank line, so that a unit can follow.
func blankAfter(text string) string {
	switch {
	case text == "" || strings.HasSuffix(text, "\n\n"):
		return text
	case strings.HasSuffix(text, "\n"):
		return text + "\n"
	}
	return text + "\n\n"
}

// rewriteUnit writes edit e over unit u, whose lines are text: the heading
// line with its level, then the body, then as many blank lines as u had.
func rewriteUnit(text string, u *Unit, e *unitEdit) string {
	if e.restampOnly {
		first, rest, _ := strings.Cut(text, "\n")
		if out, err := Stamp(u.File, []byte(first), map[int]string{1: e.zh}); err == nil {
			return string(out) + "\n" + rest
		}
	}
	trailing := len(text) - len(strings.TrimRight(text, "\n"))
	if trailing == 0 {
		trailing = 1
	}
	level := u.Level
	if level < 1 || level > 6 {
		level = levelFor(e.node)
	}
	var b strings.Builder
	b.WriteString(headingLine(level, e.heading, u.EID, e.zh))
	if e.body != "" {
		b.WriteString("\n" + escapeBody(e.body) + "\n")
	}
	b.WriteString(strings.Repeat("\n", trailing-1))
	return b.String()
}

// newUnit writes a unit that the file did not have, without a blank line
// after it.
func newUnit(e *unitEdit) string {
	s := headingLine(levelFor(e.node), e.heading, e.node.EID, e.zh)
	if e.body != "" {
		s += "\n" + escapeBody(e.body) + "\n"
	}
	return s
}
