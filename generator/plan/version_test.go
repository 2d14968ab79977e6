package plan_test

import (
	"testing"

	"plansite/generator/plan"
)

// TestDatedVersion finds the act a document's date is the date of: the
// last amendment of an amended rule, the adoption of a regulation the
// province approved later, none for a date of signing.
func TestDatedVersion(t *testing.T) {
	adopted := plan.Version{Date: "2019-01-18", Act: plan.ActAdopted}
	approved := plan.Version{Date: "2019-03-28", Act: plan.ActApproved}
	issued := plan.Version{Date: "2011-07-07", Act: plan.ActIssued}
	amended := plan.Version{Date: "2024-11-27", Act: plan.ActAmended}
	for _, tt := range []struct {
		name string
		meta plan.Meta
		want string
	}{
		{"amended", plan.Meta{Date: "2024-11-27", Versions: []plan.Version{issued, amended}}, plan.ActAmended},
		{"issued only", plan.Meta{Date: "2011-07-07", Versions: []plan.Version{issued}}, plan.ActIssued},
		{"approved after adoption", plan.Meta{Date: "2019-01-18", Versions: []plan.Version{adopted, approved}}, plan.ActAdopted},
		{"signed", plan.Meta{Date: "2023-05-06"}, ""},
		{"signed another day", plan.Meta{Date: "2023-05-06", Versions: []plan.Version{issued}}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			have := ""
			if v := tt.meta.DatedVersion(); v != nil {
				have = v.Act
			}
			if have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}
