package translate

import (
	"io/fs"
	"slices"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"

	"plansite/generator/plan"
	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// GlossaryFile holds the fixed renderings of recurring terms. Department
// names are not in it: the department registry names them.
const GlossaryFile = "content/glossary.yaml"

// Term is one glossary entry: a Chinese term and the English rendering a
// translation must use wherever the Chinese has the term.
type Term struct {
	ZH        string   `yaml:"zh"`
	EN        string   `yaml:"en"`
	AliasesZH []string `yaml:"aliases_zh"` // other Chinese forms of the term
	AliasesEN []string `yaml:"aliases_en"` // search synonyms, not accepted as renderings
	Note      string   `yaml:"note"`       // for translators and English readers; may quote Chinese
	NoteZH    string   `yaml:"note_zh"`    // for readers of the Chinese page
	// Plans are the plans whose sense of the term EN is (体育: physical
	// education in an education plan, sports in a plan on consumption);
	// none, every plan's. Another plan's pages and check do not give
	// the term.
	Plans []string `yaml:"plans"`
	Line  int      `yaml:"-"`
}

// For reports whether the term is plan slug's (Plans).
func (t Term) For(slug string) bool { return len(t.Plans) == 0 || slices.Contains(t.Plans, slug) }

// TermsFor are the terms of plan slug, in order (Term.For).
func TermsFor(terms []Term, slug string) []Term {
	if !slices.ContainsFunc(terms, func(t Term) bool { return !t.For(slug) }) {
		return terms
	}
	return slices.DeleteFunc(slices.Clone(terms), func(t Term) bool { return !t.For(slug) })
}

// LoadGlossary reads content/glossary.yaml; a missing file is an empty
// glossary.
func LoadGlossary(fsys fs.FS) ([]Term, error) {
	data, err := textfile.Read(fsys, GlossaryFile)
	if err != nil {
		return nil, err
	}
	return ParseGlossary(data)
}

// ParseGlossary reads the contents of content/glossary.yaml.
func ParseGlossary(data []byte) ([]Term, error) {
	if err := textfile.Check(GlossaryFile, data); err != nil {
		return nil, err
	}
	seq, err := textfile.YAMLRoot(GlossaryFile, data)
	if err != nil || seq == nil {
		return nil, err
	}
	if seq.Kind != yaml.SequenceNode {
		return nil, pos.Errorf(GlossaryFile, seq.Line, "expected a list of terms (\"- zh: …\")")
	}
	// Decoded strictly: a misspelt field (aliases: for aliases_zh:) is an
	// error, not forms of the term silently left out.
	var terms []Term
	if err := textfile.Decode(GlossaryFile, data, &terms); err != nil {
		return nil, err
	}
	first := map[string]int{} // Chinese term → line of its entry
	for i, n := range seq.Content {
		t := &terms[i]
		if t.ZH == "" || t.EN == "" {
			return nil, pos.Errorf(GlossaryFile, n.Line, "a term needs zh and en")
		}
		t.Line = n.Line
		if line, ok := first[t.ZH]; ok {
			return nil, pos.Errorf(GlossaryFile, n.Line, "%s is already a term at line %d: keep one entry", t.ZH, line)
		}
		first[t.ZH] = n.Line
	}
	return terms, nil
}

// TermIssue is a unit whose Chinese uses a glossary term and whose English
// does not use the term's fixed rendering.
type TermIssue struct {
	Unit *Unit
	Term Term
}

// CheckTerms lists, for translation d of doc, the units that render a
// glossary term otherwise than the glossary says. Matching forgives case,
// quotation marks, hyphens and word endings (foster/fostering,
// kindergarten/kindergartens), not other wording.
func CheckTerms(doc *plan.Document, d *Doc, terms []Term) []TermIssue {
	var out []TermIssue
	terms = TermsFor(terms, doc.Slug)
	doc.Walk(func(n *plan.Node) bool {
		u := d.Unit(n.EID)
		if u == nil || !Needs(n) {
			return true
		}
		zh := n.Heading + "\n" + n.Text
		en := words(u.Heading + " " + u.Text)
		for _, t := range terms {
			if usesTerm(zh, t) && !containsWords(en, words(t.EN)) {
				out = append(out, TermIssue{Unit: u, Term: t})
			}
		}
		return true
	})
	return out
}

// usesTerm reports whether the Chinese holds one of the term's forms.
func usesTerm(zh string, t Term) bool {
	return slices.ContainsFunc(append([]string{t.ZH}, t.AliasesZH...), func(form string) bool {
		return form != "" && strings.Contains(zh, form)
	})
}

// words splits English text into lower-case words, dropping punctuation
// and quotation marks.
func words(s string) []string {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	for i, w := range ws {
		ws[i] = strings.Trim(w, "'")
	}
	return ws
}

// containsWords reports whether text has the words of term in a row, each
// matching as sameWord does.
func containsWords(text, term []string) bool {
	if len(term) == 0 {
		return true
	}
	for i := 0; i+len(term) <= len(text); i++ {
		j := 0
		for j < len(term) && sameWord(text[i+j], term[j]) {
			j++
		}
		if j == len(term) {
			return true
		}
	}
	return false
}

// sameWord matches a word and its inflections (campus/campuses,
// foster/fostering): short words must be equal; longer ones may differ in
// their last three letters.
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 4 || len(b) < 4 {
		return false
	}
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	return p >= 4 && p >= max(len(a), len(b))-3
}
