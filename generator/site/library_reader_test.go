package site_test

import (
	"strings"
	"testing"
)

// The tests here read, as a citizen would, pages of the frozen 14-plan
// library that differ from the bundled site's: plans without a
// translation, departments or scores.

// TestLibraryEnglishNumberInSummary: an untranslated plan's document
// number is romanized on English pages (Wan Zheng Ban Mi [2021] No. 82),
// as its library card, metadata and citations print it; the folded
// "Document information" line of its page said 皖政办秘〔2021〕82号. Where
// the heading (a title by rule) gives it, the line does not repeat it.
func TestLibraryEnglishNumberInSummary(t *testing.T) {
	s := libraryBuilt(t)
	home := "en/index.html"
	checked := 0
	for _, c := range findAll(dom(t, s, home), tag("li", "class", "plan-card")) {
		var number string
		for _, div := range findAll(c, tag("div")) {
			if dt := findAll(div, tag("dt")); len(dt) == 1 && text(dt[0]) == "Document number" {
				if dd := findAll(div, tag("dd")); len(dd) == 1 && attr(dd[0], "lang") == "" {
					number = text(dd[0])
				}
			}
		}
		if number == "" {
			continue
		}
		page := hrefs(home, findAll(c, tag("h2"))[0])[0]
		hint := findAll(dom(t, s, page), tag("span", "class", "fold-hint"))
		if h1 := findAll(dom(t, s, page), tag("h1")); len(h1) == 1 && strings.HasSuffix(text(h1[0]), " ("+number+")") {
			// A title by rule gives the number in the heading: the
			// summary does not repeat it on a phone's first screen.
			if len(hint) != 0 {
				t.Errorf("%s: the metadata's summary repeats the heading's number", page)
			}
			checked++
			continue
		}
		if len(hint) == 0 {
			t.Errorf("%s: no document number in the heading or the metadata's summary", page)
			continue
		}
		if have := text(hint[0]); have != number || attr(hint[0], "lang") != "" {
			t.Errorf("%s: the metadata's summary says %q (lang %q), the card %q", page, have, attr(hint[0], "lang"), number)
		}
		checked++
	}
	if checked < 5 {
		t.Errorf("%d cards with an English document number, want at least 5", checked)
	}
}

// TestLibraryParallelPending: on the side-by-side page of a plan not yet
// translated, a passage's English cell holds its pending note and not its
// Chinese again, which the cell beside it already shows: every passage of
// the RCEP opinions was printed twice.
func TestLibraryParallelPending(t *testing.T) {
	s := libraryBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/anhui-rcep-2022/parallel/index.html"
		pending := 0
		for _, row := range findAll(dom(t, s, name), tag("div", "role", "row")) {
			cells := findAll(row, tag("div", "role", "cell"))
			if len(cells) != 2 || len(findAll(cells[1], tag("span", "class", "unit-pending"))) == 0 {
				continue
			}
			pending++
			if src, tr := text(cells[0]), text(cells[1]); len(findAll(cells[1], tag("span", "class", "par-text")))+len(findAll(cells[1], tag("strong", "class", "par-heading"))) > 0 {
				t.Errorf("%s: %s: the pending cell repeats the Chinese: %q beside %q", name, attr(row, "id"), tr, src)
			}
			if have := attr(cells[1], "lang"); have != "en" {
				t.Errorf("%s: %s: the pending cell is lang=%q, want en", name, attr(row, "id"), have)
			}
		}
		if pending < 30 { // the whole plan but the notice's lines the rule says (view/issuance.go)
			t.Errorf("%s: %d pending passages, want the whole plan", name, pending)
		}
	}
}

// TestLibraryTimetableColumns: the timetable of a plan that names no
// department and scores nothing (Zhejiang's) has no Departments and
// Points columns, which printed a dash on each of its 244 rows.
func TestLibraryTimetableColumns(t *testing.T) {
	s := libraryBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/zhejiang-urban-waterlogging-2021/timetable/index.html"
		doc := dom(t, s, name)
		var cols []string
		for _, th := range findAll(doc, tag("th", "scope", "col")) {
			cols = append(cols, text(th))
		}
		if len(cols) != 3 {
			t.Errorf("%s: columns %q, want the date, the deadline and the task", name, cols)
		}
		rows := findAll(doc, tag("tr"))
		for _, tr := range rows[1:] {
			if n := len(findAll(tr, tag("td"))) + len(findAll(tr, tag("th"))); n != len(cols) {
				t.Fatalf("%s: a row of %d cells under %d columns: %q", name, n, len(cols), text(tr))
			}
		}
		if len(rows) < 100 {
			t.Errorf("%s: %d rows, want Zhejiang's deadlines", name, len(rows))
		}
	}
}

// TestLibraryLeadSaidOnce: where a plan says itself which department
// leads (（省商务厅牵头，省农业农村厅配合）), the Chinese page links the
// name, marked lead, without adding its 牵头 tag: the list read
// 省商务厅牵头牵头. A list that does not say it (（省商务厅负责）, all of
// Zichuan's) keeps the tag.
func TestLibraryLeadSaidOnce(t *testing.T) {
	s := libraryBuilt(t)
	for _, tt := range []struct {
		name string
		all  bool // every lead tagged
	}{
		{"zh/anhui-rcep-2022/index.html", false},
		{"zh/zichuan-education-2022/index.html", true},
	} {
		leads, tags := 0, 0
		for _, resp := range findAll(dom(t, s, tt.name), tag("span", "class", "resp")) {
			if strings.Contains(text(resp), "牵头牵头") {
				t.Errorf("%s: %q", tt.name, text(resp))
			}
			leads += len(findAll(resp, tag("a", "class", "lead")))
			tags += len(findAll(resp, tag("span", "class", "role")))
		}
		if leads == 0 || tags == 0 || (tags == leads) != tt.all {
			t.Errorf("%s: %d leads, %d lead tags; want every lead tagged: %v", tt.name, leads, tags, tt.all)
		}
	}
}

// TestLibraryDepartmentsIndexPlans: the departments index lists the plans
// naming its departments under a heading, each with its issuer and date,
// so that plans of the same title (a county's copy of Anhua's measures)
// can be told apart; the list was bare titles, four of them alike.
func TestLibraryDepartmentsIndexPlans(t *testing.T) {
	s := libraryBuilt(t)
	for _, lang := range []string{"zh", "en"} {
		name := lang + "/departments/index.html"
		doc := dom(t, s, name)
		lists := findAll(doc, tag("ul", "class", "dept-plan-links"))
		if len(lists) != 1 || attr(lists[0], "aria-labelledby") == "" || len(findAll(doc, tag("h2", "id", attr(lists[0], "aria-labelledby")))) != 1 {
			t.Fatalf("%s: %d plan lists, want one under a heading", name, len(lists))
		}
		seen := map[string]bool{}
		items := findAll(lists[0], tag("li"))
		for _, li := range items {
			a := findAll(li, tag("a"))[0]
			muted := findAll(li, tag("span", "class", "muted"))
			if len(muted) != 1 {
				continue // a copy of Shandong's plan, which prints neither
			}
			entry := text(a) + " " + text(muted[0])
			if seen[entry] {
				t.Errorf("%s: two plans read %q", name, entry)
			}
			seen[entry] = true
		}
		if len(items) < 5 || len(seen) < len(items)/2 {
			t.Errorf("%s: %d plans listed, %d with an issuer or date", name, len(items), len(seen))
		}
	}
}
