package view

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/link/dept"
	"plansite/generator/plan"
)

// English titles by rule. A plan nobody has translated still needs an
// English title a reader can tell it by, on the library's cards, its own
// pages and in search results: pinyin says nothing to a reader who knows
// no Chinese. So the title is made from what the parse knows, in the
// shape official English titles take (Notice of the X on Issuing …,
// 14th Five-Year Plan of Y, Interim Measures of Z):
//
//   - the kind of document its Chinese title ends with (content/i18n/kinds.yaml:
//     通知 Notice, 实施意见 Implementing Opinions, 规划 Plan…);
//   - whose it is: the body the title opens with (…关于), in English as
//     the metadata names the issuer; else the place it opens with
//     (浙江省… → of Zhejiang Province); else the document's issuer;
//   - what it does, where the title says it in words the rule knows: a
//     notice issuing, forwarding or amending other documents names their
//     kinds (on Issuing an Action Plan and Policies), and a subject the
//     subjects vocabulary (content/i18n/subjects.yaml: 教育, 住房, 数字经济
//     …, a verb such as 促进 opening them, a word such as 治理 or 发展
//     closing them) and the glossary's terms cover (城市内涝治理: for
//     Urban Waterlogging Control; subjects.go) is named in their English;
//   - its period (“十四五” → 14th Five-Year Plan; 2020年 → 2020) and its
//     notes ((试行) → (Trial), (2021-2023年) → (2021–2023));
//   - its document number, romanized (Wan Zheng [2021] No. 5), where
//     another plan of the library would have the same title (two notices
//     of one body the rule names alike): two documents never share an
//     English title (failing a number, the year tells them apart).
//
// Anything else of the title is left out rather than guessed: the Chinese
// title stands beside the English on the plan's page and cards, which say
// that the English is made by rule and is no official translation. An
// editor's translation of the title, or works.yaml's, always wins.

var (
	// titleAbout splits a title at its 关于: the body before it, what the
	// document is about after it.
	titleAbout = regexp.MustCompile(`^(.*?)关于(.+)$`)
	// titleIssues is a title naming the body that issues or forwards a
	// document it quotes, without 关于: 北京市经济和信息化局印发《…》.
	titleIssues = regexp.MustCompile(`^([^《》“”关]+?)(?:印发|转发)《`)
	// titleNote is a note in brackets ending a title: (试行), （2021-2023年）.
	titleNote = regexp.MustCompile(`\s*[（(]([^（）()]*)[）)]\s*$`)
	// noteYears is a note of years: 2021-2023年, 2021—2025.
	noteYears = regexp.MustCompile(`^((?:19|20)\d\d)\s*(?:年\s*)?(?:[-—–－~至到]\s*((?:19|20)\d\d)\s*年?)?$`)
	// titleYear is a year a title names after its place: 2020年全省…, 2025年.
	titleYear = regexp.MustCompile(`^((?:19|20)\d\d)年(?:度)?`)
	// fiveYear is a five-year plan's period, quoted or not: “十四五”.
	fiveYear = regexp.MustCompile(`[“"「]?(十[一二三四五六七八九]五|十五五)[”"」]?(?:时期|期间)?`)
	// actOn is a document acting on others: 关于印发《X》和《Y》的通知.
	actOn = regexp.MustCompile(`^(印发|转发|发布|颁布|公布|修改|废止)(.+?)的?$`)
	// titlesAnd and kindsAnd join the documents a notice acts on.
	titlesAnd = regexp.MustCompile(`》\s*(?:和|及|、|与)\s*《`)
	kindsAnd  = regexp.MustCompile(`和|及|与`)
	// titleSlogan is a quoted slogan a title opens with: “好年华 聚福州”长乐区….
	titleSlogan = regexp.MustCompile(`^[“"「][^”"」]*[”"」]\s*`)
)

