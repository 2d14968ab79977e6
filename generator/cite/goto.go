package cite

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/plan"
)

// Go-to keys: a reader types a passage as they saw it cited (二（一）3,
// 2.1.3, II(1)3, 第二部分（一）3, Part I (2), para. 1, 第三章第十二条第二款,
// Article 12(3), 附件1第3条, 重点项目12, 表2第12项, a whole citation with
// the plan's title and document number) or an eId, and the go-to box must
// find the passage. Key gives every citable node a canonical key built
// from its numbering, KeysIn adds the other keys its printed citations read
// to, and Parse reduces a typed query to one key:
//
//	2.1.3       part 2, section 1, item 3 (numbers of parts, sections,
//	            items and sub-items, outermost first)
//	pt2.1.3     the same as its citation label reads (第二部分（一）3,
//	            Part II (1) 3); in a plan whose divisions are 第X部分 or
//	            第X篇 (books), pt2 is the division and pt2.1.3 its part 1,
//	            section 3, while 2.1.3 names nothing
//	bk2         book 2 (第二编, Book 2)
//	ch3, ch3.1  chapter 3, its section (节) 1
//	art12.p2    article 12 (numbered through the document), paragraph
//	            (款) 2; art12.3 its item 3
//	ch3.art12   article 12 by its chapter too (第三章第十二条): the
//	            article where chapter 3 holds it, nothing where it does
//	            not; where each chapter numbers its own articles the
//	            key (ch3.art2, 第三章第二条) and art2 every chapter's
//	1.2.p1      paragraph 1 of part 1, section 2
//	2.3.b4      box 4 of part 2, section 3
//	pre.p1      paragraph 1 of the preamble
//	s3          a section by its number alone, （三）, outside
//	            attachments: the plan's one, or a list
//	pnt23       point 23 numbered through the document across its parts
//	            (a 建议's （23）; Point 23); art23 too, as 第（二十三）条
//	            reads, and s23, as （23） alone does
//	pt2~主要任务  a label followed by its node's heading, as copied
//	            from the page (parts, sections, chapters, books, boxes,
//	            tables, attachments: see titled)
//	std3        an unnumbered heading by its name, 总则 or General
//	            Provisions (std1 前言, std2 引言, std4 分则, std5 附则,
//	            std6 结束语), or a chapter or book headed so; h2 is the
//	            plan's second such heading
//	a1.2.1      attachment 1, part 2, section 1; a.pt2 part 2 of the
//	            file's one 附件 printed without a number (附件第二部分,
//	            Annex, Part II), which a1 finds too where it is att_1
//	i.2, i.pt2  point 2 of a notice's 解读 printed after it (解读第二部分,
//	            Interpretation, Part II; 解读二, 解读第二点, point 2)
//	t2, st4     table 2, appended table (附表, Schedule) 4
//	t1.r3       row 3 of table 1 (表1第3行, Table 1, row 3, row 3 of
//	            table 1), of a table that lists no projects; t1.proj3
//	            too (表1第3项, Table 1, item 3)
//	proj12      key project 12; t2.proj12 as item 12 of table 2 (and
//	            t2.r12, as its row);
//	            t4.proj3~name where table 4 has several rows 3, each
//	            cited with its name (表4第3项“…”)
//
// A query that looks like an eId (lower case, digits and underscores), or
// a permalink holding one, is returned as "eid:" and the eId. label() in
// templates/assets/search-core.js implements Parse again for the browser
// (the search box on every page and the go-to page's form);
// testdata/parse.json is the contract for both.

// Key returns n's canonical go-to key, or "" for nodes that are not cited
// on their own (wrapper nodes, a key-project table's rows that are no
// project).
func Key(n *plan.Node) string {
	if ks := KeysIn(n, nil); len(ks) > 0 {
		return ks[0]
	}
	return ""
}

