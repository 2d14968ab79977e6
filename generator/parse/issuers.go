package parse

import (
	"regexp"
	"strings"

	"plansite/generator/plan"
)

// A document may be issued jointly: a Party committee and a government
// (中共某县委 某县人民政府关于…的意见), or several departments
// (某市发展和改革委员会 某市住房和城乡建设局 关于印发…的通知). Each body
// signs on a line of its own over the one date, and Meta.Issuer names them
// all in the printed order, joined by 、 as a citation lists them. A
// document printed without its signatures, as a Party committee and a
// government print their joint 意见 under its title and date, is issued by
// the bodies its title opens with.

// jointSeparator joins the bodies of a joint issuer in Meta.Issuer.
const jointSeparator = plan.IssuerSeparator

var (
	// bodyName is the name of an issuing body standing alone: a
	// government, its office or department, a Party committee (中共某县委)
	// or its office, a zone's committee; a national body signs as a
	// ministry (教育部), an office (审计署), the central bank (中国人民银行)
	// or a people's organization (共青团中央, 全国妇联).
	bodyName = regexp.MustCompile(`^(?:中共中央|国务院|(?:中共)?\p{Han}{1,28}?(?:人民政府|政府|办公厅|办公室|委员会|管委会|委|局|厅|中心|部|署|银行|团中央|妇联|残联|科协|工会))$`)
	// partyAndGovernment is the joint issuer of a Party committee and its
	// government run together in a title (中共某市委办公室某市人民政府办公室).
	partyAndGovernment = regexp.MustCompile(`^(中共\p{Han}{1,12}?委(?:办公室|办公厅)?)(\p{Han}{2,16}?(?:人民政府|政府)(?:办公室|办公厅)?)$`)
	// titleIssuers is the bodies a title opens with, before 关于 or 印发.
	titleIssuers = regexp.MustCompile(`^(.{2,80}?)\s*(?:关于|印发)`)
)

// coSigners returns the line of the last signature when line i opens the
// signatures of a joint document: body names, each on its line, the last
// over a date line; -1 when it does not (one body's signature is read by
// the line over the date alone).
func (p *parser) coSigners(i int) int {
	if !bodyName.MatchString(squeezeSpace(p.lines[i].text)) {
		return -1
	}
	for {
		next, k := p.peek(i + 1)
		switch {
		case k < 0:
			return -1
		case next.isDate():
			return i
		case !bodyName.MatchString(squeezeSpace(next.text)):
			return -1
		}
		i = k
	}
}

// jointIssuer is the issuer the signatures among n's siblings give: each
// body that signs, joined in the printed order.
func jointIssuer(n *plan.Node) string {
	if n.Parent == nil {
		return n.Text
	}
	var names []string
	for _, c := range n.Parent.Children {
		if c.Kind == plan.KindSignature && !signer.MatchString(squeezeSpace(c.Text)) && !elided(c.Text) {
			names = append(names, strings.TrimSpace(sealNote.ReplaceAllString(c.Text, "")))
		}
	}
	return strings.Join(names, jointSeparator)
}

// sealNote is what a signature adds after the body's name when another's
// seal stands in for its own (省某某联席会议（代章）): not part of the name.
var sealNote = regexp.MustCompile(`\s*[（(]\s*代章\s*[）)]$`)

// issuersOfTitle is the issuer a title names before 关于 or 印发 — one body
// or several, spaced apart or a Party committee run into its government —
// or "" when what opens the title is not bodies' names.
func issuersOfTitle(title string) string {
	m := titleIssuers.FindStringSubmatch(title)
	if m == nil {
		return ""
	}
	names := strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\u00a0' || r == '、' })
	if len(names) == 1 {
		if pg := partyAndGovernment.FindStringSubmatch(names[0]); pg != nil {
			names = pg[1:]
		}
	}
	for _, n := range names {
		if !bodyName.MatchString(n) {
			return ""
		}
	}
	return strings.Join(names, jointSeparator)
}

// splitSideBySide gives each body a line of its own where a joint
// document's signatures are set side by side, two or three to a line
// spaced apart (沈阳市房产局      沈阳市公安局), over the one date: every line
// of the block holds bodies' names alone, the last over the date may be
// one the line over a date signs with (a 中心), and one line at least
// holds two. The names become lines in their printed order, each read as a
// signature (coSigners).
func (p *parser) splitSideBySide() {
	for i := 0; i < len(p.lines); i++ {
		end, wide := p.sideBySide(i)
		if end < 0 || !wide {
			continue
		}
		var out []line
		for _, l := range p.lines[i:end] {
			if l.blank() {
				out = append(out, l)
				continue
			}
			rest := l.raw
			for _, name := range strings.Fields(l.raw) {
				k := strings.Index(rest, name)
				out = append(out, line{n: l.n, raw: rest[:k+len(name)], text: name})
				rest = rest[k+len(name):]
			}
		}
		p.lines = append(p.lines[:i], append(out, p.lines[end:]...)...)
		i += len(out) - 1
	}
}

// sideBySide returns the index of the date line that closes a block of
// signatures opening at line i, and whether a line of it holds several
// names; -1 when line i opens none.
func (p *parser) sideBySide(i int) (int, bool) {
	wide := false
	for j := i; j < len(p.lines); j++ {
		l := p.lines[j]
		if l.blank() {
			continue
		}
		if l.isDate() {
			return j, wide && j > i
		}
		names := strings.Fields(l.raw)
		if len(names) > 3 || l.tabbed() || tabSeparated(l) {
			return -1, false
		}
		for _, name := range names {
			if !bodyName.MatchString(name) {
				return -1, false
			}
		}
		wide = wide || len(names) > 1
	}
	return -1, false
}
