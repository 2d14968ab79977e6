package view

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"plansite/generator/plan"
)

// Term is when the document is in force, as its own text says, in ISO
// dates ("" where it says nothing): Effective from 本办法自2023年4月15日起施行
// (or 自印发之日起施行, the document's date), Expires from 有效期至2023年12月
// 31日 or 有效期2年 (counted from Effective).
type Term struct {
	Effective, Expires string
}

var (
	// termSubject is what a sentence about the document's own term
	// opens with: 本办法, 本政策措施, 本通知; or the parenthetical under a
	// rule's title, （…公布　自2023年4月15日起施行）.
	termSubject = `(?:本[\p{Han}]{1,8}|[（(][^（）()]{0,60}?)`
	effectiveOn = regexp.MustCompile(termSubject + `自\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日起\s*(?:施行|实施|实行|执行|生效)`)
	effectiveAt = regexp.MustCompile(`本[\p{Han}]{1,8}自(?:印发|颁布|发布|公布|下发)之日起\s*(?:施行|实施|实行|执行|生效)`)
	expiresOn   = regexp.MustCompile(`本[\p{Han}]{0,8}[^。；]{0,40}?有效期(?:至|到|截至)\s*((?:19|20)\d\d)\s*年\s*(?:(\d{1,2})\s*月\s*(\d{1,2})\s*日|底)`)
	expiresIn   = regexp.MustCompile(`本[\p{Han}]{0,8}[^。；]{0,40}?有效期(?:为)?\s*([0-9一二两三四五六七八九十]+)\s*年`)
)

// Term is the document's term of force as its text says (memoised: the
// status line asks for it on every page).
func (d *Doc) Term() Term { return d.term() }

func (d *Doc) makeTerm() Term {
	var t Term
	var years int
	d.Document.Walk(func(n *plan.Node) bool {
		for _, s := range []string{n.Heading, n.Text} {
			// Every pattern holds 日起 or 有效期: the rest of the text,
			// nearly all of it, is passed over by two searches.
			if !strings.Contains(s, "日起") && !strings.Contains(s, "有效期") {
				continue
			}
			if t.Effective == "" {
				if m := effectiveOn.FindStringSubmatch(s); m != nil {
					t.Effective = isoDate(m[1], m[2], m[3])
				} else if effectiveAt.MatchString(s) {
					t.Effective = d.Meta.Date
				}
			}
			if t.Expires == "" && years == 0 {
				if m := expiresOn.FindStringSubmatch(s); m != nil && m[2] == "" {
					t.Expires = m[1] + "-12-31" // 有效期至2025年底
				} else if m != nil {
					t.Expires = isoDate(m[1], m[2], m[3])
				} else if m := expiresIn.FindStringSubmatch(s); m != nil {
					years = chineseCount(m[1])
				}
			}
		}
		return true
	})
	if years > 0 && t.Effective != "" {
		// 有效期2年 from 2022-06-01 runs to 2024-05-31.
		if from, err := time.Parse("2006-01-02", t.Effective); err == nil {
			t.Expires = from.AddDate(years, 0, -1).Format("2006-01-02")
		}
	}
	return t
}

// isoDate is year, month and day as an ISO date, "" when not a date.
func isoDate(y, m, d string) string {
	s := y + "-" + pad2(m) + "-" + pad2(d)
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return ""
	}
	return s
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// chineseCount reads a small count in figures or Chinese numerals (两,
// 五, 十): 0 when it is none.
func chineseCount(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if n, size := plan.ParseChineseNumeral(s); size == len(s) {
		return n
	}
	return 0
}
