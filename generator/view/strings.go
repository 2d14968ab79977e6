package view

import (
	"io/fs"

	"plansite/generator/textfile"
)

// Strings are the words of the interface, which editors keep in
// content/i18n: UI, the interface strings by language and key, from
// <lang>.yaml (one file per language, the same keys in each; keys are
// English words so that templates stay readable), and the targets page's
// words, from targets.yaml.
type Strings struct {
	UI      map[string]map[string]string
	Targets TargetWords
	Kinds   Kinds // kinds.yaml
}

// StringsDir holds the interface strings.
const StringsDir = "content/i18n"

// LoadStrings reads content/i18n/<lang>.yaml for every language,
// content/i18n/targets.yaml and content/i18n/kinds.yaml. A missing file leaves its language's keys
// showing.
func LoadStrings(root fs.FS) (Strings, error) {
	tw, err := LoadTargetWords(root)
	if err != nil {
		return Strings{}, err
	}
	kinds, err := loadKinds(root)
	if err != nil {
		return Strings{}, err
	}
	s := Strings{UI: map[string]map[string]string{}, Targets: tw, Kinds: kinds}
	for _, lang := range Langs() {
		name := StringsDir + "/" + lang + ".yaml"
		data, err := textfile.Read(root, name)
		if err != nil {
			return Strings{}, err
		}
		if data == nil {
			continue
		}
		m := map[string]string{}
		if err := textfile.Decode(name, data, &m); err != nil {
			return Strings{}, err
		}
		s.UI[lang] = m
	}
	return s, nil
}

// T looks a key up, falling back to the key itself so that a missing
// string shows rather than vanishes.
func (s Strings) T(lang, key string) string {
	if v, ok := s.UI[lang][key]; ok {
		return v
	}
	return key
}
