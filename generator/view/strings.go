package view

import (
	"errors"
	"io/fs"

	"go.yaml.in/yaml/v3"

	"plansite/generator/textfile"
)

// Strings are the interface strings by language and key, which editors
// keep in content/i18n/<lang>.yaml (one file per language, the same keys in
// each; keys are English words so that templates stay readable).
type Strings map[string]map[string]string

// StringsDir holds the interface strings.
const StringsDir = "content/i18n"

// LoadStrings reads content/i18n/<lang>.yaml for every language. A missing
// file leaves its language's keys showing.
func LoadStrings(root fs.FS) (Strings, error) {
	s := Strings{}
	for _, lang := range Langs {
		name := StringsDir + "/" + lang + ".yaml"
		data, err := fs.ReadFile(root, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		m := map[string]string{}
		if err := yaml.Unmarshal(data, &m); err != nil {
			return nil, textfile.YAMLError(name, err)
		}
		s[lang] = m
	}
	return s, nil
}

// T looks a key up, falling back to the key itself so that a missing
// string shows rather than vanishes.
func (s Strings) T(lang, key string) string {
	if v, ok := s[lang][key]; ok {
		return v
	}
	return key
}
