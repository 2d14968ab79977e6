package view

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"plansite/generator/cite"
	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// DocTypes are the kinds of document a library filters by, in the order
// its filter lists them: what the last word of a Chinese policy title says
// the document is (content/i18n/kinds.yaml gives the words). Each key is
// also the interface string (content/i18n) naming the kind, "type_" + key,
// and the slug of its filter page.
//
//	plan        规划, 纲要 (development plans and their outlines)
//	proposal    建议 (a Party committee's proposals for a plan, adopted
//	            by its plenary session: 中共北京市委关于制定…规划的建议)
//	programme   计划, 行动计划 (action plans, programmes)
//	scheme      方案, 实施方案, 工作方案, 应急预案
//	measures    办法, 管理办法, 暂行办法 (administrative measures)
//	rules       细则, 实施细则, 规则
//	provisions  规定, 条例 (provisions, regulations)
//	opinions    意见, 实施意见, 指导意见
//	policies    措施, 若干措施, 政策措施, 若干政策
//	keypoints   要点, 工作要点
//	decision    决定, 决议
//	notice      通知, 通告, 公告, 通报, 函 (a notice or letter that issues
//	            nothing else)
//	reply       批复, 复函, 答复 (a government's approval of what a body
//	            below it submitted: 关于鹰潭港总体规划的批复, a 公文种类 of
//	            its own; its letter in reply to a 请示; its reply to a
//	            deputy's suggestion)
var DocTypes = []string{"plan", "proposal", "programme", "scheme", "measures", "rules", "provisions", "opinions", "policies", "keypoints", "decision", "notice", "reply"}

// TypeKey is the interface string naming a kind of DocTypes.
func TypeKey(kind string) string { return "type_" + kind }

// KindsFile is the one table of kinds of documents: the endings of Chinese
// titles, the DocTypes each gives and its English name.
const KindsFile = StringsDir + "/kinds.yaml"

// DocKind is a kind of document, by the ending of its Chinese title.
type DocKind struct {
	ZH   string `yaml:"zh"`   // the ending; "" ends every title
	Type string `yaml:"type"` // one of DocTypes; "" for none
	EN   string `yaml:"en"`   // its English name
}

// Kinds are the entries of KindsFile, in order: the first whose ending
// ends a title is its kind, so longer endings come first.
type Kinds []DocKind

// decodeKinds decodes KindsFile, nil when it is missing (no kinds). A
// type that is not one of DocTypes is an error at its line.
func decodeKinds(data []byte) (Kinds, error) {
	var ks Kinds
	if err := textfile.Decode(KindsFile, data, &ks); err != nil {
		return nil, err
	}
	lines, err := textfile.YAMLRoot(KindsFile, data) // only for the lines of the entries
	if err != nil {
		return nil, err
	}
	for i, k := range ks {
		if k.Type != "" && !slices.Contains(DocTypes, k.Type) {
			return nil, pos.Errorf(KindsFile, lines.Content[i].Line, "type %q: expected one of %s", k.Type, strings.Join(DocTypes, ", "))
		}
	}
	return ks, nil
}

var (
	// issuing is a notice that issues, transmits or publishes another
	// document: 关于印发《X》的通知 is of X's kind, not a notice.
	issuing = regexp.MustCompile(`(?:印发|转发|发布|颁布)[《“"]?(.+?)[》”"]?的(?:通知|决定|公告|函)$`)
	// trailing are what may follow the kind word: a parenthesised note
	// ((修订), （试行）, (2021—2023年)), a closing quote or bracket, a full stop.
	trailing = regexp.MustCompile(`(?:\s*[（(][^（）()]*[）)]|[》”"」\s。.])+$`)
)

