package view

import (
	"encoding/json"
	"html/template"
	"time"
)

// LongDate writes an ISO date the way lang prints dates: by content/i18n's
// dateLong, Go's reference date written as the language writes it
// ("2006年1月2日" → 2022年3月1日, "2 January 2006" → 1 March 2022).
func (s Strings) LongDate(lang, iso string) string { return longDate(s.T(lang, "dateLong"), iso) }

// longDate is an ISO date in the layout of package time (whose month
// names are English), or iso unchanged when it is no date.
func longDate(layout, iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return t.Format(layout)
}

// JSONLiteral marshals v for a <script> element; html/template escapes
// what could end the element.
func JSONLiteral(v any) (template.JS, error) {
	b, err := json.Marshal(v)
	return template.JS(b), err
}
