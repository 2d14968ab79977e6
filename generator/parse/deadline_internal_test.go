package parse

import (
	"testing"

	"plansite/generator/plan"
)

// TestBareYearDeadline: a year alone, as a project table's 建设年限 column
// prints it (2021), is a period of that one year, as 2021-2021 is: the
// Zhejiang projects' English read "by the end of 2021" for one and "2021"
// for the other.
func TestBareYearDeadline(t *testing.T) {
	want := plan.Deadline{Text: "2021", Date: "2021-12-31", Form: plan.DuePeriod, From: "2021", Year: 2021}
	if have := readDeadline("2021", 2020); have != want {
		t.Errorf("have %+v, want %+v", have, want)
	}
	span := readDeadline("2021-2021", 2020)
	if span.Form != want.Form || span.From != want.From || span.Year != want.Year {
		t.Errorf("2021-2021: have %+v, want the form of %+v", span, want)
	}
}