// Of is the kind of a document with this Chinese title; the zero DocKind
// when no ending matches. A notice issuing another document takes the
// kind of the document it issues (of the last, when it issues several);
// notes in brackets at the end and the years they give are ignored.
func (ks Kinds) Of(title string) DocKind {
	t := strings.TrimSpace(title)
	if m := issuing.FindStringSubmatch(t); m != nil {
		if k := ks.ofEnd(m[1]); k.Type != "" {
			return k
		}
	}
	return ks.ofEnd(t)
}

// ofEnd is the kind its last word names, after trailing notes.
func (ks Kinds) ofEnd(t string) DocKind {
	t = trailing.ReplaceAllString(t, "")
	for _, k := range ks {
		if strings.HasSuffix(t, k.ZH) {
			return k
		}
	}
	return DocKind{}
}

// Type is the plan's kind (DocTypes), from its own title, else the title
// of the notice issuing it; "" when neither says.
func (d *Doc) Type() string {
	if d.site == nil {
		return ""
	}
	if k := d.site.Kinds().Of(d.Meta.Title).Type; k != "" {
		return k
	}
	return d.site.Kinds().Of(d.Meta.NoticeTitle).Type
}

// PlainTitle is the plan's title where no language can be marked (<title>,
// og:title, an aria-label), and the plan page's heading: Title; with its
// document number where Title is made by rule; and on a page in another
// language whose title is still the Chinese, "<kind> (<title in pinyin>)"
// (cite.Romanize), so that the page's title is in the page's language and
// script.
func (d *Doc) PlainTitle() string {
	if d.TitleByRule() {
		// Two notices of one body may be named alike by the rule: the
		// page's title tells them apart by their numbers.
		if n := d.NumberInLang(); n != "" && !strings.HasSuffix(d.Title(), " ("+n+")") {
			return d.Title() + " (" + n + ")"
		}
	}
	if !d.TitlePending() || d.site == nil {
		return d.Title()
	}
	// Every page of the plan names it (title, Open Graph): romanized once.
	return d.romanTitle()
}

// HeadingNumbered reports whether the plan page's heading (PlainTitle)
// gives the document number: the folded document information then need
// not give it again beside its name.
func (d *Doc) HeadingNumbered() bool {
	return d.TitleByRule() && d.NumberInLang() != ""
}

// HeadingLong reports whether the plan page's heading (PlainTitle) would
// take more than four lines at a phone's width, counting a Han character
// as two Latin ones: a title by rule that names its subject and the
// documents a notice issues (Notice of the General Office of … on Issuing
// the Policies for … and the Action Plan for …) runs to ten. The page sets
// it smaller there (style.css), so that the first line of the text still
// shows on the first screen without the title saying less.
func (d *Doc) HeadingLong() bool {
	w := 0
	for _, r := range d.PlainTitle() {
		if unicode.Is(unicode.Han, r) {
			w += 2
		} else {
			w++
		}
	}
	return w > longHeading
}

// longHeading is the widest heading, in Latin characters, a phone's
// screen (390 px) sets in four lines of the plan page's heading.
const longHeading = 96

func (d *Doc) makeRomanTitle() string {
	roman := cite.Romanize(d.Title(), true)
	if k := d.pendingKind(); k != "" {
		return k + " (" + roman + ")"
	}
	return roman
}

// citeTitle is the title a citation in the page's language gives: Title,
// or for a title still in Chinese on another language's page the Chinese
// followed by its English by rule in brackets, "<Chinese title> [<English>]",
// or failing that its kind, as citation styles give an untranslated title.
func (d *Doc) citeTitle() string {
	if t := d.ruleAlone(); t != "" {
		// An English title by rule is a description, given as one;
		// the citation gives the number that may tell it apart.
		return d.givenTitle() + " [" + t + "]"
	}
	if k := d.pendingKind(); k != "" {
		return d.Title() + " [" + k + "]"
	}
	return d.Title()
}

// pendingKind is the English kind of a title still in Chinese on another
// language's page, or "".
func (d *Doc) pendingKind() string {
	if !d.TitlePending() || d.site == nil {
		return ""
	}
	return d.site.Kinds().Of(d.Title()).EN
}
