package view

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"plansite/generator/link/target"
	"plansite/generator/plan"
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
	UnitZh      bool   // Unit is the plan's Chinese on an English page: content/i18n/targets.yaml lacks it (englishUnit)
	Note        string // change and rate: 每年降低 / reduction, per year
	NoteZh      bool   // Note is Chinese on an English page
	Deadline    string
	Strive      bool
	Lead        *DeptRef
	Sentence    string // Chinese; "" where the label is the sentence
}

// Targets are the plan's targets in document order, as rows in the
// document's language.
func (d *Doc) Targets() []TargetRow { return d.targets().rows }

// targetRows are a plan's targets, made once per document: every link's
// Goal looks for its task's first target, and a plan's rows read its
// translated units from content/<lang>/<slug>/targets.yaml.
type targetRows struct {
	rows  []TargetRow
	first map[string]int // eId → the first row in that node or below it
}

// firstIn is the first row whose passage is the node with the eId or
// below it (its eId begins with eid + "__"), or nil.
func (t *targetRows) firstIn(eid string) *TargetRow {
	if i, ok := t.first[eid]; ok {
		return &t.rows[i]
	}
	return nil
}

func (d *Doc) makeTargets() *targetRows { return indexTargets(d.makeTargetRows()) }

func indexTargets(rows []TargetRow) *targetRows {
	t := &targetRows{rows: rows, first: map[string]int{}}
	for i, r := range t.rows {
		if r.Node == nil {
			continue
		}
		eid := r.Node.EID
		for j := range len(eid) {
			if strings.HasPrefix(eid[j:], "__") {
				if _, ok := t.first[eid[:j]]; !ok {
					t.first[eid[:j]] = i
				}
			}
		}
		if _, ok := t.first[eid]; !ok {
			t.first[eid] = i
		}
	}
	return t
}

func (d *Doc) makeTargetRows() []TargetRow {
	a := d.Analysis()
	if a == nil {
		return nil
	}
	var units map[string]translate.TargetUnit
	if d.site != nil && d.Lang != "zh" {
		units = d.site.TargetUnits(d.Lang, d.Slug)
	}
	w := &TargetWords{}
	if d.site != nil {
		w = d.site.TargetWords()
	}
	var out []TargetRow
	for _, t := range a.Targets {
		n := d.Find(t.EID)
		r := TargetRow{ID: t.ID, Node: n, Indicator: t.Indicator, Comparator: t.Comparator, Strive: t.Strive, Sentence: t.Sentence}
		if strings.TrimRight(t.Sentence, "。；;，,") == t.Indicator {
			// The label is the sentence, where the words around the
			// figure named nothing (target.named): shown once.
			r.Sentence = ""
		}
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
		r.CmpWords = w.Comparators[t.Comparator][d.Lang]
		if d.Lang == "zh" {
			r.Value, r.Unit, r.Deadline = t.Value, t.Unit, t.DeadlineText
			r.Note = t.Per + w.Changes[t.Change]["zh"]
		} else {
			r.Value, r.Unit, r.UnitZh = w.englishAmount(t.Value, t.Unit, t.High)
			r.ValueZh = plan.HasHan(r.Value)
			r.Note, r.NoteZh = englishNote(w, t)
			r.Deadline = englishDeadline(w, t.Deadline, d.T("dateLong"))
		}
		if t.Binding != "" {
			r.Note = indicatorNote(w, t.Base, t.Binding, d.Lang, d.T("baseValue"))
			r.NoteZh = false
		}
		out = append(out, r)
	}
	return out
}

// indicatorNote is the base value, written by baseFormat (content/i18n's
// baseValue), and kind of a row of an indicator table: 基期值 90 · 约束性 /
// base 90; binding.
func indicatorNote(w *TargetWords, base, binding, lang, baseFormat string) string {
	note := ""
	if base != "" {
		note = fmt.Sprintf(baseFormat, base)
	}
	if lang == SourceLang {
		return note + binding
	}
	k, ok := w.Kinds[binding]
	if !ok {
		k = w.Kinds["预期性"]
	}
	return note + k[lang]
}

// perRatio is a ratio's base: 每5所幼儿园.
var perRatio = regexp.MustCompile(`^每(\d+)(?:所|个|家)?(\p{Han}+)$`)

// englishNote says a target's change and rate in English; zh reports that
// the rate had no English and the note is the Chinese.
func englishNote(w *TargetWords, t *target.Target) (note string, zh bool) {
	var parts []string
	if s := w.Changes[t.Change]["en"]; s != "" {
		parts = append(parts, s)
	}
	if t.Per != "" {
		if r, ok := w.Rates[t.Per]; ok {
			parts = append(parts, r)
		} else if m := perRatio.FindStringSubmatch(t.Per); m != nil && w.Ratios[m[2]] != "" {
			parts = append(parts, w.phrase("perRatio", "n", m[1], "things", w.Ratios[m[2]]))
		} else {
			return t.Per + w.Changes[t.Change]["zh"], true
		}
	}
	s := strings.Join(parts, ", ")
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s, false
}

// englishDeadline writes link's deadline (2025, 2022-12-31, P3Y) in
// English, a date as the page prints dates (layout: content/i18n's
// dateLong, "by 30 June 2025").
func englishDeadline(w *TargetWords, iso, layout string) string {
	switch {
	case iso == "":
		return ""
	case len(iso) == 4:
		return w.phrase("byYear", "year", iso)
	case strings.HasSuffix(iso, "-12-31"):
		return w.phrase("byEndOfYear", "year", iso[:4])
	case strings.HasPrefix(iso, "P") && strings.HasSuffix(iso, "Y"):
		n, err := strconv.Atoi(iso[1 : len(iso)-1])
		if err == nil {
			return w.phrase("within", "years", w.years(n))
		}
	}
	return w.phrase("byDate", "date", longDate(layout, iso))
}
