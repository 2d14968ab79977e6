package plan

import "regexp"

// The brackets around a document number's year (发文字号: 川政发〔2022〕10号),
// as offices and portals print them: 〔〕 by the standard (GB/T 9704), and
// ［］, [], 【】, （） or () where a font or a portal lacked it. Every reader
// of document numbers — the parser, citations, links between plans, the
// translation export's protected spans, the library's year — builds its
// pattern from these, so that a number one of them reads, all of them do.
// They are the contents of a regular expression's character class.
const (
	NumberOpen  = `〔［\[【（(`
	NumberClose = `〕］\]】）)`
)

// numberYear is a document number's year in its brackets.
var numberYear = regexp.MustCompile(`[` + NumberOpen + `]\s*((?:19|20)\d\d)\s*[` + NumberClose + `]`)

// NumberYear is the year a document number carries (2022 of
// 川政发〔2022〕10号), or "" when num has none.
func NumberYear(num string) string {
	if m := numberYear.FindStringSubmatch(num); m != nil {
		return m[1]
	}
	return ""
}
