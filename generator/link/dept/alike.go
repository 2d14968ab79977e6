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

// tellApart marks the departments of ds named by rule whose English name
// another department of the same government has, under another Chinese
// name, and unmarks the others: marks are made anew for every index.
func tellApart(ds []*Department) {
	type key struct{ gov, en string }
	byName := map[key][]*Entry{}
	for _, d := range ds {
		d.alike = false
		if d.Gov == nil || d.IsRole && d.ByRule == "" {
			continue
		}
		en := d.NameIn("en")
		if d.EN == "" && d.ByRule == "" {
			continue // its pinyin, which the Chinese name alone makes
		}
		k := key{d.Gov.ID + " " + d.Gov.Name, en}
		byName[k] = append(byName[k], d.Entry)
	}
	for _, es := range byName {
		for _, e := range es {
			for _, o := range es {
				if o.Name != e.Name && !e.Known {
					e.alike = true // a registered name stays as the registry gives it
				}
			}
		}
	}
}

// Alike reports whether the department's English name says its Chinese
// name beside (tellApart).
func (e *Entry) Alike() bool { return e.alike }
