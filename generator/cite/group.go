package cite

import (
	"slices"
	"strconv"
	"strings"

	"plansite/generator/link/dept"
	"plansite/generator/plan"
)

// Grouped rows. A table may number its key projects afresh in each group
// it prints above them (附表4 of the Zhejiang plan: each city's projects
// by kind of work; parse reads the groups into plan.Node.Group). A project
// whose number another row of its table has is cited by its groups and
// number, which name one row:
//
//	附表4杭州市河道综合治理工程第5项
//	Schedule 4, Hangzhou, comprehensive river improvement projects, item 5
//
// and a part numbered in brackets under a project (（1） under 1) by both
// numbers, 第1项（1） / item 1 (1). A group is named by its label short of
// what qualifies it (河道综合治理工程（含…）/（个） → 河道综合治理工程); in
// English a place by package dept's rule (杭州市 → Hangzhou), a kind of
// work by the English editors fixed for it (Terms: the glossary), else in
// Chinese, which pages mark as Chinese (its pinyin helps no one; the
// pinyin and Chinese English labels had before still go to their rows).
// The on-page label (ShortLabel) is the same without the table. Go-to
// keys: t4.proj5@<groups>, with the groups folded (groupKey) in either
// language, proj5@<groups>, and t4.proj5@<outermost group>; the older keys (proj5, t4.proj5, and
// t4.proj5~name for the labels that named the project) stay, naming
// several rows where they do.

// grouped reports whether n is cited by its groups: a project of a table
// that another of its projects shares n's number in, under groups.
func grouped(n *plan.Node) bool {
	return n.Kind == plan.KindProject && len(n.Group) > 0 && n.Parent != nil && n.Parent.Kind == plan.KindTable && sharedNumber(n)
}

// sharedNumber reports whether another project of n's table has n's number.
func sharedNumber(n *plan.Node) bool {
	for _, c := range n.Parent.Children {
		if c != n && c.Kind == plan.KindProject && c.Ordinal == n.Ordinal {
			return true
		}
	}
	return false
}

// sharedRow reports whether another project of n's table has n's groups
// and number: only its name tells them apart.
func sharedRow(n *plan.Node) bool {
	row := rowNumber(n)
	for _, c := range n.Parent.Children {
		if c != n && c.Kind == plan.KindProject && c.Ordinal == n.Ordinal && slices.Equal(c.Group, n.Group) && slices.Equal(rowNumber(c), row) {
			return true
		}
	}
	return false
}

// rowNumber is the number n is cited by in its group: its own, or for a
// part numbered in brackets the number of the project it follows and its
// own.
func rowNumber(n *plan.Node) []int {
	if !bracketed(n.Num) {
		return []int{n.Ordinal}
	}
	sibs := n.Parent.Children
	for i := slices.Index(sibs, n) - 1; i >= 0 && sibs[i].Kind == plan.KindProject; i-- {
		if !bracketed(sibs[i].Num) {
			return []int{sibs[i].Ordinal, n.Ordinal}
		}
	}
	return []int{n.Ordinal}
}

func bracketed(num string) bool { return strings.HasPrefix(num, "（") || strings.HasPrefix(num, "(") }

// groupedLevel is a grouped project's level of its label: its groups and
// number (杭州市河道综合治理工程第5项; Hangzhou, 河道综合治理工程, item 5), and in Chinese its name where the number and groups
// name several rows.
func groupedLevel(n *plan.Node, zh bool, terms Terms) string {
	names := groupNames(n, zh, terms)
	row := rowNumber(n)
	if zh {
		s := strings.Join(names, "") + "第" + strconv.Itoa(row[0]) + "项"
		if len(row) > 1 {
			s += "（" + strconv.Itoa(row[1]) + "）"
		}
		if sharedRow(n) {
			s += nameMark(n)
		}
		return s
	}
	s := strings.Join(names, ", ") + ", item " + strconv.Itoa(row[0])
	if len(row) > 1 {
		s += " (" + strconv.Itoa(row[1]) + ")"
	}
	return s
}

