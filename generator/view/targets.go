package view

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"plansite/generator/link/target"
	"plansite/generator/translate"
)

// TargetRow is one target (package link) as a row of the targets page,
// /<lang>/<plan>/targets/, in the page's language. Fields left empty are
// shown as a dash; the English page keeps the plan's Chinese words where it
// has no translation of them (Indicator, a benchmark Value) and marks them.
type TargetRow struct {
	ID          string // the row's anchor: <eId>-t<N>
	Node        *Node  // the passage holding the sentence
	Indicator   string // in the page's language where translated (content/<lang>/<slug>/targets.yaml)
	IndicatorZh bool   // Indicator is the plan's Chinese on an English page: no current unit
	Comparator  string // ≥ > ≈ ≤ < =, "" for a deadline alone
	CmpWords    string // the comparator in words, for the tooltip and screen readers
	Value       string
	ValueZh     bool   // Value is Chinese (a benchmark) on an English page
	Unit        string // in the page's language
	Note        string // change and rate: 每年降低 / reduction, per year
	NoteZh      bool   // Note is Chinese on an English page
	Deadline    string
	Strive      bool
	Lead        *DeptRef
	Sentence    string // Chinese
}

// Targets are the plan's targets in document order, as rows in the
// document's language.
func (d *Doc) Targets() []TargetRow {
	a := d.Analysis()
	if a == nil {
		return nil
	}
	var units map[string]translate.TargetUnit
	if d.site != nil && d.Lang != "zh" {
		units = d.site.TargetUnits(d.Lang, d.Slug)
	}
	var out []TargetRow
	for _, t := range a.Targets {
		n := d.Find(t.EID)
		r := TargetRow{ID: t.ID, Node: n, Indicator: t.Indicator, Comparator: t.Comparator, Strive: t.Strive, Sentence: t.Sentence}
		if d.Lang != "zh" {
			if u, ok := units[t.ID]; ok && u.ZH == translate.TextFingerprint(t.Indicator) {
				r.Indicator = u.Text
			} else {
				r.IndicatorZh = true
			}
		}
		if t.Lead != nil {
			ref := n.deptRef(t.Lead, t.Lead.Name, true)
			r.Lead = &ref
		}
		if d.Lang == "zh" {
			r.CmpWords = cmpWords[t.Comparator][0]
			r.Value, r.Unit, r.Deadline = t.Value, t.Unit, t.DeadlineText
			r.Note = t.Per + changeWords[t.Change][0]
		} else {
			r.CmpWords = cmpWords[t.Comparator][1]
			r.Value, r.ValueZh = t.Value, hasHan(t.Value)
			r.Unit = englishUnit(t.Unit, t.High)
			r.Note, r.NoteZh = englishNote(t)
			r.Deadline = englishDeadline(t.Deadline)
		}
		if t.Binding != "" {
			r.Note = indicatorNote(t.Base, t.Binding, d.Lang, d.T("baseValue"))
			r.NoteZh = false
		}
		out = append(out, r)
	}
	return out
}

// indicatorNote is the base value and kind of a row of an indicator
// table: 基期值 90 · 约束性 / base 90; binding.
func indicatorNote(base, binding, lang, baseWord string) string {
	note := ""
	if lang == "zh" {
		if base != "" {
			note = baseWord + " " + base + " · "
		}
		return note + binding
	}
	if base != "" {
		note = baseWord + " " + base + "; "
	}
	if binding == "约束性" {
		return note + "binding"
	}
	return note + "expected"
}

// cmpWords are the comparators in words, Chinese and English.
var cmpWords = map[string][2]string{
	"≥": {"不低于", "at least"},
	">": {"超过", "more than"},
	"≈": {"约", "about"},
	"≤": {"不超过", "at most"},
	"<": {"低于", "less than"},
	"=": {"", ""},
	"":  {"", ""},
}

// changeWords name a change, Chinese and English.
var changeWords = map[string][2]string{
	"increase":    {"增长", "increase"},
	"decrease":    {"降低", "reduction"},
	"no-decrease": {"只增不减", "no decrease"},
	"":            {"", ""},
}

// englishUnits are the units the English page writes; a unit that is a
// Chinese measure word (个, 所, 名…) has none: the number stands alone.
var englishUnits = map[string][2]string{ // singular, plural
	"%":    {"%", "%"},
	"个百分点": {"percentage point", "percentage points"},
	"课时":   {"class period", "class periods"},
	"次":    {"time", "times"},
	"年":    {"year", "years"},
}

func englishUnit(unit string, n float64) string {
	u, ok := englishUnits[unit]
	switch {
	case !ok:
		return ""
	case n == 1:
		return u[0]
	}
	return u[1]
}

// englishRates are the rates link reports (Target.Per).
var englishRates = map[string]string{
	"每年": "per year", "年均": "a year on average", "逐年": "year on year", "每周": "per week",
	"每月": "per month", "每天": "per day", "每日": "per day", "每学期": "per term", "每学年": "per school year",
}

// perRatio is a ratio's base: 每5所幼儿园.
var perRatio = regexp.MustCompile(`^每(\d+)(?:所|个|家)(幼儿园|学校|中小学)$`)

var ratioNouns = map[string]string{"幼儿园": "kindergartens", "学校": "schools", "中小学": "primary and secondary schools"}

// englishNote says a target's change and rate in English; zh reports that
// the rate had no English and the note is the Chinese.
func englishNote(t *target.Target) (note string, zh bool) {
	var parts []string
	if w := changeWords[t.Change][1]; w != "" {
		parts = append(parts, w)
	}
	if t.Per != "" {
		if r, ok := englishRates[t.Per]; ok {
			parts = append(parts, r)
		} else if m := perRatio.FindStringSubmatch(t.Per); m != nil {
			parts = append(parts, "per "+m[1]+" "+ratioNouns[m[2]])
		} else {
			return t.Per + changeWords[t.Change][0], true
		}
	}
	s := strings.Join(parts, ", ")
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s, false
}

// englishDeadline writes link's deadline (2025, 2022-12-31, P3Y) in
// English.
func englishDeadline(iso string) string {
	switch {
	case iso == "":
		return ""
	case len(iso) == 4:
		return "by " + iso
	case strings.HasSuffix(iso, "-12-31"):
		return "by the end of " + iso[:4]
	case strings.HasPrefix(iso, "P") && strings.HasSuffix(iso, "Y"):
		n, err := strconv.Atoi(iso[1 : len(iso)-1])
		if err == nil {
			return "within " + Plural(n, "year")
		}
	}
	return "by " + iso
}

// hasHan reports whether s holds Chinese characters.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
