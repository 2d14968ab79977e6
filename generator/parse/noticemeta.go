package parse

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"plansite/generator/plan"
)

// meta derives the portal metadata from the wrapper nodes and from the
// portal's metadata block the text carries (p.portal).
func (p *parser) meta(doc *plan.Document) plan.Meta {
	var m plan.Meta
	doc.Walk(func(n *plan.Node) bool {
		parent := plan.Kind("")
		if n.Parent != nil {
			parent = n.Parent.Kind
		}
		switch {
		case n.Kind == plan.KindNumber && m.DocumentNumber == "" && decreeNumber(n) != "":
			m.DocumentNumber = decreeNumber(n)
		case n.Kind == plan.KindNumber && m.DocumentNumber == "" && docNumber.MatchString(n.Text):
			m.DocumentNumber = normalNumber(docNumber.FindStringSubmatch(n.Text)[1])
		case n.Kind == plan.KindTitle && (m.NoticeTitle == "" || fuller(n.Text, m.NoticeTitle)):
			// A page's heading may drop the issuer the printed title
			// opens with ("印发《…》的通知" over "安化县人民政府办公室印发
			// 《…》的通知"): the fuller of the two is the title.
			m.NoticeTitle = unquoted(n.Text)
		case n.Kind == plan.KindAddressees:
			m.Addressees = addresseeList(strings.TrimRight(n.Text, "：:"))
		case n.Kind == plan.KindSignature && m.Issuer == "" && !signer.MatchString(squeezeSpace(n.Text)) && !elided(n.Text):
			m.Issuer = jointIssuer(n)
		case n.Kind == plan.KindDate && parent == plan.KindNotice && !strings.HasSuffix(n.Text, "印发"):
			m.Date = ISODate(n.Text)
		case n.Kind == plan.KindDate && parent == plan.KindConclusions && !strings.HasSuffix(n.Text, "印发") && m.Date == "":
			m.Date = ISODate(n.Text) // signed at the end of a notice printed as the document
		case n.Kind == plan.KindPublicity:
			m.Publicity = publicityOf(n.Text)
		case n.Kind == plan.KindCC:
			m.CC = slices.DeleteFunc(names(strings.TrimRight(n.Text, "。.")), elided)
		case n.Kind == plan.KindPrinter:
			m.Printer = n.Text
		case n.Kind == plan.KindDate && (parent == plan.KindConclusions || parent == plan.KindNotice) && strings.HasSuffix(n.Text, "印发"):
			m.PrintDate = ISODate(strings.TrimSuffix(n.Text, "印发"))
		case n.Kind == plan.KindParagraph && parent == plan.KindPreamble && m.Date == "" && occasion.MatchString(n.Text):
			// A report or speech notes when and where it was given:
			// ——2023年2月2日在某市第十六届人民代表大会第三次会议上.
			m.Date = ISODate(occasion.FindStringSubmatch(n.Text)[1])
		case n.Kind == plan.KindParagraph && parent == plan.KindPreamble && m.Issuer == "" && speaker.MatchString(n.Text):
			// The byline under a report's occasion names who gave it for
			// which body: 某县人民政府县长 王某某 (the government's
			// report).
			m.Issuer = speaker.FindStringSubmatch(n.Text)[1]
		case n.Kind == plan.KindParagraph && parent == plan.KindPreamble && n == n.Parent.Children[0] && legislature.MatchString(squeezeSpace(n.Text)):
			// A people's congress's regulation (条例) notes under its
			// title the session that adopted it, then the amendments:
			// （2020年3月27日北京市第十五届人民代表大会常务委员会第二十
			// 次会议通过　根据…修正　…修订）. The body that adopted it is
			// its issuer, without its term and session; the day of the
			// text printed, its date: the last amendment's or revision's,
			// where the regulation was amended (本条例自公布之日起施行 is
			// said of the revised text).
			note := squeezeSpace(n.Text)
			d := legislature.FindStringSubmatch(note)
			group := func(name string) string { return d[legislature.SubexpIndex(name)] }
			m.Versions = noteVersions(note)
			if m.Date == "" {
				m.Date = cmp.Or(textDate(m.Versions), ISODate(group("date")))
			}
			if m.Issuer == "" {
				m.Issuer = group("place") + group("national") + "人民代表大会" + group("standing")
			}
		case n.Kind == plan.KindParagraph && parent == plan.KindPreamble && m.Date == "" && adoptedNote.MatchString(n.Text) && n == n.Parent.Children[0]:
			// A Party committee's document notes under its title when
			// it was adopted: （2025年11月28日中共某市委第十次全体会议通过）,
			// its date the adoption's (通过日期, not a date of signing).
			m.Date = ISODate(adoptedNote.FindStringSubmatch(n.Text)[1])
			m.Versions = []plan.Version{{Date: m.Date, Act: plan.ActAdopted}}
		case n.Kind == plan.KindParagraph && parent == plan.KindPreamble && datedNote(n.Text) && m.Date == "":
			// A Party committee's document notes its date under its
			// title: （2023年5月6日）.
			m.Date = ISODate(n.Text)
		case n.Kind == plan.KindParagraph && parent == plan.KindPreamble && decree.MatchString(squeezeSpace(n.Text)) && m.DocumentNumber == "":
			// A government rule is published by a decree, noted under its
			// title: （2023年3月16日北京市人民政府第308号令公布 …）.
			// Amended by later decrees (…第235号令发布 根据2024年11月27日
			// …第313号令修改), it is the text as amended, dated by the last,
			// under the first decree's number.
			note := squeezeSpace(n.Text) // a PDF spaces its digits: 2022 年 12 月 23 日…第 307 号令
			d := decree.FindStringSubmatch(note)
			m.DocumentNumber = d[2] + "令第" + d[3] + "号"
			m.Versions = noteVersions(note)
			if m.Date == "" {
				m.Date = cmp.Or(textDate(m.Versions), ISODate(d[1]))
			}
			if m.Issuer == "" {
				m.Issuer = d[2]
			}
		case n.Kind == plan.KindAttachment && m.Title == "" && m.NoticeTitle != "" && doc.Node("preamble") != nil:
			// The file's own document is the notice's (a decision, its
			// preamble untitled); its annex (the regulation it amends,
			// republished) does not name the file.
		case (n.Kind == plan.KindPreamble || n.Kind == plan.KindAttachment) && m.Title == "":
			m.Title = n.Heading
		}
		return true
	})
	// A notice a page prints without its signature (dated only) is issued
	// by the body the page names alone above its title (云南省临沧市人民政府),
	// or by its masthead's (新疆维吾尔自治区人民政府文件).
	if m.Issuer == "" && len(doc.Nodes) > 0 && doc.Nodes[0].Kind == plan.KindNotice {
		titled := false
		for _, c := range doc.Nodes[0].Children {
			body, ok := strings.CutSuffix(c.Text, "文件")
			switch {
			case c.Kind == plan.KindTitle:
				titled = true
			case c.Kind == plan.KindParagraph && !titled && organ.MatchString(c.Text):
				m.Issuer = c.Text
			case c.Kind == plan.KindMasthead && m.Issuer == "" && ok && organ.MatchString(body):
				m.Issuer = body
			}
		}
	}
	// A decree signed by the head of government (市长 袁宝成) is issued
	// by the government its number names.
	if d := decreeIssuer.FindStringSubmatch(m.DocumentNumber); d != nil && m.Issuer == "" {
		m.Issuer = d[1]
	}
	// A file that carries several documents is known by its notice, not by
	// the first of them.
	if m.Title == "" || (attachments(doc) > 1 && m.NoticeTitle != "" && doc.Node("preamble") == nil) {
		m.Title = m.NoticeTitle
		// …unless the notice names the plan it issues (关于印发《X》的通知)
		// and one of the documents is X.
		// …or the notice, signed and dated, is followed by an untitled
		// document, which is X (a notice whose parts follow its title,
		// undated, speaks for itself: 现将《X》印发给你们，并就有关事项通
		// 知如下).
		if issued := issuedTitle(m.NoticeTitle); issued != "" {
			for _, n := range doc.Nodes {
				if n.Kind == plan.KindAttachment && sameTitle(n.Heading, issued) {
					m.Title = n.Heading
					break
				}
			}
			if untitledAfterSigned(doc) {
				m.Title = issued
			}
		}
	}
	// A document printed without its signature is issued by the bodies
	// its title opens with (中共某县委 某县人民政府关于…, 西藏自治区人民
	// 政府关于…), unless the portal's block names its issuer: a block's
	// 发布机构 (西藏政府) is the poster's name, read only where this
	// leaves the issuer empty.
	titleIssuer := ""
	if m.Issuer == "" {
		titleIssuer = issuersOfTitle(cmp.Or(m.NoticeTitle, m.Title))
	}
	for _, kv := range p.portal { // the text's metadata block, after its wrapper
		key := labelKey(kv[0])
		if titleIssuer != "" && weakLabels[key] && metaLabels[key] == "issuer" {
			continue
		}
		setMeta(&m, metaLabels[key], kv[1])
	}
	if m.Issuer == "" {
		m.Issuer = titleIssuer
	}
	if m.Issuer == "" {
		m.Issuer = printerIssuer(m.Printer, m.DocumentNumber)
	}
	setMeta(&m, "published", p.posted)
	// A law database dates a rule by the day it was published (发布日期),
	// as the rule's decree does.
	if p.lawDatabase {
		m.Date = cmp.Or(m.Date, m.Published)
	}
	return m
}

