package plan

import "strings"

// Moves finds where a node's eId went when the text above it changed its
// place in the tree but not itself: a heading added before a plan's
// title makes the plan an attachment, and proj_1 becomes att_2__proj_1;
// the heading taken out again turns it back. An eId's path below the
// change stays as it was, so a node moved is the one whose eId ends as
// the old one did, after a "__" (or the one the old eId ends as).
type Moves struct {
	have     map[string]bool
	bySuffix map[string][]string // "__"-suffix → the eIds ending in it
}

// NewMoves indexes the eIds a document has now.
func NewMoves(eids []string) *Moves {
	m := &Moves{have: make(map[string]bool, len(eids)), bySuffix: map[string][]string{}}
	for _, id := range eids {
		m.have[id] = true
		for rest := id; ; {
			_, after, ok := strings.Cut(rest, "__")
			if !ok {
				break
			}
			m.bySuffix[after] = append(m.bySuffix[after], id)
			rest = after
		}
	}
	return m
}

// Of returns the eId old, which the document no longer has, has now: the
// one eId that is old under a longer path, else old without its first
// level (the attachment a heading made, taken out again); "" when there
// is none or the longer paths are several.
func (m *Moves) Of(old string) string {
	if m.have[old] {
		return ""
	}
	if ids := m.bySuffix[old]; len(ids) == 1 {
		return ids[0]
	} else if len(ids) > 1 {
		return ""
	}
	if _, after, ok := strings.Cut(old, "__"); ok && m.have[after] {
		return after
	}
	return ""
}
