package site

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// yamlLine matches the position the YAML decoder puts in its messages.
var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): `)

// yamlError restates a YAML decoding error of file as file:line: message,
// one line per problem, the form every other input error takes, so editors
// and the preview server can point at the line.
func yamlError(file string, err error) error {
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = append([]string(nil), te.Errors...)
	}
	for i, m := range msgs {
		m = strings.TrimSpace(m)
		if sub := yamlLine.FindStringSubmatch(m); sub != nil {
			msgs[i] = fmt.Sprintf("%s:%s: %s", file, sub[1], m[len(sub[0]):])
		} else {
			msgs[i] = fmt.Sprintf("%s: %s", file, strings.TrimPrefix(m, "yaml: "))
		}
	}
	return errors.New(strings.Join(msgs, "\n"))
}
