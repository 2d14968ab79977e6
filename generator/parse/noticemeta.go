package parse

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

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
		case n.Kind == plan.KindDate && parent == plan.KindNotice:
			m.Date = ISODate(n.Text)
		case n.Kind == plan.KindDate && parent == plan.KindConclusions && !strings.HasSuffix(n.Text, "印发") && m.Date == "":
			m.Date = ISODate(n.Text) // signed at the end of a notice printed as the document
		case n.Kind == plan.KindPublicity:
			m.Publicity = publicityOf(n.Text)
		case n.Kind == plan.KindCC:
			m.CC = slices.DeleteFunc(names(strings.TrimRight(n.Text, "。.")), elided)
		case n.Kind == plan.KindPrinter:
			m.Printer = n.Text
		case n.Kind == plan.KindDate && parent == plan.KindConclusions && strings.HasSuffix(n.Text, "印发"):
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
		case n.Kind == plan.KindParagraph && parent == plan.KindPreamble && m.Date == "" && adoptedNote.MatchString(n.Text) && n == n.Parent.Children[0]:
			// A Party committee's document notes under its title when
			// it was adopted: （2025年11月28日中共某市委第十次全体会议通过）.
			m.Date = ISODate(adoptedNote.FindStringSubmatch(n.Text)[1])
		case n.Kind == plan.KindParagraph && parent == plan.KindPreamble && datedNote(n.Text) && m.Date == "":
			// A Party committee's document notes its date under its
			// title: （2023年5月6日）.
			m.Date = ISODate(n.Text)
		case n.Kind == plan.KindParagraph && parent == plan.KindPreamble && decree.MatchString(squeezeSpace(n.Text)) && m.DocumentNumber == "":
			// A government rule is published by a decree, noted under its
			// title: （2023年3月16日北京市人民政府第308号令公布 …）.
			d := decree.FindStringSubmatch(squeezeSpace(n.Text)) // a PDF spaces its digits: 2022 年 12 月 23 日…第 307 号令
			m.DocumentNumber = d[2] + "令第" + d[3] + "号"
			if m.Date == "" {
				m.Date = ISODate(d[1])
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

// divisions is a list's name that is only levels of government (各省、
// 自治区、直辖市人民政府; 各市州、县市区人民政府; 各辖市、区人民政府, the
// county-level cities a city governs): it shares the body the next name
// ends with.
var divisions = regexp.MustCompile(`^各?(?:[省市县区州旗盟乡镇]|自治区|自治州|自治县|直辖市|地区|街道|辖市|辖区|县级市)+$`)

// leadsDivisions is a list's first name that ends in levels of government
// after the organisation they belong to (共青团各省、自治区、直辖市委: the
// Youth League committees of the provinces, regions and municipalities);
// divisionsFirst is a name that opens with one (直辖市委).
var (
	leadsDivisions = regexp.MustCompile(`^\p{Han}{2,8}各(?:[省市县区州旗盟乡镇]|自治区|自治州|自治县|直辖市|地区|街道)+$`)
	divisionsFirst = regexp.MustCompile(`^各?(?:[省市县区州旗盟乡镇]|自治区|自治州|自治县|直辖市|地区|街道)`)
)

// placeOnly is a name of a place without the body that governs it (高新区,
// 经开区); placeBody one of a place's governing body (工业园区管委会).
var (
	placeOnly = regexp.MustCompile(`^\p{Han}{1,8}(?:区|县|市|园区|新区|镇|乡|街道)$`)
	placeBody = regexp.MustCompile(`^\p{Han}{1,12}(?:区|县|市|镇|乡|街道)(?:管委会|管理委员会|人民政府|办事处)$`)
)

// sharesNext reports whether the name n, before next in a 主送 list, shares
// next's body: levels of government after their organisation (共青团各省、
// 自治区、直辖市委), or a place before another place's body (高新区、工业
// 园区管委会: the committees of both zones).
func sharesNext(n, next string) bool {
	return leadsDivisions.MatchString(n) && divisionsFirst.MatchString(next) || placeOnly.MatchString(n) && placeBody.MatchString(next)
}

// bareBody is a body named without its place in a 主送 line, which takes
// the place of the name before it.
var bareBody = regexp.MustCompile(`^(?:人民政府|政府|管委会|管理委员会|办事处)$`)

// eachPlaceBody is a 主送 name of a body of each place of a level (各区委,
// 各乡镇党委, 各县（市、区）委): its place, and the body.
var eachPlaceBody = regexp.MustCompile(`^各((?:[省市县区州旗盟乡镇]|自治区|自治州|自治县|街道|[（(][^（）()]{1,12}[)）])+)(党委|党工委|委|人民政府|政府|管委会)$`)

// eachToo is the name after a body of each place (各区委) that names
// another body of the same places, its place left out or printed without
// 各 (各区委、区政府; 各乡镇党委、政府; 各县市区委、人民政府): the bodies
// of each place too, so 各区政府, 各乡镇政府, 各县市区人民政府, as a
// reader citing one of them says it; "" where next is no such name.
func eachToo(before, next string) string {
	m := eachPlaceBody.FindStringSubmatch(before)
	if m == nil {
		return ""
	}
	if bareBody.MatchString(next) {
		return "各" + m[1] + next
	}
	if body, ok := strings.CutPrefix(next, m[1]); ok && (bareBody.MatchString(body) || body == "委" || body == "党委" || body == "党工委") {
		return "各" + next
	}
	return ""
}

// addresseeList splits a 主送 line into its addressees: at commas, and
// within a comma's group at 、 where the parts name bodies of their own
// (省政府各部门、各直属机构). A part of one or two characters, or only of
// levels of government (divisions), shares its body with the part after
// it in the group ("各旗、县、区人民政府": the people's governments of
// banners, counties and districts) or, at the group's end, with the part
// before it ("市政府各委、办、局", "市直有关部门、单位"); a body without
// its place (bareBody) is the place's before it (各县市区委、人民政府).
func addresseeList(s string) []string {
	var out []string
	for _, group := range splitTop(s, "，,；;") {
		first := len(out) // the group's first addressee
		pending := ""
		ns := slices.DeleteFunc(names(group), elided) // 各区人民政府：（略）
		for i, n := range ns {
			if each := ""; pending == "" && len(out) > first && i > 0 {
				if each = eachToo(ns[i-1], n); each != "" {
					out = append(out, each)
					continue
				}
			}
			if bareBody.MatchString(n) && pending == "" && len(out) > first {
				// The place before names this body's too: 各县市区委、
				// 人民政府 are the committees and governments of each.
				out[len(out)-1] += "、" + n
				continue
			}
			if utf8.RuneCountInString(n) <= 2 || divisions.MatchString(n) || i+1 < len(ns) && sharesNext(n, ns[i+1]) {
				pending += n + "、"
				continue
			}
			out = append(out, pending+n)
			pending = ""
		}
		switch pending = strings.TrimSuffix(pending, "、"); {
		case pending == "":
		case len(out) > first:
			out[len(out)-1] += "、" + pending
		default:
			out = append(out, pending)
		}
	}
	return out
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
