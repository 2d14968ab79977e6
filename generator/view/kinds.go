package view

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"

	"go.yaml.in/yaml/v3"

	"plansite/generator/textfile"
)

// KindsFile names kinds of documents in English.
const KindsFile = StringsDir + "/kinds.yaml"

// DocKind is the English name of a kind of document, by the ending of its
// Chinese title ("" matches any title).
type DocKind struct {
	ZH string `yaml:"zh"`
	EN string `yaml:"en"`
}

// loadKinds reads content/i18n/kinds.yaml; a missing file names no kinds.
func loadKinds(root fs.FS) ([]DocKind, error) {
	data, err := fs.ReadFile(root, KindsFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var ks []DocKind
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&ks); err != nil {
		return nil, textfile.YAMLError(KindsFile, err)
	}
	return ks, nil
}

// kindOf is the English kind of a document titled zh, or "".
func kindOf(kinds []DocKind, zh string) string {
	for _, k := range kinds {
		if strings.HasSuffix(zh, k.ZH) {
			return k.EN
		}
	}
	return ""
}

// PlainTitle is the plan's title where no language can be marked (<title>,
// og:title, an aria-label): Title, except on a page in another language
// whose title is still the Chinese, where it is "<kind> (<Chinese title>)"
// (content/i18n/kinds.yaml), so that the page's title starts in the page's
// language.
func (d *Doc) PlainTitle() string {
	t := d.Title()
	if !d.TitlePending() || d.site == nil {
		return t
	}
	if k := kindOf(d.site.Kinds(), t); k != "" {
		return k + " (" + t + ")"
	}
	return t
}

// citeTitle is the title a citation in the page's language gives: Title,
// or for a title still in Chinese on another language's page the Chinese
// followed by its kind in brackets, "<Chinese title> [<kind>]", as
// citation styles give an untranslated title.
func (d *Doc) citeTitle() string {
	t := d.Title()
	if !d.TitlePending() || d.site == nil {
		return t
	}
	if k := kindOf(d.site.Kinds(), t); k != "" {
		return t + " [" + k + "]"
	}
	return t
}
