package view

import (
	"regexp"
	"slices"
	"strings"

	"plansite/generator/link/dept"

	"plansite/generator/pos"
	"plansite/generator/textfile"
	"plansite/generator/translate"
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
	// "close for" closes one as a noun that the clause's verb phrase is
	// for, which English puts first with "the … for" (体制机制: Improving
	// the Systems and Mechanisms for Promoting Consumption). "after"
	// follows a subject and says what it is for, after it in English
	// too (支付…首付款: Withdrawing Housing Provident Fund to Pay Down
	// Payments on …). "skip" is a word English titles leave out (扎实
	// solidly, 有关 relevant, 本市 this city's).
	As string `yaml:"as"`
}

// Subjects are SubjectsFile's words.
type Subjects []Subject

// subjectRoles are the values of Subject.As.
var subjectRoles = []string{"", "lead", "close", "close of", "close for", "after", "skip"}

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
		case s.ZH == "" || s.EN == "" && s.As != "skip":
			return nil, pos.Errorf(SubjectsFile, lines.Content[i].Line, "expected both zh and en (en may be empty only for skip)")
		case !slices.Contains(subjectRoles, s.As):
			return nil, pos.Errorf(SubjectsFile, lines.Content[i].Line, "as %q: expected lead, close, close of, close for, after, skip or nothing", s.As)
		}
	}
	return ss, nil
}

// subjectWord is one word of a subject read from a title.
type subjectWord struct {
	en, as string
}

// Roles a title's word takes besides Subject.As: a year (2020年: 2020),
// which qualifies a subject but is none.
const yearWord = "year"

var (
	// subjectYear is a year a subject names: 西城区2020年义务教育….
	subjectYear = regexp.MustCompile(`^((?:19|20)\d\d)年度?`)
	// subjectCount counts the measures a title names (十条措施, 三项): English
	// titles leave it out, as they leave out 若干 (several).
	subjectCount = regexp.MustCompile(`^[一二三四五六七八九十两\d]+(?:条|项)`)
)

// subjectInEnglish is a subject in English where the glossary and the
// subjects vocabulary cover it whole, read longest word first from its
// start, in clauses: lead words first (进一步 Further, 促进 Promoting),
// subject words (a year may qualify them), close words last, and one
// subject word at least (促进 Promoting + 养老服务 Elderly Care Services;
// 城市内涝 Urban Waterlogging + 治理 Control). A lead after a subject opens
// the next clause (加快发展流通 + 促进商业消费: … and Promoting Commercial
// Consumption). Skip words (扎实, 有关), counts (十条) and a place the
// title's "of" names already (推进北京市数据专区建设, of Beijing) are left
// out. "" when any of it is not covered.
func (d *Doc) subjectInEnglish(about, of string) string {
	return subjectVocab{d.site.Glossary(), d.site.Subjects(), d.Slug}.inEnglish(about, of)
}

// subjectVocab is what a subject is read with: the glossary's terms (those
// for the plan slug names), and the subjects vocabulary.
type subjectVocab struct {
	gloss    []translate.Term
	subjects Subjects
	slug     string
}

// MissionEnglish is the mission of an ad hoc body (dept.MissionWords: 促进
// 房地产市场平稳健康发展 of a leading group) in English, read as a title's
// subject is by the glossary's terms and the subjects vocabulary, or ""
// where they do not cover it whole.
func MissionEnglish(gloss []translate.Term, subjects Subjects) dept.MissionWords {
	return func(slug, mission string) string {
		return subjectVocab{gloss, subjects, slug}.inEnglish(unquote(mission), "")
	}
}

// inEnglish is subjectInEnglish by v.
func (v subjectVocab) inEnglish(about, of string) string {
	if about == "" {
		return ""
	}
	var words []subjectWord
	for rest := about; rest != ""; {
		n, w := v.word(rest, of)
		if n == 0 {
			return ""
		}
		if w.as != "skip" {
			words = append(words, w)
		}
		rest = rest[n:]
	}
	clauses := subjectClauses(words)
	if clauses == nil {
		return ""
	}
	out := make([]string, len(clauses))
	for i, c := range clauses {
		out[i] = clauseEnglish(c)
	}
	if len(out) > 2 {
		return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
	}
	return strings.Join(out, " and ")
}

