package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

var (
	// docNumber matches 发文字号: issuer code, 〔year〕, serial, 号; also in
	// parentheses on its own line, as the Anhui notice prints it.
	// Stray spaces ("明政规〔2022〕6 号") are allowed and normalised in
	// the metadata; a decree is numbered 北京市人民政府令第308号, also with
	// its year (政府令〔2010〕第15号), as a ministry numbers its orders
	// (交通运输部令2022年第1号).
	docNumber = regexp.MustCompile(`^[（(]?((?:` + issuerNumber + `)|(?:\S{2,20}令\s*` + decreeSerialText + `))[）)]?$`)
	// dateLine is a date standing alone, also with spaces between its
	// parts, full-width digits (2022 年 11 月 26 日, 2025年９月4日) or in
	// Chinese numerals, as a signed document prints it (二〇〇九年三月十日).
	// A portal may print it without separators (2018525), which
	// compactDates reads where a date line can stand (line.isDate).
	dateLine = regexp.MustCompile(`^` + printedDate + `$`)
	// decree is the note under a government rule's title naming the
	// decree that published it: 公布, or 发布 as Beijing's notes have said
	// since 2024 (…第318号令发布 自2025年10月1日起施行) and older rules
	// do where later decrees amended them (…第235号令发布 根据…修改).
	decree = regexp.MustCompile(`^[（(](\d{4}年\d{1,2}月\d{1,2}日)(\S+?)第(\d{1,4})号令(?:公布|发布)`)
	// masthead is the 红头 line of an official document, or a decree's:
	// a government's (江西省人民政府令) or a national body's
	// (中华人民共和国交通运输部令, 中国人民银行令), or a people's congress
	// standing committee's announcement of a regulation
	// (江西省人民代表大会常务委员会公告).
	masthead = regexp.MustCompile(`^\S{2,40}(?:文件|行政规范性文件|人民政府令|公报|(?:国务院|部|委员会|委|总局|局|署|银行)令|(?:人民代表大会常务委员会|人大常委会)公告)$`)
	// signer is a decree's signature: the head of government and a name
	// (市长袁宝成, spaces taken out) or the office alone, as a page may
	// print it (省长), not the issuing body; a ministry's order is signed
	// by its minister (部长李小鹏), the State Council's by the premier.
	signer = regexp.MustCompile(`^\p{Han}{0,4}?(?:省长|市长|县长|区长|州长|旗长|主席|主任|总理|部长|署长|局长|行长)(?:\p{Han}{2,4})?$`)
	// decreeIssuer is the government a decree's number names.
	decreeIssuer = regexp.MustCompile(`^(\p{Han}{2,20}?)令(?:\d{4}年|[` + plan.NumberOpen + `]\d{4}[` + plan.NumberClose + `])?第`)
	// organ is the name of a government body standing alone.
	organ = regexp.MustCompile(`^\p{Han}{2,28}(?:人民政府|办公厅|办公室|委员会|局|厅)$`)
	// issuing is how a notice's body issues the document it carries.
	issuing = regexp.MustCompile(`^现将《[^》]+》(?:印发|转发)给你们`)
	// publicity is the note of whether the document is published: under
	// the date, （此件公开发布）; or, in a 版记, 公开方式：主动公开.
	publicity = guardStart(regexp.MustCompile(`^[（(](此件[^（）()]*)[）)]$|^公开(?:方式|属性|形式)\s*[:：]\s*(?:主动公开|依申请公开|不予公开|不公开|免予公开)$`))
	// publicityMark is the mark of whether a document is published that
	// its first page prints over the number (公 开, 主动公开, 依申请公开).
	publicityMark = regexp.MustCompile(`^(?:主动|依申请|不予)?公\s*开$`)
	ccLine        = regexp.MustCompile(`^抄送[:：]`)
	printLine     = guard(regexp.MustCompile(`^(.*?)[\s\x{3000}]*([0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)\s*印发$`), "印发")
)

// issuerNumber is the common 发文字号: issuer code, 〔year〕, serial, 号
// (docNumber's first form).
const issuerNumber = `[^\s（()）【]{1,16}[` + plan.NumberOpen + `]\s*\d{4}\s*[` + plan.NumberClose + `]\s*\d{1,4}\s*号`

// noticeLimit bounds how far into a file the wrapper may reach.
const noticeLimit = 40

