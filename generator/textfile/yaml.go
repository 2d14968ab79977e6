package textfile

import (
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
		}
		l = append(l, &pos.Error{File: file, Line: line, Msg: rest, Err: err})
	}
	return l
}

// unknownField is the decoder's word for a key the type lacks (Decode
// refuses them).
var unknownField = regexp.MustCompile(`^field (.*) not found in type \S.*$`)

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
