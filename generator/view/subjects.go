package view

import (
	"slices"
	"strings"

	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// SubjectsFile is the vocabulary of plans' subjects an English title made
// by rule names (ruletitle.go): the words titles say what a plan is about
// in (教育 Education, 养老 Elderly Care, 住房 Housing, 数字经济 Digital
// Economy), the verbs that open a subject (促进 Promoting) and the nouns
// that close one (发展 Development). Editors extend it; the glossary's terms
// serve as subjects too.
const SubjectsFile = StringsDir + "/subjects.yaml"

// Subject is a word of SubjectsFile.
type Subject struct {
	ZH string `yaml:"zh"`
	EN string `yaml:"en"`
	// As is how the word stands in a subject: "" for a subject of its
	// own, "lead" for a verb that opens one (促进: Promoting, before what
	// is promoted), "close" for a noun that closes one (发展: Development,
	// after what is developed). Neither a lead nor a close is a subject
	// alone. "close of" closes one as a noun with its adjectives, which
	// English puts first, the subject after "of the" (平稳健康发展:
	// the Steady and Healthy Development of the Real Estate Market).
	As string `yaml:"as"`
}

// Subjects are SubjectsFile's words.
type Subjects []Subject

// subjectRoles are the values of Subject.As.
var subjectRoles = []string{"", "lead", "close", "close of"}

// decodeSubjects decodes SubjectsFile, nil when it is missing (no
// subjects). An entry without zh or en, or with an unknown as, is an
// error at its line.
func decodeSubjects(data []byte) (Subjects, error) {
	var ss Subjects
	if err := textfile.Decode(SubjectsFile, data, &ss); err != nil {
		return nil, err
	}
	lines, err := textfile.YAMLRoot(SubjectsFile, data)
	if err != nil {
		return nil, err
	}
	for i, s := range ss {
		switch {
		case s.ZH == "" || s.EN == "":
			return nil, pos.Errorf(SubjectsFile, lines.Content[i].Line, "expected both zh and en")
		case !slices.Contains(subjectRoles, s.As):
			return nil, pos.Errorf(SubjectsFile, lines.Content[i].Line, "as %q: expected lead, close, close of or nothing", s.As)
		}
	}
	return ss, nil
}

// subjectWord is one word of a subject read from a title.
type subjectWord struct {
	en, as string
}

// subjectInEnglish is a subject in English where the glossary and the
// subjects vocabulary cover it whole, read longest word first from its
// start: at most one lead word first, subject words, at most one close
// word last, and one subject word at least (促进 Promoting + 养老服务
// Elderly Care Services; 城市内涝 Urban Waterlogging + 治理 Control); ""
// when any of it is not covered.
func (d *Doc) subjectInEnglish(about string) string {
	if about == "" {
		return ""
	}
	var words []subjectWord
	for rest := about; rest != ""; {
		best, w := d.subjectWord(rest)
		if best == "" {
			return ""
		}
		words = append(words, w)
		rest = rest[len(best):]
	}
	var out []string
	subjects := 0
	for i, w := range words {
		switch {
		case w.as == "lead" && i > 0, strings.HasPrefix(w.as, "close") && i < len(words)-1:
			return "" // a verb inside a subject, a noun closing a part of one: more than a subject
		case w.as == "":
			subjects++
		case w.as == "close of":
			// Promoting the Steady and Healthy Development of the
			// Real Estate Market: the noun before the subject.
			at := 0
			if words[0].as == "lead" {
				at = 1
			}
			out = slices.Insert(out, at, "the "+titleCase(w.en)+" of the")
			continue
		}
		out = append(out, titleCase(w.en))
	}
	if subjects == 0 {
		return ""
	}
	return strings.Join(out, " ")
}

// subjectWord is the longest glossary term or word of the subjects
// vocabulary rest opens with, and the word; "" when none.
func (d *Doc) subjectWord(rest string) (string, subjectWord) {
	var best string
	var w subjectWord
	for _, t := range d.site.Glossary() {
		if !t.For(d.Slug) {
			continue
		}
		for _, zh := range append([]string{t.ZH}, t.AliasesZH...) {
			if len(zh) > len(best) && t.EN != "" && strings.HasPrefix(rest, zh) {
				best, w = zh, subjectWord{en: t.EN}
			}
		}
	}
	for _, s := range d.site.Subjects() {
		if len(s.ZH) > len(best) && strings.HasPrefix(rest, s.ZH) {
			best, w = s.ZH, subjectWord{en: s.EN, as: s.As}
		}
	}
	return best, w
}
