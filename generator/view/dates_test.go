package view

import (
	"reflect"
	"testing"

	"plansite/generator/plan"
)

// TestDates labels a document's dates by what they are: a regulation's
// adoption, amendment and revision (Beijing's 优化营商环境条例 said 成文日期
// of the day its revision was adopted), a rule's issue and amendment, and
// a date of signing as such; the library card's label is the dated one's.
func TestDates(t *testing.T) {
	v := func(date, act string) plan.Version { return plan.Version{Date: date, Act: act} }
	for _, tt := range []struct {
		name string
		meta plan.Meta
		want []MetaDate
		key  string
	}{
		{"a regulation as revised",
			plan.Meta{Date: "2024-11-29", Versions: []plan.Version{v("2020-03-27", plan.ActAdopted), v("2022-08-29", plan.ActAmended), v("2024-11-29", plan.ActRevised)}},
			[]MetaDate{{"dateAdopted", "2020-03-27"}, {"dateAmended", "2022-08-29"}, {"dateRevised", "2024-11-29"}}, "dateRevised"},
		{"a regulation as adopted",
			plan.Meta{Date: "2021-06-10", Versions: []plan.Version{v("2021-06-10", plan.ActAdopted)}},
			[]MetaDate{{"dateAdopted", "2021-06-10"}}, "dateAdopted"},
		{"a rule as amended",
			plan.Meta{Date: "2024-11-27", Versions: []plan.Version{v("2011-07-07", plan.ActIssued), v("2024-11-27", plan.ActAmended)}},
			[]MetaDate{{"dateIssued", "2011-07-07"}, {"dateAmended", "2024-11-27"}}, "dateAmended"},
		{"signed", plan.Meta{Date: "2023-05-06"}, []MetaDate{{"date", "2023-05-06"}}, "date"},
		{"signed, then issued by decree",
			plan.Meta{Date: "2023-05-06", Versions: []plan.Version{v("2023-05-08", plan.ActIssued)}},
			[]MetaDate{{"date", "2023-05-06"}, {"dateIssued", "2023-05-08"}}, "date"},
		{"undated", plan.Meta{}, nil, "date"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := New(&plan.Document{Meta: tt.meta}, "zh", nil, nil) // no site: a label is its key
			if have := d.Dates(); !reflect.DeepEqual(have, tt.want) {
				t.Errorf("dates: have %v, want %v", have, tt.want)
			}
			if have := DateKey(&tt.meta); have != tt.key {
				t.Errorf("key: have %q, want %q", have, tt.key)
			}
		})
	}
}
