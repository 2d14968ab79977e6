package view

import (
	"encoding/json"
	"fmt"
	"html/template"
	"regexp"
	"strconv"
	"time"
)

// longDate writes an ISO date the way each language prints dates.
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

var cnDate = regexp.MustCompile(`(\d{4})年(\d{1,2})月(\d{1,2})日`)

// isoDate turns 2022年12月28日 into 2022-12-28, or returns "".
func isoDate(s string) string {
	m := cnDate.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return fmt.Sprintf("%s-%02d-%02d", m[1], mo, d)
}
