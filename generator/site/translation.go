package site

import (
	"cmp"
	"fmt"
	"io/fs"
	"maps"
	"slices"

	"plansite/generator/plan"
	"plansite/generator/pos"
	"plansite/generator/translate"
	"plansite/generator/view"
)

// loadTranslation reads content/<lang>/ for the languages after the first
// (package translate) and reports its alignment with the Chinese as build
// warnings. A translation file that cannot be read is an error; a missing
// or stale unit is not: the page shows the Chinese, or the old English, with
// a note, and a plan's translation whose seed is gone is a warning. The
// files prev (the project's previous load, or nil) read unchanged are not
// parsed again.
func loadTranslation(root fs.FS, docs []*plan.Document, prev *builder) (view.Translation, []plan.Warning, error) {
	tr := &translation{nodes: map[string]map[string]*plan.Node{}, progress: map[string]translate.Progress{}}
	for _, d := range docs {
		byEID := map[string]*plan.Node{}
		d.Walk(func(n *plan.Node) bool { byEID[n.EID] = n; return true })
		tr.nodes[d.Slug] = byEID
	}
	var warnings []plan.Warning
	for i, lang := range view.Langs()[1:] {
		var before *translate.Set
		if p, ok := prevTranslation(prev); ok && i < len(p.sets) {
			before = p.sets[i]
		}
		set, err := translate.LoadReusing(root, lang, before)
		if err != nil {
			return nil, nil, err
		}
		tr.sets = append(tr.sets, set)
		for _, d := range docs {
			r := translate.Align(d, set.Doc(d.Slug), lang)
			warnings = append(warnings, alignmentWarnings(r, d)...)
			if i == 0 {
				tr.progress[d.Slug] = r.Progress
			}
		}
		for _, slug := range slices.Sorted(maps.Keys(set.Docs)) {
			if _, ok := tr.nodes[slug]; !ok {
				warnings = append(warnings, pos.Error{File: translate.Dir(lang) + "/" + slug,
					Msg: "translation of a plan that seeds/ lacks: not shown (was the seed renamed?)"})
			}
		}
	}
	tr.remember()
	return tr, warnings, nil
}

// loadTargetUnits reads every plan's target units (content/<lang>/<slug>/
// targets.yaml) in the languages after the first, by <lang>/<slug>. A file
// that does not read is an error at its line, as a Markdown unit's is,
// rather than the whole targets page left in Chinese without a word.
func loadTargetUnits(root fs.FS, docs []*plan.Document) (map[string]map[string]translate.TargetUnit, error) {
	out := map[string]map[string]translate.TargetUnit{}
	for _, lang := range view.Langs()[1:] {
		for _, d := range docs {
			units, err := translate.LoadTargets(root, lang, d.Slug)
			if err != nil {
				return nil, err
			}
			out[lang+"/"+d.Slug] = units
		}
	}
	return out, nil
}

// orphanedTargetUnits warns, at its line of targets.yaml, of each target
// unit whose id is none of its plan's targets (the passage was renumbered
// or its indicator dropped): the unit is shown nowhere, as an orphaned
// Markdown unit is not, and check fails on it; the build says so too,
// rather than only check.
func (b *builder) orphanedTargetUnits() []plan.Warning {
	var ws []plan.Warning
	for _, lang := range view.Langs()[1:] {
		for _, d := range b.docs {
			units := b.targets[lang+"/"+d.Slug]
			if len(units) == 0 {
				continue
			}
			var ids []string
			have := map[string]bool{}
			if a := b.linking.byDoc[d]; a != nil {
				for _, t := range a.Targets {
					ids = append(ids, t.ID)
					have[t.ID] = true
				}
			}
			file := translate.Dir(lang) + "/" + d.Slug + "/" + translate.TargetsFile
			var orphans []orphan
			for _, id := range slices.SortedFunc(maps.Keys(units), func(a, b string) int { return cmp.Compare(units[a].Line, units[b].Line) }) {
				if !have[id] {
					orphans = append(orphans, orphan{id, file, units[id].Line})
				}
			}
			ws = append(ws, orphanWarnings(orphans, func() []string { return ids }, [2]string{"is not a target of", "are not targets of"}, d.File, " (go run ./generator check lists the targets)")...)
		}
	}
	return ws
}

// prevTranslation is prev's translation, if it has one.
func prevTranslation(prev *builder) (*translation, bool) {
	if prev == nil {
		return nil, false
	}
	t, ok := prev.tr.(*translation)
	return t, ok
}

// maxMissingWarnings is how many missing units are warned about one by one.
const maxMissingWarnings = 5

