package view

import (
	"encoding/json"
	"html/template"
	"strconv"
	"time"
)

// LongDate writes an ISO date the way each language prints dates.
func LongDate(lang, iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	if lang == "zh" {
		return strconv.Itoa(t.Year()) + "年" + strconv.Itoa(int(t.Month())) + "月" + strconv.Itoa(t.Day()) + "日"
	}
	return t.Format("2 January 2006")
}

// JSONLiteral marshals v for a <script> element; html/template escapes
// what could end the element.
func JSONLiteral(v any) (template.JS, error) {
	b, err := json.Marshal(v)
	return template.JS(b), err
}
