package search

import (
	"io/fs"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// SynonymsFile is the editors' synonym table, content/synonyms.yaml:
//
//	zh:
//	  - words: [眼睛, 视力]     # what readers type
//	    search: [近视]          # what the plans say, searched as well
//	en:
//	  - words: [eyesight, vision]
//	    search: [myopia]
//
// A query holding one of the words (in Chinese anywhere, in English as a
// whole word or phrase) is searched again with the word replaced by each
// of the entry's search words; the results are merged, each passage taking
// its best score, and the page tells the reader what else was searched
// ("也搜索了：近视").
const SynonymsFile = "content/synonyms.yaml"

// Synonym is one entry of the table.
type Synonym struct {
	Words  []string `yaml:"words" json:"words"`
	Search []string `yaml:"search" json:"search"`
}

// maxVariants bounds the queries a synonym table adds to one query.
const maxVariants = 4

// ParseSynonyms reads the table; name is the file's path in the project,
// for errors. It returns the entries by language.
func ParseSynonyms(name string, data []byte) (map[string][]Synonym, error) {
	root, err := textfile.YAMLRoot(name, data)
	if err != nil {
		return nil, err
	}
	out := map[string][]Synonym{}
	if root == nil {
		return out, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, pos.Errorf(name, root.Line, "expected a mapping of languages (zh:, en:)")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Value != ModeZh && k.Value != ModeEn {
			return nil, pos.Errorf(name, k.Line, "language %q: expected zh or en", k.Value)
		}
		var es []Synonym
		if err := v.Decode(&es); err != nil {
			return nil, pos.Errorf(name, v.Line, "%s: expected a list of entries with words: and search: (%v)", k.Value, err)
		}
		for _, e := range v.Content {
			if err := textfile.Fields(name, e, &Synonym{}); err != nil {
				return nil, err
			}
		}
		for j, e := range es {
			line := v.Line
			if j < len(v.Content) {
				line = v.Content[j].Line
			}
			if len(e.Words) == 0 || len(e.Search) == 0 {
				return nil, pos.Errorf(name, line, "entry needs both words: and search:")
			}
			for _, w := range append(append([]string{}, e.Words...), e.Search...) {
				if len(Tokens(w, k.Value)) == 0 {
					return nil, pos.Errorf(name, line, "%q has nothing to search for", w)
				}
			}
		}
		out[k.Value] = es
	}
	return out, nil
}

// LoadSynonyms reads SynonymsFile from fsys; a project without one has no
// synonyms.
func LoadSynonyms(fsys fs.FS) (map[string][]Synonym, error) {
	data, err := textfile.Read(fsys, SynonymsFile)
	if err != nil {
		return nil, err
	}
	return ParseSynonyms(SynonymsFile, data)
}

// synonymRows flattens a table into the manifest's form: one row per
// word, the normalised word first and then the words it searches as well,
// in the table's order; a word of two entries searches the words of both.
func synonymRows(es []Synonym) [][]string {
	var out [][]string
	at := map[string]int{}
	for _, e := range es {
		for _, w := range e.Words {
			w = strings.TrimSpace(Normalize(w))
			i, ok := at[w]
			if !ok {
				i = len(out)
				at[w] = i
				out = append(out, []string{w})
			}
			for _, t := range e.Search {
				if t = strings.TrimSpace(t); t != "" && !slices.Contains(out[i][1:], t) {
					out[i] = append(out[i], t)
				}
			}
		}
	}
	return out
}