// subjectClauses splits a subject's words into clauses of leads, subjects,
// closes and afters in that order, each with a subject word; nil when the
// words are in another order (a verb inside a subject, a subject after its
// close: more than a subject) or a clause has no subject.
func subjectClauses(words []subjectWord) [][]subjectWord {
	var clauses [][]subjectWord
	state := 0 // 0 leads, 1 subjects, 2 closes, 3 afters
	for _, w := range words {
		switch {
		case w.as == "lead":
			if state > 0 || clauses == nil {
				clauses = append(clauses, nil)
			}
			state = 0
		case w.as == "after":
			if state == 0 {
				return nil
			}
			state = 3
		case strings.HasPrefix(w.as, "close"):
			if state == 0 || state == 3 {
				return nil
			}
			state = 2
		default: // a subject or a year
			if state >= 2 {
				return nil
			}
			if clauses == nil {
				clauses = append(clauses, nil)
			}
			state = 1
		}
		clauses[len(clauses)-1] = append(clauses[len(clauses)-1], w)
	}
	for _, c := range clauses {
		if !slices.ContainsFunc(c, func(w subjectWord) bool { return w.as == "" }) {
			return nil
		}
	}
	return clauses
}

// clauseEnglish is a clause of a subject in English: its words in order,
// but a "close of" noun, which goes before the subject with "the … of
// the" (Promoting the Steady and Healthy Development of the Real Estate
// Market), and a "close for" noun, which goes before the verb phrase it
// is for with "the … for": after the clause's leads but its last where it
// has two or more (完善 | 促进消费 | 体制机制: Improving the Systems and
// Mechanisms for Promoting Consumption), else after them; each only as
// the clause's last word but afters.
func clauseEnglish(c []subjectWord) string {
	var out []string
	leads := 0
	last := len(c) - 1
	for last > 0 && c[last].as == "after" {
		last--
	}
	for i, w := range c {
		switch {
		case w.as == "lead":
			leads++
		case w.as == "close of" && i == last:
			out = slices.Insert(out, leads, "the "+titleCase(w.en)+" of the")
			continue
		case w.as == "close for" && i == last:
			at := leads
			if leads >= 2 {
				at = leads - 1
			}
			out = slices.Insert(out, at, "the "+titleCase(w.en)+" for")
			continue
		case w.as == "after":
			// A purpose's preposition stays small (to Pay …).
			en := titleCase(w.en)
			if f, _, _ := strings.Cut(w.en, " "); smallWords[f] {
				en = f + en[len(f):]
			}
			out = append(out, en)
			continue
		}
		out = append(out, titleCase(w.en))
	}
	return strings.Join(out, " ")
}

// word is the longest glossary term, word of the subjects
// vocabulary, year, count or place already named (of) that rest opens
// with: its length in bytes, and the word; 0 when none.
func (v subjectVocab) word(rest, of string) (int, subjectWord) {
	var best string
	var w subjectWord
	for _, t := range v.gloss {
		if !t.For(v.slug) {
			continue
		}
		for _, zh := range append([]string{t.ZH}, t.AliasesZH...) {
			if len(zh) > len(best) && t.EN != "" && strings.HasPrefix(rest, zh) {
				best, w = zh, subjectWord{en: t.EN}
			}
		}
	}
	for _, s := range v.subjects {
		if len(s.ZH) > len(best) && strings.HasPrefix(rest, s.ZH) {
			best, w = s.ZH, subjectWord{en: s.EN, as: s.As}
		}
	}
	if m := subjectYear.FindStringSubmatch(rest); m != nil && len(m[0]) > len(best) {
		best, w = m[0], subjectWord{en: m[1], as: yearWord}
	}
	if m := subjectCount.FindString(rest); len(m) > len(best) {
		best, w = m, subjectWord{as: "skip"}
	}
	rs := []rune(rest)
	for n := 2; n <= 8 && n <= len(rs); n++ {
		p := string(rs[:n])
		if en, ok := dept.PlaceEnglish(p); ok && len(p) > len(best) && en != "" && of != "" && strings.Contains(of, en) {
			best, w = p, subjectWord{as: "skip"}
		}
	}
	return len(best), w
}

// unquote is s without the quotation marks around it where they enclose
// it whole (“数字经济”), not where a quotation ends it (打造“北京服务”).
func unquote(s string) string {
	s = strings.TrimSpace(s)
	for _, q := range [][2]string{{"“", "”"}, {"「", "」"}, {`"`, `"`}} {
		if in, ok := strings.CutPrefix(s, q[0]); ok {
			if in, ok := strings.CutSuffix(in, q[1]); ok && !strings.Contains(in, q[0]) {
				return in
			}
		}
	}
	return s
}
