package view

import (
	"strings"

	"plansite/generator/plan"
)

// MetaDate is a date the metadata block shows: its label in the view's
// language and the date, YYYY-MM-DD.
type MetaDate struct{ Label, Date string }

// Dates are the document's dates as its metadata block shows them: each
// version the note under its title records, labelled by its act (通过日期
// 2020年3月27日, 修改日期 2022年8月29日, 修订日期 2024年11月29日 of a regulation
// as revised; 公布日期 and 修改日期 of a rule as amended), as
// legislation.gov.uk shows a text's versions by date; else the date of
// signing (成文日期). A date of signing no version is of comes first.
func (d *Doc) Dates() []MetaDate {
	var out []MetaDate
	if d.Meta.Date != "" && d.Meta.DatedVersion() == nil {
		out = append(out, MetaDate{Label: d.T("date"), Date: d.Meta.Date})
	}
	for _, v := range d.Meta.Versions {
		out = append(out, MetaDate{Label: d.T(actKey(v.Act)), Date: v.Date})
	}
	return out
}

// DateKey is the interface key of what m.Date is: the act of the version
// it dates (dateAdopted, dateAmended …), else the date of signing (date).
func DateKey(m *plan.Meta) string {
	if v := m.DatedVersion(); v != nil {
		return actKey(v.Act)
	}
	return "date"
}

// actKey is the interface key of a version's act: adopted → dateAdopted.
func actKey(act string) string {
	if act == "" {
		return "date"
	}
	return "date" + strings.ToUpper(act[:1]) + act[1:]
}
