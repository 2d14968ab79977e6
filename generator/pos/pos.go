// Package pos is the one shape of an input problem in Plansite: a file, a
// place in it and what is wrong there. Every package that reads editors'
// input (seeds, translations, YAML, templates) reports problems as *Error,
// so that the command line prints them as file:line:col: message and the
// preview server finds the place with errors.As, never by reading strings.
//
// File is the path in the project ("seeds/x.txt", "templates/node.html"),
// slash-separated. Line and Col count from 1; 0 means unknown. Col counts
// characters (runes), not bytes, because editors count what they see.
package pos

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Error is a problem at a place in an input file. A warning (a problem
// that did not stop the build, plan.Warning) has the same shape.
type Error struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col,omitempty"`
	// Place says where Line is in a file that is not plain text (a .docx,
	// .pdf or .html seed), as an editor opens it: "page 2, line 14",
	// "paragraph 41"; "" for a text file, where the line says it.
	Place string `json:"place,omitempty"`
	Msg   string `json:"message"`
	// Err is the cause, if the problem came from another package's error
	// (a YAML decoder, a template parser); Msg already says it in words.
	Err error `json:"-"`
}

// Errorf returns an *Error at file:line with a formatted message.
func Errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// Where is the place as file:line:col, leaving out what is unknown, or
// as file (place) where Place is known.
func (e *Error) Where() string {
	w := e.File
	if e.Place != "" {
		return w + " (" + e.Place + ")"
	}
	if e.Line > 0 {
		w += ":" + strconv.Itoa(e.Line)
		if e.Col > 0 {
			w += ":" + strconv.Itoa(e.Col)
		}
	}
	return w
}

func (e *Error) Error() string {
	if e.File == "" {
		return e.Msg
	}
	return e.Where() + ": " + e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// String is Error, for a warning held as a value.
func (e Error) String() string { return e.Error() }

// List is several problems that together make an input unusable, in the
// order they were found.
type List []*Error

// Add appends a problem at file:line.
func (l *List) Add(file string, line int, format string, args ...any) {
	*l = append(*l, Errorf(file, line, format, args...))
}

// Err returns l as an error, or nil when it is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error lists the problems, one a line.
func (l List) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap lets errors.As find the first problem of a list.
func (l List) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// First returns the first *Error in err's chain, if any.
func First(err error) (*Error, bool) {
	return errors.AsType[*Error](err)
}

// Lines writes line numbers for a message, the first ten of them: 3, 9,
// 14 … (5 more).
func Lines(ns []int) string {
	const most = 10
	var b strings.Builder
	for i, n := range ns {
		if i == most {
			fmt.Fprintf(&b, " … (%d more)", len(ns)-most)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}
