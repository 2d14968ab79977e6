package view

import (
	"strings"

	"plansite/generator/cite"
	"plansite/generator/plan"
	"plansite/generator/translate"
)

// NeedsUnit reports whether the node has words of its own to translate
// (package translate decides: not dates, not empty containers).
func (n *Node) NeedsUnit() bool { return translate.Needs(n.Node) }

// DataURL is the plan's data export in the document's language (see
// exports.go): /data/<slug>.json for the Chinese, /data/<slug>.<lang>.json
// for a translation.
func (d *Doc) DataURL() string { return "/" + DataFile(d, "json", false) }

// DocumentNumber is the 发文字号 in the document's language; a translated
// page shows the Chinese beside it (see templates/partials/meta.html), as
// the number is cited in its Chinese form.
func (d *Doc) DocumentNumber() string {
	return d.wrapperText(plan.KindNumber, d.Meta.DocumentNumber)
}

// NumberInLang is the document number as a page in another language
// than Chinese gives it beside the Chinese: its translation, or the
// number romanized (Chuan Zheng Fa [2022] No. 10); "" when neither is
// known (北京市人民政府令第308号 stays as issued). Every page of the plan
// titles itself with it (PlainTitle): it is worked out once.
func (d *Doc) NumberInLang() string { return d.number() }

// NumberShown is the document number as d's reader is given it in plain
// text (a page's description, its JSON-LD's): romanized on a page in
// another language than the plan's (NumberInLang), else as printed, where
// a description of an English page said 川政发〔2022〕10号 in Chinese.
func (d *Doc) NumberShown() string {
	if d.Lang != SourceLang {
		if n := d.NumberInLang(); n != "" {
			return n
		}
	}
	return d.Meta.DocumentNumber
}

func (d *Doc) makeNumberInLang() string {
	zh := d.Meta.DocumentNumber
	if n := d.DocumentNumber(); n != zh {
		return n
	}
	if r := cite.RomanizeNumber(zh); r != zh {
		return d.orderOfIssuer(r)
	}
	return ""
}

// orderLevels are the levels an order's number may name its government by
// alone (省政府令第223号, as the Jiangxi portal prints it).
var orderLevels = []string{"Provincial", "Municipal", "County", "District", "Autonomous Region"}

// orderOfIssuer is a romanized order's number with its government's name
// where the number names it by its level alone: the plan's one issuer, a
// people's government of that level (Provincial People's Government Order
// No. 223 of Jiangxi's decision is the Jiangxi Provincial People's
// Government Order No. 223); else r.
func (d *Doc) orderOfIssuer(r string) string {
	issuers := d.Issuers()
	if len(issuers) != 1 {
		return r
	}
	for _, lvl := range orderLevels {
		gov := lvl + " People's Government"
		if rest, ok := strings.CutPrefix(r, gov+" Order"); ok && strings.HasSuffix(issuers[0], " "+gov) && !plan.HasHan(issuers[0]) {
			return issuers[0] + " Order" + rest
		}
	}
	return r
}

// TranslatedMeta is the metadata with its prose fields (titles, issuer,
// printer, publicity) in the document's language, for the data export.
// The document number stays as issued: it is an identifier, cited in
// Chinese; the lists (addressees, cc) stay as the Chinese names them.
func (d *Doc) TranslatedMeta() plan.Meta {
	m := d.Meta
	if d.Lang == SourceLang {
		return m
	}
	m.Title = d.givenTitle()
	m.NoticeTitle = d.NoticeTitle()
	m.Issuer = d.Issuer()
	m.Printer = d.Printer()
	m.Publicity = d.Publicity()
	return m
}

// ruleLine is a notice's line that no translator has given, in the
// document's language by rule where the rule knows it, as a date is
// (dateText): the document number romanized (Ming Zheng Gui [2022] No. 6,
// as the page's heading gives it), a signature that names a body by
// its English name (Mingxi County People's Government), the notice's
// title by the rule of English titles, its sentence issuing the
// documents by its formula, its masthead and its publicity note
// (issuance.go), its addressees (addressees.go). Only the page
// shows it: the data exports keep the line pending, as issued.
func (n *Node) ruleLine() (string, bool) {
	if n.Doc.Lang == SourceLang || n.Parent == nil || n.Parent.Kind != plan.KindNotice {
		return "", false
	}
	zh := strings.Join(strings.Fields(n.Node.Text), "")
	var en string
	switch n.Kind {
	case plan.KindNumber:
		// A notice may print its number in brackets under its title
		// (（皖开放办〔2022〕6号）): the number is what is inside.
		num := zh
		for _, b := range [][2]string{{"（", "）"}, {"(", ")"}} {
			if in, ok := strings.CutPrefix(zh, b[0]); ok && strings.HasSuffix(in, b[1]) {
				num = strings.TrimSuffix(in, b[1])
			}
		}
		if r := cite.RomanizeNumber(num); r != num {
			en = n.Doc.orderOfIssuer(r)
			if num != zh {
				en = "(" + en + ")"
			}
		}
	case plan.KindSignature:
		en = n.Doc.englishOf(zh)
	case plan.KindParagraph:
		en = n.Doc.issuanceInEnglish(zh)
	case plan.KindMasthead:
		en = n.Doc.mastheadInEnglish(zh)
	case plan.KindPublicity:
		en = n.Doc.publicityInEnglish(zh)
	case plan.KindAddressees:
		en = n.Doc.addresseesInEnglish(zh)
	case plan.KindTitle:
		if n.Doc.site != nil {
			// The spaces kept: they part joint issuers (中共北京市委办公厅
			// 北京市人民政府办公厅印发…).
			en = n.Doc.ruleTitleOf(n.Node.Text)
		}
	}
	if en == "" || plan.HasHan(en) {
		return "", false
	}
	return en, true
}

// dateText is a date node's text in a translated document: dates need no
// unit, they are written from the ISO date in the reader's language.
func (n *Node) dateText() (string, bool) {
	if n.Kind != plan.KindDate || n.Doc.Lang == SourceLang {
		return "", false
	}
	iso := n.ISODate()
	if iso == "" {
		return "", false
	}
	return longDate(n.Doc.T("dateLong"), iso), true
}