// noteWords are the notes a title may end with, in English.
var noteWords = map[string]string{"试行": "Trial", "暂行": "Interim", "修订": "Revised", "修订版": "Revised",
	"修订稿": "Revised", "征求意见稿": "Draft for Comments", "草案": "Draft", "送审稿": "Draft for Review"}

// actWords are what a document does to the documents its title names.
var actWords = map[string]string{"印发": "Issuing", "转发": "Forwarding", "发布": "Issuing", "颁布": "Promulgating",
	"公布": "Promulgating", "修改": "Amending", "废止": "Repealing"}

// fiveYearOrdinals are the five-year plans' periods by their Chinese.
var fiveYearOrdinals = map[string]string{"十一五": "11th", "十二五": "12th", "十三五": "13th", "十四五": "14th", "十五五": "15th"}

// smallWords stay in lower case inside an English title.
var smallWords = map[string]bool{"a": true, "an": true, "and": true, "the": true, "of": true, "on": true,
	"for": true, "in": true, "to": true, "by": true, "or": true, "at": true, "with": true, "without": true,
	"under": true, "along": true, "from": true, "into": true}

// articles stay in lower case even opening what titleCase is given: a
// subject's phrase (the Master Plan of …) goes inside a title.
var articles = map[string]bool{"a": true, "an": true, "the": true}

// makeRuleTitle is ruleTitle: the plan's English title by the rule above,
// or "" when the rule knows too little (no kind, no body, no place): then
// pages show the Chinese title. Where another plan of the library in the
// language would be titled the same (Site.SameTitles), the title ends
// with the plan's document number, or failing one its year, in brackets.
func (d *Doc) makeRuleTitle() string {
	t := d.ruleAlone()
	if t == "" || d.site.SameTitles(d.Lang, t) < 2 {
		return t
	}
	if n := d.NumberInLang(); n != "" {
		return t + " (" + n + ")"
	}
	if y := d.Meta.Date; len(y) >= 4 {
		return t + " (" + y[:4] + ")"
	}
	return t
}

// TitleAlone is the title the plan's pages in its language would show
// were it the library's only plan: the English by rule before any
// document number tells it apart from another plan's (makeRuleTitle),
// else the title as given. The site counts plans by it (Site.SameTitles).
func (d *Doc) TitleAlone() string {
	if t := d.ruleAlone(); t != "" {
		return t
	}
	return d.givenTitle()
}

// makeRuleTitleAlone is ruleAlone: the English title by the rule
// above, before another plan's title is looked at.
func (d *Doc) makeRuleTitleAlone() string {
	if d.Lang == SourceLang || d.site == nil || !d.titleUntranslated() {
		return ""
	}
	return d.ruleTitleOf(d.givenTitle())
}

