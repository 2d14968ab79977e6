package view

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"plansite/generator/link/dept"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// The metadata accessors give each field in the document's language: the
// Chinese from the parsed wrapper, the English from the wrapper's units.

// Issuer is the issuing authority (发文机关): Issuers as a sentence lists
// them (某县委、某县人民政府; A and B).
func (d *Doc) Issuer() string { return AndList(d.T, d.Issuers()) }

// Issuers are the bodies that issue the document (plan.Meta.Issuers), each
// in the document's language: its signature's translation, else, on a
// page in another language, the registry's English name (as the library's
// issuer filter names it), else a body of the plan's government named in
// English by rule (dept.GovernmentBody: 淄川区人民政府 → Zichuan District
// People's Government, 北京市市场监督管理局 → Beijing Municipal Market
// Regulation Bureau), or a unit of a body the registry names (the office of a task
// force: dept's unitsOf), else the Chinese. They are worked out once per
// view; each caller has its own copy.
func (d *Doc) Issuers() []string { return slices.Clone(d.issuers()) }

func (d *Doc) makeIssuers() []string {
	bodies := d.Meta.Issuers()
	if d.Lang == SourceLang {
		return bodies
	}
	out := make([]string, len(bodies))
	for i, zh := range bodies {
		s := zh
		if len(bodies) == 1 {
			// One body signs once or twice (the notice, the plan): the
			// first signature translated names it.
			s = d.wrapperText(plan.KindSignature, zh)
		} else if n := d.signedBy(zh); n != nil {
			s = n.Line()
		}
		if s == zh {
			s = d.englishOf(zh)
		}
		out[i] = s
	}
	return out
}

// englishOf is a body's name in English as the registry names it, else
// as the departments' rule names a body of the plan's government or a
// unit of a body the registry names; else zh.
func (d *Doc) englishOf(zh string) string {
	a := d.Analysis()
	if a == nil || a.Resolver == nil {
		return zh
	}
	if e := a.Resolver.Known(zh); e != nil && e.EN != "" {
		return e.EN
	} else if _, en, _ := dept.GovernmentBody(zh, a.Resolver.Gov); en != "" {
		return a.Resolver.WithMission(zh, en) // a leading group's office of the government
	} else if e := a.Resolver.Peek(zh); e.ByRule != "" {
		return e.ByRule // the office of a task force the registry names
	}
	return zh
}

// signedBy is the translated signature of body zh among the wrapper's, or
// nil.
func (d *Doc) signedBy(zh string) *Node {
	for c := range d.wrapperNodes(plan.KindSignature) {
		if c.Text == zh && c.Translated() {
			return c
		}
	}
	return nil
}

// NoticeTitle is the title of the issuing notice.
func (d *Doc) NoticeTitle() string { return d.wrapperText(plan.KindTitle, d.Meta.NoticeTitle) }

// Addressees is the 主送 line without its colon.
func (d *Doc) Addressees() string {
	return strings.TrimRight(d.wrapperText(plan.KindAddressees, strings.Join(d.Meta.Addressees, "，")), "：:")
}

// CC is the 抄送 list.
func (d *Doc) CC() string {
	return strings.TrimRight(d.wrapperText(plan.KindCC, strings.Join(d.Meta.CC, "，")), "。.")
}

// Printer is the printing office (印发机关).
func (d *Doc) Printer() string { return d.wrapperText(plan.KindPrinter, d.Meta.Printer) }

// Publicity is 公开属性: as the plan prints it in Chinese, in another
// language content/i18n's publicityPublic.
func (d *Doc) Publicity() string {
	if d.Lang == SourceLang {
		return d.Meta.Publicity
	}
	return d.T("publicityPublic")
}

// wrapperText is the first translated wrapper node of kind k in the
// document's language, or zh when the document is Chinese or no such node
// is translated.
func (d *Doc) wrapperText(k plan.Kind, zh string) string {
	if d.Lang == "zh" {
		return zh
	}
	for c := range d.wrapperNodes(k) {
		if c.Translated() {
			return c.Line()
		}
	}
	return zh
}

// wrapperNodes are the wrapper's nodes of kind k in document order: at
// the top or in the notice or the conclusions, as a plan may carry several
// signatures (the notice's and the plan's).
func (d *Doc) wrapperNodes(k plan.Kind) iter.Seq[*Node] {
	return func(yield func(*Node) bool) {
		for _, n := range d.Nodes {
			cands := []*Node{n}
			if n.Kind == plan.KindNotice || n.Kind == plan.KindConclusions {
				cands = n.Children
			}
			for _, c := range cands {
				if c.Kind == k && !yield(c) {
					return
				}
			}
		}
	}
}

// headingLevel is the node's heading level on page p, which may be nil.
func (n *Node) headingLevel(top *Node) int {
	l := 2 + n.Depth()
	if top != nil {
		l = 1 + n.Depth() - top.Depth()
	}
	if n.Kind == plan.KindPreamble {
		l = 2
	}
	return min(l, 6)
}

// ISODate is the date of a date node as YYYY-MM-DD.
func (n *Node) ISODate() string {
	s := strings.TrimSuffix(n.Node.Text, "印发")
	return parse.ISODate(s)
}

// PortalMeta is the portal metadata (索引号, 主题分类, 发布日期, 有效性),
// in the document's language; empty fields are not shown. Editors give it
// in content/works.yaml; what works.yaml leaves out is taken from the seed
// (a portal page's metadata table, read by package source).
type PortalMeta struct {
	Index, Subject, Published, Validity string
}

// Portal returns the document's portal metadata.
func (d *Doc) Portal() PortalMeta {
	w := d.work()
	pm := PortalMeta{Index: cmp.Or(w.Index, d.Meta.Index), Subject: w.Subject[d.Lang], Published: cmp.Or(w.Published, d.Meta.Published)}
	if pm.Subject == "" && d.Lang == "zh" {
		// The seed's subject is Chinese; an English page shows works.yaml's.
		pm.Subject = d.Meta.Subject
	}
	switch validity := cmp.Or(w.Validity, validityOf(d.Meta.Validity)); {
	case validity != "":
		pm.Validity = d.T(validity)
	case d.Lang == "zh":
		pm.Validity = d.Meta.Validity
	}
	return pm
}

// validityOf reads 有效性 as portals print it into works.yaml's values:
// valid, expired or repealed; "" when it is none of them.
func validityOf(s string) string {
	switch strings.TrimSpace(s) {
	case "是", "有效", "现行有效", "生效":
		return "valid"
	case "否", "失效", "已失效", "无效":
		return "expired"
	case "废止", "已废止":
		return "repealed"
	}
	return ""
}
