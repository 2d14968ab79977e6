package serve

import (
	"errors"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"plansite/generator/plan"
	"plansite/generator/pos"
)

// Problem is a failed build or a warning as the overlay shows it: where it
// is, what it says, and the source lines around it.
type Problem struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
	// Place is where the problem is in a seed that is not plain text, as
	// its reader names it ("page 2, line 14" of a PDF, "paragraph 41" of a
	// .docx, "line 230" of an HTML page); Line then counts the text read
	// from it and the overlay shows no lines of the file.
	Place   string       `json:"place,omitempty"`
	Message string       `json:"message"`
	Source  []SourceLine `json:"source,omitempty"`
}

// SourceLine is one line of the file around a problem.
type SourceLine struct {
	N    int    `json:"n"`
	Text string `json:"text"`
	Here bool   `json:"here,omitempty"`
}

// Where is the problem's position as file:line[:col], or "" when unknown.
func (p Problem) Where() string {
	if p.File == "" {
		return ""
	}
	w := p.File
	if p.Place != "" {
		return w + " (" + p.Place + ")"
	}
	if p.Line > 0 {
		w += ":" + strconv.Itoa(p.Line)
		if p.Col > 0 {
			w += ":" + strconv.Itoa(p.Col)
		}
	}
	return w
}

var (
	// leading is the file:line[:col]: prefix every input error of the site
	// build carries.
	leading = regexp.MustCompile(`^([^\s:]+\.[A-Za-z0-9]+):(\d+)(?::(\d+))?: `)
	// tmplPos is a template position, which names the template by its base
	// name only: "template: plan.html:12:5: …" from text/template and
	// "html/template:node.html:24:102: …" from html/template's escaper.
	// yamlPos is the YAML decoder's position, left in some messages.
	yamlPos = regexp.MustCompile(`^(?:yaml: )?line \d+: `)
	// fileOnly is a file: prefix without a line, as for a missing file.
	fileOnly = regexp.MustCompile(`^([^\s:]+\.[A-Za-z0-9]+): `)
	tmplPos  = regexp.MustCompile(`template: ?([^\s:]+\.html):(\d+)(?::(\d+))?: `)
)

// locate turns a build error into a Problem, finding its file and line in
// the forms the build produces: a *pos.Error, a file:line: prefix (seeds,
// YAML, translations), or a template position.
func locate(root fs.FS, err error) Problem {
	msg := err.Error()
	p := Problem{Message: msg}
	var pe *pos.Error
	switch {
	case errors.As(err, &pe):
		p.File, p.Line, p.Message = pe.File, pe.Line, pe.Msg
	case leading.MatchString(msg):
		m := leading.FindStringSubmatch(msg)
		p.File, p.Line, p.Col = m[1], atoi(m[2]), atoi(m[3])
		// The YAML decoder's own position repeats the line.
		p.Message = yamlPos.ReplaceAllString(msg[len(m[0]):], "")
	case tmplPos.MatchString(msg):
		m := tmplPos.FindStringSubmatch(msg)
		p.File, p.Line, p.Col = templateFile(root, m[1]), atoi(m[2]), atoi(m[3])
	case fileOnly.MatchString(msg):
		m := fileOnly.FindStringSubmatch(msg)
		p.File, p.Message = m[1], msg[len(m[0]):]
	}
	p.Source = source(root, p.File, p.Line)
	return p
}

// fromWarning is a parse or build warning as a Problem.
func fromWarning(w plan.Warning) Problem {
	return Problem{File: w.File, Line: w.Line, Place: w.Place, Message: w.Message}
}

// templateFile finds the file that defines a template named by its base
// name: a page template or a partial. When both exist (templates/node.html
// and templates/partials/node.html), the one saved last is taken: it is
// the one the editor just broke.
func templateFile(root fs.FS, name string) string {
	found := "templates/" + name
	var newest time.Time
	for _, dir := range []string{"templates/", "templates/partials/"} {
		if fi, err := fs.Stat(root, dir+name); err == nil && (newest.IsZero() || fi.ModTime().After(newest)) {
			found, newest = dir+name, fi.ModTime()
		}
	}
	return found
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
		out = append(out, SourceLine{N: n, Text: clip(lines[n-1], 300), Here: n == line})
	}
	return out
}

// clip shortens s to at most n runes; a plan paragraph can be very long.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