// alignmentWarnings turns a report into build warnings at file:line.
func alignmentWarnings(r *translate.Report, d *plan.Document) []plan.Warning {
	var ws []plan.Warning
	if len(r.Missing) > maxMissingWarnings {
		// A plan not yet translated would bury every other warning; check
		// lists the units one by one.
		n := r.Missing[0]
		ws = append(ws, plan.Warning{File: d.File, Line: n.Line, Msg: fmt.Sprintf("%d units have no %s translation (first: %s); their pages show the Chinese; go run ./generator check lists them", len(r.Missing), r.Lang, n.EID)})
	} else {
		for _, n := range r.Missing {
			ws = append(ws, plan.Warning{File: d.File, Line: n.Line, Msg: fmt.Sprintf("%s has no %s translation; the page shows the Chinese", n.EID, r.Lang)})
		}
	}
	var orphans []orphan
	for _, u := range r.Orphaned {
		orphans = append(orphans, orphan{u.EID, u.File, u.Line})
	}
	ws = append(ws, orphanWarnings(orphans, d.EIDs, [2]string{"is not in", "are not in"}, d.File, "")...)
	for _, u := range r.Stale {
		ws = append(ws, plan.Warning{File: u.File, Line: u.Line, Msg: fmt.Sprintf("%s is stale: the Chinese changed since it was translated", u.EID)})
	}
	if len(r.Unstamped) > 0 {
		u := r.Unstamped[0]
		ws = append(ws, plan.Warning{File: u.File, Line: u.Line, Msg: fmt.Sprintf("%d units have no fingerprint of the Chinese (first: %s); run go run ./generator check -stamp", len(r.Unstamped), u.EID)})
	}
	return ws
}

// orphan is a translation unit whose id its plan lacks.
type orphan struct {
	id, file string
	line     int
}

// orphanWarnings warn of units whose ids the plan lacks (ids gives those
// it has, eIds or target ids that start with one, read only when a unit
// is orphaned, as a load rarely has one), each with the id its
// passage has now where it moved in the outline (plan.Moves); more than
// maxMissingWarnings in one warning, which says how many moved, as a
// heading added above the plan's title moves them all and one cause
// should read as one. notIn says what the plan lacks them as, for one
// and for several ("is not in", "are not in"); then comes the seed.
func orphanWarnings(orphans []orphan, ids func() []string, notIn [2]string, seed, hint string) []plan.Warning {
	if len(orphans) == 0 {
		return nil
	}
	moves := plan.NewMoves(ids())
	if len(orphans) <= maxMissingWarnings {
		var ws []plan.Warning
		for _, o := range orphans {
			moved := ""
			if now := moves.Of(o.id); now != "" {
				moved = " (is it " + now + " now?)"
			}
			ws = append(ws, plan.Warning{File: o.file, Line: o.line,
				Msg: fmt.Sprintf("%s %s %s%s: the unit is not shown%s", o.id, notIn[0], seed, moved, hint)})
		}
		return ws
	}
	first := orphans[0]
	msg := fmt.Sprintf("%d units %s %s and are not shown (first: %s)", len(orphans), notIn[1], seed, first.id)
	var moved []string
	for _, o := range orphans {
		if moves.Of(o.id) != "" {
			moved = append(moved, o.id)
		}
	}
	if len(moved) > 0 {
		msg += fmt.Sprintf("; %d of them name passages whose eIds changed (%s is %s now): the text above them moved them in the plan's outline", len(moved), moved[0], moves.Of(moved[0]))
	}
	return []plan.Warning{{File: first.file, Line: first.line, Msg: msg + "; go run ./generator check lists them"}}
}

// translation serves units to the page views. It holds one set for the
// second language, which is all the view.Translation interface asks for.
type translation struct {
	nodes map[string]map[string]*plan.Node // slug → eId → Chinese node
	sets  []*translate.Set
	units map[string]map[string]view.Unit // slug → eId → what view.Unit returns, when it finds one
	// progress is each plan's translation's progress, as check reports it.
	progress map[string]translate.Progress
}

// remember works out every node's unit once per build: a page asks for a
// node's unit several times (heading, body, whether it is translated), and
// pages ask for the same nodes again and again, while telling whether a
// unit is stale means fingerprinting the Chinese.
func (t *translation) remember() {
	t.units = map[string]map[string]view.Unit{}
	for slug, nodes := range t.nodes {
		m := map[string]view.Unit{}
		for eid := range nodes {
			if u, ok := t.unit(slug, eid); ok {
				m[eid] = u
			}
		}
		t.units[slug] = m
	}
}

// view.Unit implements Translation. A unit counts only where the Chinese needs
// one (a date's unit, say, is ignored) and is stale when the Chinese's
// fingerprint no longer matches the one it records.
func (t *translation) Unit(slug, eid string) (view.Unit, bool) {
	u, ok := t.units[slug][eid]
	return u, ok
}

// Progress implements view.Translation.
func (t *translation) Progress(slug string) translate.Progress { return t.progress[slug] }

// unit works out what view.Unit returns.
func (t *translation) unit(slug, eid string) (view.Unit, bool) {
	if len(t.sets) == 0 {
		return view.Unit{}, false
	}
	d := t.sets[0].Doc(slug)
	u := d.Unit(eid)
	n := t.nodes[slug][eid]
	if u == nil || n == nil || !translate.Needs(n) {
		return view.Unit{}, false
	}
	return view.Unit{Heading: u.Heading, Body: cmp.Or(u.Inline, u.Body), Text: u.Text, Stale: translate.StateOf(n, d) == translate.Stale}, true
}
