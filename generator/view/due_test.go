package view

import (
	"os"
	"testing"
)

// TestEnglishDue: the deadlines plans print, as the timetable's "Due"
// column gives them on an English page: a period, the end of a year or of
// a month, a day, ongoing work, by content/i18n/targets.yaml's phrases;
// a form the rule does not know is left (""), and the page keeps its
// Chinese.
func TestEnglishDue(t *testing.T) {
	w, err := targetWords(os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"2021-2025":               "2021–2025",
		"2020年—2022年":             "2020–2022",
		"2022年底前":                 "by the end of 2022",
		"2022年":                   "by the end of 2022",
		"6月底完成":                   "by the end of June",
		"2022年10月底前":              "by the end of October 2022",
		"截止2023年8月20日":            "by 20 August 2023",
		"2023 年 2 月 20 日 24:00 止": "by 20 February 2023",
		"持续推进":                    "ongoing",
		"13月底完成":                  "",
		"2023年2月30日":              "",
		"设区市≥25 县级市≥20":           "",
		"试点先行、逐步推开":               "",
	} {
		if have := englishDue(&w, text, "2 January 2006"); have != want {
			t.Errorf("%s: have %q, want %q", text, have, want)
		}
	}
}
