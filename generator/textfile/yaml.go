package textfile

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"plansite/generator/pos"
)

// YAMLError restates an error of the YAML decoder reading file as one
// *pos.Error per problem (a pos.List), so that editors and the preview
// server see file:line like every other input error. The decoder gives
// its positions only in words ("yaml: line 3: …", and one "line N: …" per
// field of a *yaml.TypeError); this is the one place that reads them, next
// to the decoder, so that nobody downstream reads error strings.
func YAMLError(file string, err error) error {
	msgs := []string{err.Error()}
	if te, ok := errors.AsType[*yaml.TypeError](err); ok {
		msgs = te.Errors
	}
	var l pos.List
	for _, m := range msgs {
		line, rest := yamlLine(strings.TrimPrefix(strings.TrimSpace(m), "yaml: "))
		if f := unknownField.FindStringSubmatch(rest); f != nil {
			rest = fmt.Sprintf("unknown field %q", f[1]) // editors need not know the Go type
		} else if f := cannotUnmarshal.FindStringSubmatch(rest); f != nil {
			rest = wrongKind(f[1], f[2], f[3])
		}
		l = append(l, &pos.Error{File: file, Line: line, Msg: rest, Err: err})
	}
	return l
}

// unknownField is the decoder's word for a key the type lacks (Decode
// refuses them).
var unknownField = regexp.MustCompile(`^field (.*) not found in type \S.*$`)

// cannotUnmarshal is the decoder's word for a value of the wrong kind:
// its YAML tag, the value if a scalar, and the Go type it was to fill.
var cannotUnmarshal = regexp.MustCompile("^cannot unmarshal !!(\\w+)(?: `([^`]*)`)? into (\\S+)$")

// wrongKind says in an editor's words what a value of the wrong kind
// should have been ("maybe": expected true or false), where the decoder
// names Go types (cannot unmarshal !!str `maybe` into bool).
func wrongKind(tag, value, goType string) string {
	want := "another kind of value"
	switch {
	case goType == "bool":
		want = "true or false"
	case strings.HasPrefix(goType, "int") || strings.HasPrefix(goType, "uint"):
		want = "a whole number"
	case strings.HasPrefix(goType, "float"):
		want = "a number"
	case goType == "string":
		want = "text"
	case strings.HasPrefix(goType, "[]"):
		want = "a list (- item lines)"
	case strings.HasPrefix(goType, "map["), strings.Contains(goType, "."):
		want = "a mapping (key: value lines)"
	}
	found := map[string]string{"str": "text", "int": "a number", "float": "a number", "bool": "true or false",
		"seq": "a list", "map": "a mapping", "null": "nothing"}[tag]
	if value != "" {
		return fmt.Sprintf("%q: expected %s", value, want)
	}
	if found == "" {
		found = "!!" + tag
	}
	return fmt.Sprintf("found %s: expected %s", found, want)
}

// atProblem moves the syntax error perr of data, err restated, from the
// line the YAML parser names — where the construct it was reading began:
// line 16 of a 480-line glossary, where its list starts, for an entry
// added at its end without "- " — to the line the parser stopped at: the
// end of the shortest prefix of data, in whole lines, that fails the same
// way, found by bisection. Type errors name their own lines.
func atProblem(data []byte, err error, perr error) error {
	l, ok := perr.(pos.List)
	if _, typed := errors.AsType[*yaml.TypeError](err); typed || !ok || len(l) != 1 || l[0].Line == 0 {
		return perr
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	fails := func(k int) bool { // the first k lines fail as data does
		var n yaml.Node
		e := yaml.Unmarshal(bytes.Join(lines[:k], nil), &n)
		return e != nil && e.Error() == err.Error()
	}
	lo, hi := l[0].Line, len(lines)
	if lo > hi || !fails(hi) {
		return perr
	}
	for lo < hi {
		if mid := (lo + hi) / 2; fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	l[0].Line = lo
	return l
}

// yamlLine splits "line N: rest" into N and rest; 0 and m when m has no line.
func yamlLine(m string) (int, string) {
	after, ok := strings.CutPrefix(m, "line ")
	if !ok {
		return 0, m
	}
	num, rest, ok := strings.Cut(after, ": ")
	n, err := strconv.Atoi(num)
	if !ok || err != nil {
		return 0, m
	}
	return n, rest
}
