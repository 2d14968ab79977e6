package search

import "unicode/utf16"

// addGotos records the go-to keys of doc, whose eIds are passages byEID,
// and its eIds, current and retired.
func (x *Indexer) addGotos(doc Doc, byEID map[string]int) {
	if len(doc.Goto) == 0 {
		return
	}
	for k, eid := range doc.Goto {
		if p, ok := byEID[eid]; ok {
			x.gotos[k] = append(x.gotos[k], p)
		}
	}
	for k, eids := range doc.Ambiguous {
		for _, eid := range eids {
			if p, ok := byEID[eid]; ok {
				x.gotos[k] = append(x.gotos[k], p)
			}
		}
	}
	for eid, p := range byEID {
		x.gotos["eid:"+eid] = append(x.gotos["eid:"+eid], p)
	}
	for old, eid := range doc.Moved {
		if _, current := byEID[old]; current {
			continue
		}
		if p, ok := byEID[eid]; ok {
			x.gotos["eid:"+old] = append(x.gotos["eid:"+old], p)
		}
	}
}

// gotoBucketKeys is how many keys a go-to bucket holds at most, on average.
const gotoBucketKeys = 256

// gotoBucket returns the bucket of key among n: FNV-1a over its UTF-16
// code units, as search-index.js computes it.
func gotoBucket(key string, n int) int {
	h := uint32(2166136261)
	for _, u := range utf16.Encode([]rune(key)) {
		h = (h ^ uint32(u)) * 16777619
	}
	return int(h % uint32(n))
}
