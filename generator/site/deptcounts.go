package site

// A department's list of tasks in a plan (its tasks led, or supported)
// counts them by its heading (Tasks it supports 6), and by part and
// section where the list has several: a part's count where the list has
// other parts, a section's where its part has other sections. Where there
// is one, its count is its parent's, and a single task under an annex's
// title and a section's read 1, 1 and 1 down the page.

// PartCounts reports whether the list's parts show their counts: it has
// more than one.
func (t DeptTasks) PartCounts() bool { return len(t.Parts) > 1 }

// GroupCounts reports whether the part's sections show their counts: it
// has more than one.
func (p *DeptPart) GroupCounts() bool { return len(p.Groups) > 1 }