// unquoted is a title a portal printed in book title marks (《…印发〈X〉的
// 通知》) as the document prints it (…印发《X》的通知).
func unquoted(title string) string {
	inner, ok := strings.CutPrefix(title, "《")
	if inner, ok2 := strings.CutSuffix(inner, "》"); ok && ok2 && !strings.ContainsAny(inner, "《》") {
		return innerMarks.Replace(inner)
	}
	return title
}

var innerMarks = strings.NewReplacer("〈", "《", "〉", "》")

// untitledAfterSigned reports whether the file is a notice with its date
// followed by a document without a title of its own.
func untitledAfterSigned(doc *plan.Document) bool {
	if len(doc.Nodes) < 2 || doc.Nodes[0].Kind != plan.KindNotice {
		return false
	}
	dated := false
	for _, c := range doc.Nodes[0].Children {
		dated = dated || c.Kind == plan.KindDate
	}
	next := doc.Nodes[1]
	return dated && (next.Kind == plan.KindPreamble && next.Heading == "" || structural(next.Kind))
}

// issuedTitle returns the title of the document a notice issues:
// 关于印发《X》的通知 and …印发X的通知 give X.
func issuedTitle(notice string) string {
	if strings.Contains(notice, "修改") || strings.Contains(notice, "废止") {
		return "" // a decision amending 《X》 issues the decision, not X
	}
	if i, j := strings.Index(notice, "《"), strings.LastIndex(notice, "》"); i >= 0 && j > i {
		return notice[i+len("《") : j]
	}
	if _, after, ok := strings.Cut(notice, "印发"); ok {
		if x, _, ok := strings.Cut(after, "的通知"); ok {
			return x
		}
	}
	return ""
}

