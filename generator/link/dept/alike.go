package dept

// Names alike. The rule names a department the registry lacks by its
// level, field and kind, so two names of one government may read alike in
// English: the forms of one body a plan prints (区交通局 and 区交通运输局 of
// Enyang: District Transport Bureau), or two bodies the rule names by kind
// (two joint meetings of one city whose missions it cannot say: Beijing
// Municipal Joint Meeting). On a page that lists them, the departments
// index or a department's page, a reader could not tell them apart; each
// says its Chinese name beside the English (NameIn), as the departments
// index makes them (tellApart).

// Named is a name among others whose English may read alike: Group is
// what a reader sees them together in (a government's departments, a
// language's issuers), EN the English a reader sees, Key what tells the
// bodies apart (a Chinese name, a registry slug).
type Named struct{ Group, EN, Key string }

// Twins reports for each of names whether another of its group has its
// English under another key: the one test of names alike, for the
// departments of a government (tellApart) and the issuers of a library
// (the site's issuerTwins).
func Twins(names []Named) []bool {
	type gk struct{ group, en string }
	keys := map[gk]string{}
	twin := map[gk]bool{}
	for _, n := range names {
		k := gk{n.Group, n.EN}
		if o, ok := keys[k]; ok && o != n.Key {
			twin[k] = true
		}
		keys[k] = n.Key
	}
	out := make([]bool, len(names))
	for i, n := range names {
		out[i] = twin[gk{n.Group, n.EN}]
	}
	return out
}

// tellApart marks the departments of ds named by rule whose English name
// another department of the same government has, under another Chinese
// name, and unmarks the others: marks are made anew for every index. A
// registered name stays as the registry gives it.
func tellApart(ds []*Department) {
	var names []Named
	var es []*Entry
	for _, d := range ds {
		d.alike = false
		if d.Gov == nil || d.IsRole && d.ByRule == "" {
			continue
		}
		if d.EN == "" && d.ByRule == "" {
			continue // its pinyin, which the Chinese name alone makes
		}
		names = append(names, Named{Group: d.Gov.ID + " " + d.Gov.Name, EN: d.NameIn("en"), Key: d.Name})
		es = append(es, d.Entry)
	}
	for i, twin := range Twins(names) {
		if twin && !es[i].Known {
			es[i].alike = true
		}
	}
}

// Alike reports whether the department's English name says its Chinese
// name beside (tellApart).
func (e *Entry) Alike() bool { return e.alike }