// notice reads the issuance wrapper at the start of the file, if there is
// one: it ends with the signing date or the publicity note after it.
func (p *parser) notice() *plan.Node {
	if start, k := p.annexedNotice(); k >= 0 {
		// A notice sent as the 附件 of another (a draft for comment):
		// its 附件 line, that other document's, is taken out.
		at := p.i
		p.i = k
		if n := p.notice(); n != nil {
			p.drop(start.n, start.text, "附件 line")
			p.warn(start.n, "the file opens with %q: a notice sent as another document's 附件; the line is taken out and the notice read as the file's document", start.text)
			return n
		}
		p.i = at
		return nil
	}
	// A wrapper has a document number or a notice title, then a date line.
	// A notice printed as the document itself (a 补充通知 whose parts
	// follow its title) has a header only: 红头, number, title; so has an
	// opinion or decision issued as itself, whose title a portal prints
	// over its number (国务院关于…的意见 / 国发〔2014〕45号 / 主送).
	end := -1
	seen := 0
	roster := false // in the notice's list of its 附件
	for j := p.i; j < len(p.lines) && seen < noticeLimit; j++ {
		l := p.lines[j]
		if l.blank() {
			continue
		}
		seen++
		if l.signedAndDated() {
			end = j
			break
		}
		if rosterLine.MatchString(l.text) {
			roster = true // 附件：1．… over its signature: the notice's own
			continue
		}
		if num, ok := l.number(); ok && roster && num.kind == plan.KindItem {
			continue // 2．… of the roster
		}
		roster = false
		if _, ok := l.number(); ok {
			end = p.headerEnd()
			if e := p.partsThenIssued(j, seen); e >= 0 {
				end = e
			}
			break
		}
	}
	if end < 0 {
		return nil
	}
	first, fj := p.peek(p.i)
	if publicityMark.MatchString(first.text) {
		// The mark over the number: the notice's, which opens under it.
		if next, k := p.peek(fj + 1); k >= 0 {
			first, fj = next, k
		}
	}
	// A portal's metadata block, read before, may have taken the number
	// and the title: then the notice opens with its 主送 line or straight
	// with what it issues (现将《…》印发给你们), and only a date line, not a
	// heading, may close it.
	bare := (addressees(first.text) || issuing.MatchString(first.text)) && p.lines[end].signedAndDated()
	// The issuing body's name a page prints on a line over a title that
	// names it again (joinTitles leaves it apart) opens the notice too.
	over := false
	if second, k := p.peek(fj + 1); fj >= 0 && k >= 0 {
		over = organ.MatchString(first.text) && isNoticeTitle(second.text) && strings.HasPrefix(second.text, first.text)
	}
	if !docNumber.MatchString(first.text) && !isNoticeTitle(first.text) && !masthead.MatchString(first.text) && !p.numberedTitle(fj) && !bare && !decreeHeading.MatchString(first.text) && !p.addressedTitle(fj) && !over {
		return nil
	}
	if next, k := p.peek(end + 1); k >= 0 && publicity.MatchString(next.text) {
		end = k
	}
	for next, k := p.peek(end + 1); k >= 0 && (ccLine.MatchString(next.text) || printLine.MatchString(next.text)); next, k = p.peek(k + 1) {
		// The 版记 printed at the foot of the notice's last page, over
		// the document it issues (…办公室  2024 年 1 月 30 日印发): the
		// notice's, never that document's title.
		end = k
	}
	root := &plan.Node{Kind: plan.KindNotice, Line: p.lines[p.nonBlank(p.i, 1)].n}
	add := func(k plan.Kind, l line, text string) {
		root.Children = append(root.Children, &plan.Node{Kind: k, Text: text, Line: l.n, Parent: root})
	}
	body := false // the notice's body has begun
	for ; p.i <= end; p.i++ {
		l := p.lines[p.i]
		if l.blank() {
			continue
		}
		next, _ := p.peek(p.i + 1)
		switch {
		case len(root.Children) == 0 && publicityMark.MatchString(l.text):
			add(plan.KindPublicity, l, l.text)
		case len(root.Children) == 0 && decreeHeading.MatchString(l.text):
			p.readDecreeHeading(root, l, end)
		case masthead.MatchString(l.text) && (len(root.Children) == 0 || !body && (promulgating(l.text) || headingsOnly(root))):
			// First, or under a page's heading that the printed title
			// repeats (pageHeading takes it out).
			add(plan.KindMasthead, l, l.text)
		case docNumber.MatchString(l.text):
			add(plan.KindNumber, l, l.text)
		case decreeSerial.MatchString(l.text) && len(root.Children) > 0 && root.Children[len(root.Children)-1].Kind == plan.KindMasthead:
			add(plan.KindNumber, l, l.text)
		case len(root.Children) == 0 && over && l.n == first.n:
			// The title under it names the body again: the title's.
			p.drop(l.n, l.text, "page heading")
			p.warn(l.n, "took the issuing body's name %q, which the title under it repeats, out of the notice", l.text)
		case !body && repeatsHeader(root, l.text):
			p.drop(l.n, l.text, "page heading")
			p.warn(l.n, "took the page's repeat of the title %q out of the notice", l.text)
		case (isNoticeTitle(l.text) || len(root.Children) == 0 && p.numberedTitle(p.i) || numberOnly(root) && p.addressedTitle(p.i)) && len(root.Children) <= 2,
			!body && printedAgain(root, l.text):
			if number := leadingNumber.FindString(l.text); number != "" && !slices.ContainsFunc(root.Children, isKind(plan.KindNumber)) && isNoticeTitle(l.text[len(number):]) {
				// A page that prints the number only run into the
				// title (梁政发【2023】7号关于印发…的通知): both are the
				// notice's.
				add(plan.KindNumber, l, number)
				add(plan.KindTitle, l, l.text[len(number):])
				break
			}
			if tag := placeTag.FindString(l.text); tag != "" && len(root.Children) == 0 && isNoticeTitle(l.text[len(tag):]) {
				// A news site's tag of the place before the title
				// (北京:关于印发《…》的通知): the site's, not the title's.
				p.drop(l.n, tag, "page tag")
				p.warn(l.n, "took the site's tag %q out of the notice's title", tag)
				add(plan.KindTitle, l, l.text[len(tag):])
				break
			}
			if m := trailingNumber.FindStringSubmatchIndex(l.text); m != nil && !slices.ContainsFunc(root.Children, isKind(plan.KindNumber)) {
				// …or in brackets after it (…的通知(岳办发〔2017〕2号)).
				add(plan.KindTitle, l, l.text[:m[0]])
				add(plan.KindNumber, l, l.text[m[2]:m[3]])
				break
			}
			add(plan.KindTitle, l, l.text)
		case ccLine.MatchString(l.text) && body:
			num := ccLine.FindString(l.text)
			root.Children = append(root.Children, &plan.Node{Kind: plan.KindCC, Num: num, Text: strings.TrimSpace(l.text[len(num):]), Line: l.n, Parent: root})
		case printLine.MatchString(l.text) && body:
			m := printLine.FindStringSubmatch(l.text)
			if m[1] != "" {
				add(plan.KindPrinter, l, m[1])
			}
			add(plan.KindDate, l, m[2]+"印发")
		case l.isDate():
			add(plan.KindDate, l, l.text)
		case signedOnOneLine(l):
			// A decree's signer and date on one line (主席 某某某
			// 2023年3月20日): two nodes of the line.
			signature, date, _ := signedDateLine(l.text)
			add(plan.KindSignature, l, signature)
			add(plan.KindDate, l, date)
		case publicity.MatchString(l.text):
			add(plan.KindPublicity, l, l.text)
		case !body && titleNote.MatchString(l.text) && len(root.Children) > 0 && root.Children[len(root.Children)-1].Kind == plan.KindTitle:
			// The note under the title of when the document was
			// approved and issued: a paragraph, but the 主送 line may
			// follow.
			add(plan.KindParagraph, l, l.text)
		case !body && bracketedNumber.MatchString(l.text) && addressees(l.text[len(bracketedNumber.FindString(l.text)):]):
			// The number run into the 主送 line: both are the notice's.
			number := bracketedNumber.FindString(l.text)
			add(plan.KindNumber, l, number)
			add(plan.KindAddressees, l, l.text[len(number):])
			body = true
		case addressees(l.text) && !body:
			// Only the line before the body is 主送; "现通知如下：" in the
			// body is a paragraph.
			add(plan.KindAddressees, l, l.text)
			body = true
		case next.isDate() && utf8.RuneCountInString(l.text) <= 40 && !strings.ContainsAny(l.text, "。，"):
			// The line over the date signs the notice; an office of a
			// leading group has a long name (安徽省推进“三地一区”建设领导小组
			// 改革开放新高地执行小组办公室).
			add(plan.KindSignature, l, l.text)
		case body && p.coSigners(p.i) >= 0:
			add(plan.KindSignature, l, l.text) // one of a joint document's bodies
		default:
			add(plan.KindParagraph, l, l.text)
			// A page may print the issuing body's name between the
			// titles (云南省昆明市人民政府办公厅); the 主送 line may follow.
			body = body || !organ.MatchString(l.text)
		}
	}
	p.pageHeading(root)
	return root
}

