package search

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"plansite/generator/cite"
	"plansite/generator/plan"
)

// Goto returns the passages a query names by number or eId, in go-to
// order within the scope (gotoOrder), described: at most GotoShown, or
// every one when sc.AllGotos (the results page). The go-to table
// (manifest "goto") maps go-to keys (see package cite) and "eid:" + eIds,
// current and retired, to the passages they name, one per plan holding
// them; it is cut into buckets by the key's hash (gotoBucket), of which a
// query loads one.
func (ix *Index) Goto(q string, sc Scope) ([]Result, error) {
	out, _, err := ix.gotoList(q, sc)
	if err != nil {
		return nil, err
	}
	if !sc.AllGotos {
		out = out[:min(len(out), GotoShown)]
	}
	for i := range out {
		if err := ix.Describe(&out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// gotoList returns every passage a query names within the scope, in go-to
// order, undescribed, and how many plans they are in.
func (ix *Index) gotoList(q string, sc Scope) ([]Result, int, error) {
	ps, err := ix.gotoPassages(q)
	if err != nil {
		return nil, 0, err
	}
	var out []Result
	for _, p := range ix.titled(q, ps) {
		out = append(out, Result{Passage: p, Q: q})
	}
	out = ix.gotoOrder(ix.order(out, sc), sc)
	plans := map[int]bool{}
	for _, r := range out {
		plans[ix.doc(r.Passage)] = true
	}
	return out, len(plans), nil
}

// gotoOrder orders the passages a query names, kept by order: the plan
// searched first's, then those of plans whose text is in the index's
// language, then those of plans not yet translated into it (Doc.Untranslated),
// each part in library order. A reader typing "Part III (2)" on the
// English side wants a passage they can read first.
func (ix *Index) gotoOrder(rs []Result, sc Scope) []Result {
	rank := func(r Result) int {
		d := ix.m.Docs[ix.doc(r.Passage)]
		switch {
		case sc.First != "" && d.Slug == sc.First:
			return 0
		case !d.Untranslated:
			return 1
		}
		return 2
	}
	sort.SliceStable(rs, func(i, j int) bool { return rank(rs[i]) < rank(rs[j]) })
	return rs
}

// titled keeps of ps the passages of the plans whose titles q quotes, as
// plan.TitleKey compares titles (search-index.js titleKey, its twin),
// when it quotes any: a citation pasted whole, or 《X》第十条, goes to X's
// article, not to every plan's. A title counts from four characters, so
// that a word of the query is not taken for one.
func (ix *Index) titled(q string, ps []int) []int {
	fq := plan.TitleKey(q)
	named := map[int]bool{}
	for i, d := range ix.m.Docs {
		if t := plan.TitleKey(d.Title); utf8.RuneCountInString(t) >= 4 && strings.Contains(fq, t) {
			named[i] = true
		}
	}
	if len(named) == 0 {
		return ps
	}
	var out []int
	for _, p := range ps {
		if named[ix.doc(p)] {
			out = append(out, p)
		}
	}
	return out
}

// gotoPassages returns the passages a query names by number or eId, in
// plan order.
func (ix *Index) gotoPassages(q string) ([]int, error) {
	k := cite.Parse(q)
	if k == "" || len(ix.m.Goto) == 0 {
		return nil, nil
	}
	name := ix.m.Goto[gotoBucket(k, len(ix.m.Goto))]
	if ix.gotos[name] == nil {
		data, err := ix.read(name)
		if err != nil {
			return nil, err
		}
		var g map[string][]int
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("search: %s: %v", name, err)
		}
		ix.gotos[name] = g
	}
	ix.fetched[name] = true
	return ix.gotos[name][k], nil
}