// groupNames are n's groups as its label names them: in English a place
// by package dept's rule, a kind of work by terms.
func groupNames(n *plan.Node, zh bool, terms Terms) []string {
	names := make([]string, len(n.Group))
	for i, g := range n.Group {
		name := groupName(g)
		if !zh {
			// A place has its English name, a kind of work the one
			// editors fixed (terms); one without, its pinyin (He dao
			// zong he zhi li gong cheng) would help no one: it stays
			// Chinese, which a page marks as such (view.Marked) and a
			// page's title romanizes.
			if en, ok := dept.PlaceEnglish(name); ok {
				name = en
			} else if en, ok := terms.english(name); ok {
				name = en
			}
		}
		names[i] = name
	}
	return names
}

// romanizedGroups are n's groups as English labels named them before
// kinds of work stayed Chinese: a place in English, anything else in
// pinyin.
func romanizedGroups(n *plan.Node) []string {
	names := groupNames(n, false, nil)
	for i, name := range names {
		if plan.HasHan(name) {
			names[i] = Capital(Romanize(name, false))
		}
	}
	return names
}

// groupName is a group's label short of what qualifies it: the unit after
// a slash, a bracket at the end, a colon.
func groupName(label string) string {
	name, _, _ := strings.Cut(label, "/")
	name = strings.TrimRight(strings.TrimSpace(name), "：:")
	if i := strings.LastIndex(name, "（"); i > 0 && strings.HasSuffix(name, "）") {
		name = name[:i]
	}
	return name
}

// groupedKeys are the keys of a project under groups by its groups: table
// and number, and number alone, each with the groups in either language,
// and with the outermost group, which staff may give alone; a project whose number is its own is found by them too.
func groupedKeys(n *plan.Node, table string, terms Terms) []string {
	var num []string
	for _, v := range rowNumber(n) {
		num = append(num, strconv.Itoa(v))
	}
	k := "proj" + strings.Join(num, ".")
	var ks []string
	for _, zh := range []bool{true, false} {
		g := groupSep + groupKey(fold(strings.Join(groupNames(n, zh, terms), "")))
		if !zh && terms != nil {
			// With a kind of work in English, the label that named it
			// in Chinese (Hangzhou, 河道综合治理工程, item 5) still goes
			// to its row.
			old := groupSep + groupKey(fold(strings.Join(groupNames(n, false, nil), "")))
			ks = append(ks, table+"."+k+old, k+old)
		}
		if !zh {
			// The English labels printed before kinds of work stayed
			// Chinese named them in pinyin (Hangzhou, He dao zong he zhi
			// li gong cheng, item 5): a citation copied then still goes
			// to its row.
			old := groupSep + groupKey(fold(strings.Join(romanizedGroups(n), "")))
			ks = append(ks, table+"."+k+old, k+old)
		}
		ks = append(ks, table+"."+k+g, k+g)
		if sharedRow(n) && n.Heading != "" {
			ks = append(ks, table+"."+k+g+nameSep+fold(n.Heading))
		}
		if len(n.Group) > 1 {
			// By its outermost group alone (附表4杭州市第30项,
			// Schedule 4, Hangzhou, item 30), as staff may cite it:
			// one row, or several that the go-to lists.
			g := groupSep + groupKey(fold(groupNames(n, zh, terms)[0]))
			ks = append(ks, table+"."+k+g, k+g)
		}
	}
	return ks
}

// groupSep joins a project's groups to the key of its number.
const groupSep = "@"

// groupKey is a folded group name without the commas and stops that part
// its names.
func groupKey(folded string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(",.·:", r) {
			return -1
		}
		return r
	}, folded)
}

// ShortLabel is n's label as a page shows it, plan.Label's, but for a
// grouped project its groups and number (杭州市河道综合治理工程第5项), as
// its number alone names a row of every group.
func ShortLabel(n *plan.Node, lang string) string { return ShortLabelIn(n, lang, nil) }

// ShortLabelIn is ShortLabel with the English of a grouped project's
// groups from terms (see Terms).
func ShortLabelIn(n *plan.Node, lang string, terms Terms) string {
	if grouped(n) {
		return groupedLevel(n, lang == "zh", terms)
	}
	return plan.Label(n, lang)
}
