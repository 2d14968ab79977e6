package cite

import "plansite/generator/plan"

// Table is a plan's go-to table: every key of its nodes (KeysIn) with the
// eId it names. A node's canonical key wins over another's alias; a key
// two nodes claim alike names neither and is listed in Ambiguous with
// both, so that the go-to says so instead of guessing.
type Table struct {
	Keys      map[string]string
	Ambiguous map[string][]string
}

// NewTable builds the go-to table of the nodes walk visits, in document
// order.
func NewTable(walk func(func(*plan.Node))) Table { return NewTableIn(walk, nil) }

// NewTableIn is NewTable with the keys of KeysIn.
func NewTableIn(walk func(func(*plan.Node)), terms Terms) Table {
	return NewTableOf(func(yield func(eid string, keys []string)) {
		walk(func(n *plan.Node) {
			if ks := KeysIn(n, terms); len(ks) > 0 {
				yield(n.EID, ks)
			}
		})
	})
}

// NewTableOf is NewTableIn of keys worked out by the caller, who needs
// them too (the go-to page lists each node's first): walk yields the eId
// and the keys (KeysIn, not empty) of every node that has some, in
// document order.
func NewTableOf(walk func(yield func(eid string, keys []string))) Table {
	t := Table{Keys: map[string]string{}, Ambiguous: map[string][]string{}}
	canonical := map[string]bool{}
	var aliases [][2]string
	walk(func(eid string, ks []string) {
		t.claim(ks[0], eid)
		canonical[ks[0]] = true
		for _, k := range ks[1:] {
			if unchaptered(k) == ks[0] {
				// The key with its article's chapter (ch3.art12.p2)
				// is as canonical as the key without.
				t.claim(k, eid)
				canonical[k] = true
				continue
			}
			aliases = append(aliases, [2]string{k, eid})
		}
	})
	for _, a := range aliases {
		if !canonical[a[0]] {
			t.claim(a[0], a[1])
		}
	}
	return t
}

// claim gives key to eid, or makes it ambiguous when another has it.
func (t Table) claim(key, eid string) {
	if list, ok := t.Ambiguous[key]; ok {
		t.Ambiguous[key] = append(list, eid)
		return
	}
	if have, ok := t.Keys[key]; ok && have != eid {
		delete(t.Keys, key)
		t.Ambiguous[key] = []string{have, eid}
		return
	}
	t.Keys[key] = eid
}