// ruleTitleOf is title zh in English by the rule above, or "": the
// plan's title, or the title of the notice issuing it.
func (d *Doc) ruleTitleOf(zh string) string {
	ks := d.site.Kinds()
	t := strings.TrimSpace(zh)
	var notes []string
	for {
		m := titleNote.FindStringSubmatchIndex(t)
		if m == nil {
			break
		}
		note := strings.TrimSpace(t[m[2]:m[3]])
		if y := noteYears.FindStringSubmatch(note); y != nil {
			notes = append([]string{strings.Trim(y[1]+"–"+y[2], "–")}, notes...)
		} else if en := noteWords[note]; en != "" {
			notes = append([]string{en}, notes...)
		}
		t = strings.TrimSpace(t[:m[0]])
	}
	t = strings.Trim(t, "》”\"」。.")
	if m := titleSlogan.FindStringIndex(t); m != nil && m[1] < len(t) {
		t = t[m[1]:] // a campaign's slogan: the Chinese title beside gives it
	}
	kind := ks.ofEnd(t)
	if kind.ZH == "" {
		return ""
	}
	rest := strings.TrimSuffix(strings.TrimSuffix(t, kind.ZH), "的")
	of, about := d.whose(rest)
	head := titleCase(kind.EN)
	if m := fiveYear.FindStringSubmatch(about); m != nil {
		about = strings.Replace(about, m[0], "", 1)
		if strings.HasSuffix(head, "Plan") {
			head = fiveYearOrdinals[m[1]] + " Five-Year " + head
		} else {
			notes = append(notes, "the "+fiveYearOrdinals[m[1]]+" Five-Year Plan Period")
		}
	}
	if m := titleYear.FindStringSubmatch(about); m != nil {
		head = m[1] + " " + head
		about = about[len(m[0]):]
	}
	what := d.aboutInEnglish(about, of)
	if what != "" && kind.Type == "reply" && !strings.HasPrefix(what, "the ") {
		what = "the " + what // a reply is on a document: the Yingtan Port Master Plan
	}
	if of == "" && what == "" && head == titleCase(kind.EN) {
		// The kind alone (Measures) tells a reader less than the Chinese.
		return ""
	}
	if what != "" && preposition(kind) == "for" {
		of = d.withoutMission(of)
	}
	title := head
	if of != "" {
		title += " of " + of
	}
	if what != "" {
		title += " " + preposition(kind) + " " + what
	}
	for _, n := range notes {
		if strings.HasPrefix(n, "the ") {
			title += " for " + n
		} else {
			title += " (" + n + ")"
		}
	}
	return title
}

// whose splits what a title says before its kind into whose the
// document is, in English (with its article: "the Anhui Provincial
// People's Government", "Zhejiang Province"), and what it is about:
// the body before 关于, an issuer the title opens with, or a place it
// opens with; failing these, the issuer's.
func (d *Doc) whose(rest string) (of, about string) {
	if m := titleIssues.FindStringSubmatch(rest); m != nil {
		// The body issuing a document its title quotes, which may
		// itself say 关于 (…办公室印发《关于…》): the body is before the act.
		if of := d.bodiesName(m[1]); of != "" {
			return of, rest[len(m[1]):]
		}
	}
	if m := titleAbout.FindStringSubmatch(rest); m != nil {
		if m[1] != "" {
			if _, place := dept.PlaceEnglish(m[1]); place {
				return d.bodyName(m[1]), m[2]
			}
			return d.bodiesName(m[1]), m[2]
		}
		return withArticle(d.issuerName()), m[2]
	}
	for _, b := range d.Meta.Issuers() {
		if r, ok := strings.CutPrefix(rest, b); ok && b != "" {
			return withArticle(d.bodyName(b)), r
		}
	}
	if place := d.titlePlace(rest); place != "" {
		if en, ok := dept.PlaceEnglish(place); ok && !plan.HasHan(en) {
			return en, strings.TrimPrefix(rest, place)
		}
	}
	return withArticle(d.issuerName()), rest
}

// withoutMission is of without the mission its issuer's English name
// says (dept.Resolver.Mission), where the title says its own subject
// after "for": Measures of the Anhui Provincial Inter-Departmental Joint
// Meeting for Further Promoting Consumption, not … Joint Meeting for
// Improving the Systems and Mechanisms for Promoting Consumption for
// Further Promoting Consumption.
func (d *Doc) withoutMission(of string) string {
	a := d.Analysis()
	if a == nil || a.Resolver == nil {
		return of
	}
	for _, zh := range d.Meta.Issuers() {
		if m := a.Resolver.Mission(zh); m != "" {
			of = strings.Replace(of, " for "+m, "", 1)
		}
	}
	return of
}

// titlePlace is the place a title opens with, or "": the place of an
// issuer, else the first place name with its level (浙江省, not 浙江省城市:
// a title's words after a place are read as a place no further), but not
// a word that only looks like one (城市 city, 社区 community: notPlaces).
func (d *Doc) titlePlace(rest string) string {
	var place string
	for _, b := range d.Meta.Issuers() {
		if p := dept.Place(b); len(p) > len(place) && strings.HasPrefix(rest, p) {
			place = p
		}
	}
	if place != "" {
		return place
	}
	rs := []rune(rest)
	if len(rs) > 2 && notPlace(string(rs[:2])) {
		return ""
	}
	for n := 2; n <= 8 && n < len(rs); n++ {
		if _, ok := dept.PlaceEnglish(string(rs[:n])); ok {
			return string(rs[:n])
		}
	}
	return ""
}