// headerEnd returns the index of the last line of a notice's header (红头,
// 发文字号, title) at p.i, or -1 when the file does not start with one.
func (p *parser) headerEnd() int {
	end, title, numbered, addressed := -1, "", false, false
	for j := p.i; j < len(p.lines); j++ {
		l := p.lines[j]
		switch {
		case l.blank():
			continue
		case publicityMark.MatchString(l.text) && end < 0:
			// The mark over the number (公 开).
		case docNumber.MatchString(l.text) && !numbered && !addressed:
			// Over the title as printed, under it as portals print it.
			numbered = true
		case masthead.MatchString(l.text) && end < 0,
			masthead.MatchString(l.text) && promulgating(l.text) && !addressed,
			decreeSerial.MatchString(l.text) && end >= 0 && promulgating(p.lines[end].text):
		case (isNoticeTitle(l.text) || (end < 0 || numbered) && p.addressedTitle(j) || end < 0 && p.numberedTitle(j)) && title == "":
			// An opinion issued as itself may print its number over its
			// title (宜公积金委〔2022〕5 号 / 某委员会关于…的意见 / 主送).
			title = l.text
		case title != "" && !addressed && (repeatsTitle(title, l.text) || sameTitle(title, l.text)):
			// The page's repeats of the title, which notice takes out.
		case title != "" && !addressed && addressees(l.text):
			// The 主送 line under the title is the header's too: 各县（市）区
			// 人民政府，市直各有关单位：
			addressed = true
		default:
			if title == "" {
				return -1
			}
			return end
		}
		end = j
	}
	return end
}