// KeysIn returns n's go-to keys, Key first, then the keys its citation
// labels read to where they differ (pt2.1.3 for 2.1.3, ch3 for bk1.ch3,
// b3 for 2.1.b3, art12.p1 for art12, t2.proj12 for proj12), so that each
// printed form finds it; a grouped project's groups in English are read
// from terms (see Terms), as LabelIn prints them. Table settles keys that
// name two nodes.
func KeysIn(n *plan.Node, terms Terms) []string {
	if n.Kind == plan.KindProject {
		k := "proj" + strconv.Itoa(n.Ordinal)
		if p := n.Parent; p != nil && p.Kind == plan.KindTable {
			t, _ := keyComponent(p)
			// Row 12 of table 2 too, as a table's rows are cited
			// (Table 2, row 12).
			ks := []string{k, t.key + "." + k, t.key + ".r" + strconv.Itoa(n.Ordinal)}
			if sharedNumber(n) && n.Heading != "" {
				// Its label names it (表4第3项“…”): see Label.
				name := nameSep + fold(n.Heading)
				ks = append(ks, k+name, t.key+"."+k+name)
			}
			if len(n.Group) > 0 {
				// Cited by its groups where its number is not its
				// own (group.go), and found by them wherever.
				ks = append(ks, groupedKeys(n, t.key, terms)...)
			}
			return ks
		}
		return []string{k}
	}
	if !keyed(n.Kind) && !n.DataRow() {
		return nil
	}
	var cs []component
	for _, a := range append(n.Ancestors(), n) {
		c, ok := keyComponent(a)
		if !ok {
			return nil
		}
		if c.key == "" {
			continue
		}
		if a.Kind == plan.KindPoint {
			// Points are numbered through the document: pnt23, not
			// 6.pnt23 (an attachment's key stays in front).
			cs = slices.DeleteFunc(cs, func(c component) bool { return c.kind != plan.KindAttachment })
		}
		if a.Kind == plan.KindArticle {
			// Articles are numbered through the document: art12, not
			// ch2.art12 (an attachment's key stays in front); or
			// within each chapter, by it: ch2.art1 (the citation's
			// 第二章第一条).
			ch := chapterNumbering(a)
			cs = slices.DeleteFunc(cs, func(c component) bool {
				return c.kind != plan.KindAttachment && (ch == nil || c.node != ch)
			})
		}
		cs = append(cs, c)
	}
	if len(cs) == 0 {
		return nil
	}
	keys := []string{join(cs)}
	add := func(k string) {
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	// A part cited as 第二部分 / Part II.
	for i, c := range cs {
		if c.kind == plan.KindPart && strings.HasPrefix(plan.Level(c.node, true, true), "第") {
			pt := slices.Clone(cs)
			pt[i].key = "pt" + c.key
			add(join(pt))
		}
	}
	// An unnumbered heading standing alone (前言, 总则), or a chapter or
	// book headed so (第一章 总则, 第一编 总则), by its name: std3 for 总则
	// and General Provisions, pre for 序言 (standingKey).
	for i, c := range cs {
		if c.kind == plan.KindPart && i == len(cs)-1 {
			if _, ok := plan.Decimal(c.node); ok {
				if k := standingKey(c.node.Heading); k != "" {
					// 1 总则, 第1部分 总则: a decimal plan's part by its
					// label and its heading, which reads as a name.
					for _, k0 := range slices.Clone(keys) {
						add(k0 + "." + k)
					}
				}
			}
		}
		if c.kind == plan.KindHcontainer || c.kind == plan.KindChapter || c.kind == plan.KindBook {
			if k := standingKey(c.node.Heading); k != "" {
				st := slices.Clone(cs)
				st[i].key = k
				add(join(st))
				if c.kind != plan.KindHcontainer && i == len(cs)-1 {
					// 第一章 总则, Chapter 1 General Provisions: the
					// label and the heading, which reads as a name.
					add(join(cs) + "." + k)
				}
			}
		}
	}
	// A chapter, a box or a table by its own number, where the plan
	// numbers them through the document (第三章, 专栏3, 表2) beneath a book
	// or a part.
	for i, c := range cs {
		if (c.kind == plan.KindChapter || c.kind == plan.KindBox || c.kind == plan.KindTable) && i > 0 {
			short := slices.DeleteFunc(slices.Clone(cs[:i]), func(c component) bool { return c.kind != plan.KindAttachment })
			add(join(append(short, cs[i:]...)))
		}
	}
	// An article's own text is its first paragraph (第二条第一款), the
	// items that follow it are items of that paragraph (第十七条第一款第一
	// 项), and a paragraph numbered in brackets reads as Article 12(3).
	last := cs[len(cs)-1]
	if len(cs) >= 2 && cs[len(cs)-2].kind == plan.KindArticle {
		art := join(cs[:len(cs)-1])
		switch last.kind {
		case plan.KindItem:
			add(art + ".p1." + last.key)
		case plan.KindParagraph:
			add(art + "." + strings.TrimPrefix(last.key, "p"))
		}
	}
	if last.kind == plan.KindArticle {
		add(keys[0] + ".p1")
	}
	// A table's row is its item too, as staff count a table's lines
	// (表1第3项, Table 1, item 3: t1.proj3 beside t1.r3), where the table
	// lists no projects that are numbered so.
	if n.DataRow() {
		row := ".r" + strconv.Itoa(n.Ordinal)
		for _, k := range slices.Clone(keys) {
			if rest, ok := strings.CutSuffix(k, row); ok {
				add(rest + ".proj" + strconv.Itoa(n.Ordinal))
			}
		}
	}
	// An article of a chapter, and what is in it, by the chapter too
	// (第三章第二条: ch3.art2), as plans that number articles within
	// each chapter must be cited and others may be.
	// The number alone names an article numbered within its chapter
	// too, and every chapter's article of that number (art1), which
	// the go-to lists.
	if ch, within := chapterOfArticle(cs); ch != "" {
		for _, k := range slices.Clone(keys) {
			i := strings.Index("."+k, ".art")
			switch {
			case within:
				if u := unchaptered(k); u != k {
					add(u)
				}
			case i >= 0:
				// k[i:] is the article's; std3.art2 (总则第二条)
				// names the chapter already.
				before := strings.TrimSuffix(k[:i], ".")
				if !strings.HasPrefix(before[strings.LastIndex(before, ".")+1:], "std") {
					add(k[:i] + ch + "." + k[i:])
				}
			}
		}
	}
	// A section by its number alone (（三）), outside attachments.
	if last.kind == plan.KindSection && plan.AttachmentOf(n) == nil {
		add("s" + strconv.Itoa(n.Ordinal))
	}
	// A point as its citation reads (第（二十三）条: art23, what is in it
	// too), and by its number alone (（23）: s23).
	for i, c := range cs {
		if c.kind == plan.KindPoint {
			art := slices.Clone(cs)
			art[i].key = "art" + strconv.Itoa(c.node.Ordinal)
			add(join(art))
			if i == len(cs)-1 && plan.AttachmentOf(n) == nil {
				add("s" + strconv.Itoa(n.Ordinal))
			}
		}
	}
	// The file's one 附件 printed without a number (key a) was cited as
	// 附件1 before it was cited as printed; where it is the file's first
	// attachment (att_1), no other is 附件1, and that key finds it still.
	if cs[0].kind == plan.KindAttachment && cs[0].key == "a" && cs[0].node.EID == "att_1" {
		for _, k := range slices.Clone(keys) {
			add("a1" + strings.TrimPrefix(k, "a"))
		}
	}
	// A label followed by the node's heading (titled).
	if _, decimal := plan.Decimal(n); (titledKind(n.Kind) || decimal) && n.Heading != "" {
		// (An item numbered by decimals, 2.1.1 办公室职责, is titled as a
		// section is.)

		h := nameSep + fold(n.Heading)
		for _, k := range slices.Clone(keys) {
			add(k + h)
		}
		// And what the go-to reads its printed label or number and
		// heading as, where the heading starts with what may read as a
		// number or a label too (专栏6 两化融合贯标升级工程, 专栏7 5G＋…).
		// Reading is dear (a third of a library's build when every
		// titled node's label and heading were read whole): a heading
		// opening with another Chinese character is read after its
		// label, which is read alone.
		r, _ := utf8.DecodeRuneInString(n.Heading)
		whole := !unicode.Is(unicode.Han, r) || isChineseDigit(r) || strings.ContainsRune("第附专表", r)
		label := Label(n, "zh")
		for _, q := range []string{label, label + " ", n.Num, n.Num + " "} {
			if whole {
				if k := Parse(q + n.Heading); k != "" && !strings.HasPrefix(k, "eid:") {
					add(k)
				}
			} else if k := Parse(q); k != "" && !strings.HasPrefix(k, "eid:") && !strings.Contains(k, nameSep) {
				add(k + h)
			}
		}
	}
	return keys
}

// chapterOfArticle is the key (ch3) of the chapter holding the article
// among the components cs of a node's key, or "" where there is none, and
// whether the chapter numbers its articles (chapterNumbering), so that the
// key has it already.
func chapterOfArticle(cs []component) (string, bool) {
	for _, c := range cs {
		if c.kind != plan.KindArticle {
			continue
		}
		for a := c.node.Parent; a != nil; a = a.Parent {
			if a.Kind == plan.KindChapter {
				return "ch" + strconv.Itoa(a.Ordinal), chapterNumbering(c.node) != nil
			}
		}
	}
	return "", false
}

// unchaptered is key without the chapter before its article (ch3.art2.p1:
// art2.p1), or key where it has none.
func unchaptered(key string) string {
	i := strings.Index(key, ".art")
	if i < 0 {
		return key
	}
	j := strings.LastIndex(key[:i], ".") + 1
	if !strings.HasPrefix(key[j:i], "ch") {
		return key
	}
	if j == 0 {
		return key[i+1:]
	}
	return key[:j] + key[i+1:]
}

// titledKind reports whether a node of kind k is found by its label
// followed by its heading: the divisions with titles, not items, whose
// headings are their first sentences.
func titledKind(k plan.Kind) bool {
	switch k {
	case plan.KindPart, plan.KindSection, plan.KindBook, plan.KindChapter, plan.KindBox, plan.KindTable, plan.KindAttachment:
		return true
	}
	return false
}
