package view

import (
	"fmt"
	"regexp"
	"strings"

	"plansite/generator/cite"
)

// The sentence of a notice issuing its documents is a formula: 现将《X》
// 印发给你们，请认真贯彻执行。, 《X》已经市政府同意，现印发给你们，请结合实际，
// 认真组织实施。 An English page of a plan nobody translated says it in
// English by rule, as it says the notice's title, number and signature:
// the documents as the English titles name them, whose approval the
// notice cites as the departments' rule names the body, and what it asks
// of the addressees, in the words of content/i18n (issuedOne …
// requestInContext). A sentence that says anything more, or names a body
// or a document the rules cannot, stays in Chinese.

var (
	// issuedLead is the formula opening with the act: (经A同意，)现将《X》印发给你们，.
	issuedLead = regexp.MustCompile(`^(?:经(?P<by>[^，。《》]+?)同意，)?现将(?P<docs>《.+》)印发(?:给)?你们，请(?P<context>结合(?:各地)?实际，?)?认真(?P<act>[^，。]+)。$`)
	// issuedAfter is the formula opening with the documents: 《X》(已经A同意，)现印发给你们，.
	issuedAfter = regexp.MustCompile(`^(?P<docs>《.+》)(?:(?:已经|已|业经)(?P<by>[^，。《》]+?)同意，)?现印发(?:给)?你们，请(?P<context>结合(?:各地)?实际，?)?认真(?P<act>[^，。]+)。$`)
	// issuedDoc is one document the formula names.
	issuedDoc = regexp.MustCompile(`《([^《》]+)》`)
)

// issuedActs are the requests the formula ends with, by the keys of their
// English (…One, …Many).
var issuedActs = map[string]string{
	"贯彻执行": "requestImplement", "贯彻落实": "requestImplement", "抓好落实": "requestImplement",
	"抓好贯彻落实": "requestImplement", "执行": "requestImplement", "落实": "requestImplement",
	"组织实施": "requestOrganize", "遵照执行": "requestComply",
}

// issuanceInEnglish is zh, a notice's sentence issuing its documents, in
// the document's language by the formula above, or "".
func (d *Doc) issuanceInEnglish(zh string) string {
	m, re := issuedLead.FindStringSubmatch(zh), issuedLead
	if m == nil {
		m, re = issuedAfter.FindStringSubmatch(zh), issuedAfter
	}
	if m == nil || d.site == nil {
		return ""
	}
	group := func(name string) string { return m[re.SubexpIndex(name)] }
	act := issuedActs[group("act")]
	if act == "" {
		return ""
	}
	docs := issuedDoc.FindAllStringSubmatch(group("docs"), -1)
	if rest := strings.Trim(issuedDoc.ReplaceAllString(group("docs"), ""), "和及、"); rest != "" || len(docs) == 0 {
		return "" // words between the titles the formula does not know
	}
	names := make([]string, len(docs))
	number := "One"
	for i, doc := range docs {
		name := titleNote.ReplaceAllString(doc[1], "") // its years, (试行): the title says them
		k := d.site.Kinds().ofEnd(name)
		if k.Type == "" {
			return ""
		}
		if names[i] = d.docInEnglish(name, k, withArticle(d.issuerName())); !strings.HasPrefix(names[i], "the ") {
			return "" // a kind without its subject says too little
		}
		if strings.HasSuffix(k.EN, "s") {
			number = "Many"
		}
	}
	if len(docs) > 1 {
		number = "Many"
	}
	issued := fmt.Sprintf(d.T("issued"+number), AndList(d.T, names))
	if by := group("by"); by != "" {
		body := d.bodiesName(by) // 市政府, 市委、市政府
		if body == "" {
			return ""
		}
		issued = fmt.Sprintf(d.T("issuedApproved"), body, issued)
	}
	var context string
	if group("context") != "" {
		context = d.T("requestInContext")
	}
	return cite.Capital(issued) + " " + fmt.Sprintf(d.T(act+number), context)
}

// mastheads are the red headers a notice opens with, by what follows the
// body's name, and the keys of their English.
var mastheads = []struct{ zh, key string }{
	{"行政规范性文件", "mastheadNormative"}, {"规范性文件", "mastheadNormative"},
	{"文件", "mastheadDocument"}, {"令", "mastheadOrder"},
}

// mastheadInEnglish is zh, a notice's masthead (重庆市人民政府办公厅行政规范性
// 文件, 明溪县人民政府文件, 江西省人民政府令), in the document's language,
// or "" when its body has no English name.
func (d *Doc) mastheadInEnglish(zh string) string {
	for _, m := range mastheads {
		if body, ok := strings.CutSuffix(zh, m.zh); ok && body != "" {
			if en := d.bodyName(body); en != "" {
				return fmt.Sprintf(d.T(m.key), withArticle(en))
			}
			return ""
		}
	}
	return ""
}

// publicityInEnglish is zh, a notice's note on its publicity in brackets
// ((此件公开发布), （此件主动公开）), in the document's language, or "".
func (d *Doc) publicityInEnglish(zh string) string {
	note := strings.Trim(zh, "（）() ")
	if note == zh {
		return "" // a bare 公开 is a metadata line, not the notice's note
	}
	switch note {
	case "此件公开发布":
		return "(" + d.T("publicityReleased") + ")"
	case "此件主动公开":
		return "(" + d.T("publicityProactive") + ")"
	}
	return ""
}