// issuesIt is the sentence by which a notice issues the document it
// carries: 现将《X》印发给你们, 《X》已经区政府同意，现印发给你们.
var issuesIt = regexp.MustCompile(`(?:印发|转发)给你们|现予印发`)

// partsThenIssued returns the index of the date line that closes a notice
// whose body has numbered parts of its own, line j its first, or -1. An
// issuing notice may set out what it asks of its readers (现印发给你们，并
// 就有关事项通知如下：一、… 二、…) before it is signed and dated, and the
// document it issues follows under its title; seen non-blank lines of the
// notice are read before j. Without that document after the date, the
// notice is the file's document and its parts are the document's.
func (p *parser) partsThenIssued(j, seen int) int {
	issues := false
	for k := p.i; k < j; k++ {
		issues = issues || issuesIt.MatchString(p.lines[k].text)
	}
	if !issues {
		return -1
	}
	for k := j; k < len(p.lines) && seen < noticeLimit; k++ {
		if p.lines[k].blank() {
			continue
		}
		seen++
		if !p.lines[k].isDate() {
			continue
		}
		next, n := p.peek(k + 1)
		if n >= 0 && publicity.MatchString(next.text) {
			_, n = p.peek(n + 1)
		}
		if n >= 0 && p.isTitle(n, true) {
			return k
		}
		return -1
	}
	return -1
}

// numberedTitle reports whether line j can be a document's title with its
// number under it: short, unnumbered, unpunctuated, and the next line a
// 发文字号, or the title again and the issuing body alone before one.
func (p *parser) numberedTitle(j int) bool {
	l := p.lines[j]
	if utf8.RuneCountInString(l.text) > 80 || strings.ContainsAny(l.text, "。，；：:;！？,") || docNumber.MatchString(l.text) || masthead.MatchString(l.text) {
		return false
	}
	if _, ok := l.number(); ok {
		return false
	}
	// A page may print the title again over the number, the issuing
	// body alone between (河北省人民政府).
	for k, seen := p.nonBlank(j+1, 1), 0; k >= 0 && seen < 4; k, seen = p.nonBlank(k+1, 1), seen+1 {
		t := p.lines[k].text
		if docNumber.MatchString(t) {
			return true
		}
		if !sameTitle(t, l.text) && !organ.MatchString(t) {
			return false
		}
	}
	return false
}

// addressedTitle reports whether line j is the title of a document issued
// as itself, unnumbered, over its 主送 line (某县人民政府关于…的意见 / 各乡镇
// 人民政府，县政府各部门：), as a 决定's title (isNoticeTitle) is.
func (p *parser) addressedTitle(j int) bool {
	l := p.lines[j]
	if !strings.Contains(l.text, "关于") || utf8.RuneCountInString(l.text) > 80 || strings.ContainsAny(l.text, "。，；：:;！？,") || docNumber.MatchString(l.text) {
		return false
	}
	if _, ok := l.number(); ok {
		return false
	}
	next, k := p.peek(j + 1)
	return k >= 0 && addressees(next.text)
}

// numberOnly reports whether root holds nothing yet, or only the
// document's number (and its masthead): a title may still come.
func numberOnly(root *plan.Node) bool {
	return !slices.ContainsFunc(root.Children, func(n *plan.Node) bool { return n.Kind != plan.KindNumber && n.Kind != plan.KindMasthead })
}

// isKind returns a test for nodes of kind k.
func isKind(k plan.Kind) func(*plan.Node) bool {
	return func(n *plan.Node) bool { return n.Kind == k }
}