// notPlaces are words a title may open with that end as a place's name
// does (a character, then 市, 县, 区 or 省) and name no place: 城市轨道交通
// is no city named 城, 全市 the whole city, 社区 a community. (A place of
// one character, 沛县 or 单县, is a place; the few named like a word,
// 城区 or 郊区, are their issuer's.)
const notPlaces = ` 城市 都市 超市 夜市 股市 楼市 车市 城区 市区 郊区 社区 园区 景区 小区 辖区 山区 牧区 林区
 矿区 片区 街区 灾区 学区 库区 湾区 新区 老区 特区 校区 湖区 地区 分区 全市 全县 全区 全省 本市 本县 本区
 本省 各市 各县 各区 各省 该市 该县 该区 外省 跨省 跨市 跨区 市县 县区 `

// notPlace reports whether w, two characters, is one of notPlaces.
func notPlace(w string) bool { return slices.Contains(strings.Fields(notPlaces), w) }

// bodyName is the English name of a body a title opens with, as the
// metadata names the issuer, or "" when it has no English.
func (d *Doc) bodyName(zh string) string {
	for i, b := range d.Meta.Issuers() {
		if b == zh {
			if en := d.Issuers()[i]; !plan.HasHan(en) {
				return en
			}
			return ""
		}
	}
	if en := d.englishOf(zh); !plan.HasHan(en) {
		return en
	}
	if en, ok := dept.PlaceEnglish(zh); ok && !plan.HasHan(en) {
		return en // a place: 淄川区关于… (withArticle leaves it bare)
	}
	return ""
}

// issuerName is the issuers in English, each with its article (the A,
// the B and the C, as English names several bodies), or "" when one has
// no English.
func (d *Doc) issuerName() string {
	names := d.Issuers()
	for i, en := range names {
		if en == "" || plan.HasHan(en) {
			return ""
		}
		names[i] = withArticle(en)
	}
	return AndList(d.T, names)
}

// preposition joins a kind of document to what it is about: a plan or
// measures or proposals for it, a notice or opinions on it.
func preposition(k DocKind) string {
	switch k.Type {
	case "plan", "proposal", "programme", "scheme", "measures", "policies", "rules", "keypoints":
		return "for"
	}
	return "on"
}

// withArticle is a body's English name with "the" before it, as English
// names a body, or "".
func withArticle(name string) string {
	if name == "" || strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "The ") {
		return name
	}
	return "the " + name
}

// indefinite is a kind of document with "a" or "an" before it, unless
// it is plural (Measures, Opinions).
func indefinite(kind string) string {
	if strings.HasSuffix(kind, "s") {
		return kind
	}
	if strings.ContainsAny(kind[:1], "AEIOU") {
		return "an " + kind
	}
	return "a " + kind
}

// titleCase capitalizes each word of s, and each part of a hyphenated
// one (After-School), but the small ones after the first and an article.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if smallWords[w] && (i > 0 || articles[w]) {
			continue // an article opening a subject's phrase: the Master Plan…
		}
		parts := strings.Split(w, "-")
		for j, p := range parts {
			// The first letter, after any quotation mark (“Beijing
			// Service”): a byte of the mark made upper case broke the
			// page's UTF-8. An ordinal's letters (15th) stay small.
			if i := strings.IndexFunc(p, unicode.IsLetter); i >= 0 && !strings.ContainsFunc(p[:i], unicode.IsDigit) {
				r, n := utf8.DecodeRuneInString(p[i:])
				parts[j] = p[:i] + string(unicode.ToUpper(r)) + p[i+n:]
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}