// sameTitle compares titles as printed in different places: brackets full
// or half width, any dash between years (2021—2023, 2021-2023), spaces
// aside.
func sameTitle(a, b string) bool {
	return a != "" && squeezeSpace(titleForms.Replace(a)) == squeezeSpace(titleForms.Replace(b))
}

var titleForms = strings.NewReplacer("(", "（", ")", "）", "—", "-", "–", "-", "－", "-", "~", "-", "～", "-")

// publicityOf names the 公开属性 a portal shows for a publicity note:
// （此件公开发布） and （此件主动公开） are 主动公开; the note may also say
// 依申请公开 or 不予公开 (不公开).
func publicityOf(note string) string {
	switch {
	case strings.Contains(note, "依申请"):
		return "依申请公开"
	case strings.Contains(note, "不公开") || strings.Contains(note, "不予公开"):
		return "不予公开"
	case strings.Contains(note, "公开"):
		return "主动公开"
	}
	return ""
}

// attachments counts the documents a file carries as attachments.
func attachments(doc *plan.Document) int {
	n := 0
	for _, t := range doc.Nodes {
		if t.Kind == plan.KindAttachment {
			n++
		}
	}
	return n
}

// speaker is the byline of a report's speaker: the body and the office
// its head holds, then a name (某县人民政府县长 王某某, 某市人民政府代市长
// 李某).
var speaker = regexp.MustCompile(`^(\p{Han}{2,30}人民政府)(?:代理|代)?(?:省长|市长|县长|区长|州长|旗长|盟长|乡长|镇长|主席)\s*\p{Han}{2,4}$`)

