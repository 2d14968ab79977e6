package serve

import (
	"io/fs"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
	"plansite/generator/pos"
)

// Problem is a failed build or a warning as the overlay shows it: where it
// is and what it says (a *pos.Error's fields: file, line, col, place,
// message), and the source lines around it. Where Place is set (a seed
// that is not plain text), Line counts the text read from the file and the
// overlay shows no lines of it.
type Problem struct {
	pos.Error
	Source []SourceLine `json:"source,omitempty"`
	// Follows are problems that follow from this one, shown under it: the
	// links to passages a half-written seed lost (leadWithSeed).
	Follows []Problem `json:"follows,omitempty"`
}

// SourceLine is one line of the file around a problem.
type SourceLine struct {
	N    int    `json:"n"`
	Text string `json:"text"`
	Here bool   `json:"here,omitempty"`
}

// locate turns a build error into a Problem at the place of its first
// *pos.Error (every package that reports input problems returns one), with
// the source lines around it. An error with no position is its message.
func locate(root fs.FS, err error) Problem {
	msg := err.Error()
	p := Problem{Error: pos.Error{Msg: msg}}
	if pe, ok := pos.First(err); ok {
		p.File, p.Line, p.Col = pe.File, pe.Line, pe.Col
		// The place is shown apart; the rest of the message (a list's
		// other problems, a wrapper's context) stays.
		p.Msg = strings.TrimPrefix(msg, pe.Where()+": ")
		p.Source = source(root, p.File, p.Line)
	}
	return p
}

// sourceContext is how many lines the overlay shows on each side.
const sourceContext = 2

// source returns the lines of file around line, or nil when the file cannot
// be read or line is outside it.
func source(root fs.FS, file string, line int) []SourceLine {
	if file == "" || line < 1 {
		return nil
	}
	data, err := fs.ReadFile(root, file)
	if err != nil || !utf8.Valid(data) {
		return nil // a GB18030 seed is not shown rather than shown garbled
	}
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	if line > len(lines) {
		return nil
	}
	var out []SourceLine
	for n := max(1, line-sourceContext); n <= min(len(lines), line+sourceContext); n++ {
		out = append(out, SourceLine{N: n, Text: plan.Clip(lines[n-1], 300), Here: n == line})
	}
	return out
}