// occasion is the line under a report's or speech's title that says
// when and where it was given: ——2023年2月2日在某市第十六届人民代表大会
// 第三次会议上.
var occasion = regexp.MustCompile(`^——\s*(` + printedDate + `)\s*在[^。]{2,60}上(?:的\S{0,8})?$`)

// adoptedNote is the note under a document's title of the day it was
// adopted or issued and by whom: （2025年11月28日中国共产党某市第十届委员会
// 第十次全体会议通过）.
var adoptedNote = regexp.MustCompile(`^[（(]\s*(` + printedDate + `)[^（）()]{2,60}(?:通过|批准|发布|印发)[）)]$`)

// legislature is the note under a regulation's title of the session of a
// people's congress, or of its standing committee, that adopted it: the
// day, the place before its term, or 全国 after it, and the standing
// committee. An autonomous prefecture's regulation, adopted
// by its congress and approved by the province's standing committee,
// names the one that adopted it first.
var legislature = regexp.MustCompile(`^[（(]\s*(?P<date>` + printedDate + `)\s*(?P<place>\p{Han}{0,20}?)第[一二三四五六七八九十]{1,3}届(?P<national>全国)?人民代表大会(?P<standing>常务委员会)?第[一二三四五六七八九十〇零百]{1,5}次(?:全体)?会议(?:审议)?通过`)

// noteDate is a date as a note prints it.
var noteDate = regexp.MustCompile(printedDate)

// datedNote reports whether text is a date alone in brackets, as a
// document notes its date under its title (（2023年5月6日）): the date of
// the document, not a deadline.
func datedNote(text string) bool {
	inner, ok := strings.CutPrefix(text, "（")
	if !ok {
		inner, ok = strings.CutPrefix(text, "(")
	}
	if inner, found := strings.CutSuffix(inner, "）"); found {
		return ok && dateAlone(strings.TrimSpace(inner))
	}
	inner, found := strings.CutSuffix(inner, ")")
	return ok && found && dateAlone(strings.TrimSpace(inner))
}

// printerIssuer is the issuer a notice printed without its signature
// (dated only, 沪建房管联〔2024〕58号) has by its printer (印发机关, the
// 版记's last line): a body's office prints the body's documents (上海市
// 房屋管理局办公室 → 上海市房屋管理局, as 淄川区人民政府办公室 prints 川政发
// and 东莞市住房公积金管理委员会办公室 东公积金委), and its own, whose
// number says 办 (榕政办: 福州市人民政府办公厅); a body that is no office
// prints its own. Without a number nothing says which the office printed:
// "".
func printerIssuer(printer, number string) string {
	code, _, ok := strings.Cut(number, "〔")
	if printer == "" || !ok || code == "" {
		return ""
	}
	for _, office := range []string{"办公室", "办公厅"} {
		if body, ok := strings.CutSuffix(printer, office); ok && !strings.Contains(code, "办") && organ.MatchString(body) {
			return body
		}
	}
	if !organ.MatchString(printer) {
		return "" // not a body's name: 印发 by whom is not said
	}
	return printer
}
