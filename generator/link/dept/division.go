package dept

import "strings"

// Divisions of the issuing bureau. A plan a department issues names its
// own divisions to lead tasks (江西省市场监督管理局's measures: 计量处,
// 省局登记注册局, 省局行政许可评审中心), bare or after 省局/市局/县局 ("the
// provincial bureau", the issuer itself). Such a name is named in English
// as a unit of the issuer, by its field and kind (计量处 → "Metrology
// Division of the Jiangxi Provincial Market Regulation Bureau"), where the
// field is one of divisionFields: a division's field alone says nothing of
// whose it is, and only the issuer, a bureau, commission or department of
// the plan's government, tells.

// divisionFields are the fields of work a bureau's divisions are named
// for, in the forms plans print them (the Jiangxi market regulator's
// divisions: the reference has no official names for them, so these
// render the field word for word).
var divisionFields = map[string]string{
	"价监竞争": "Price Supervision and Competition", "信用监管": "Credit Supervision", "登记注册": "Registration",
	"知识产权运用": "Intellectual Property Utilization", "知识产权保护": "Intellectual Property Protection",
	"科技财务": "Science, Technology and Finance", "网监": "Online Market Supervision", "行政审批": "Administrative Approval",
	"行政许可评审": "Administrative Licensing Review", "计量": "Metrology", "标准化": "Standardization",
	"食品协调": "Food Safety Coordination", "特殊食品": "Special Foods", "食品抽检": "Food Sampling Inspection",
	"食品生产": "Food Production", "食品经营": "Food Business", "认监": "Certification and Accreditation Supervision",
	"商标监管": "Trademark Supervision", "执法稽查": "Law Enforcement and Inspection", "特种设备": "Special Equipment",
	"信息": "Information", "办公": "General Affairs", "人事": "Personnel", "法规": "Legal Affairs",
}

// divisionKinds are the kinds of unit a bureau has inside it.
var divisionKinds = []struct{ zh, en string }{{"处", "Division"}, {"局", "Bureau"}, {"中心", "Center"}}

// divisionOf names key as a division of the plan's issuer, or returns "".
func (rs *Resolver) divisionOf(key string) string {
	of, ok := rs.issuingBureau()
	if !ok {
		return ""
	}
	key = rs.withinIssuer(key)
	for _, k := range divisionKinds {
		if field, ok := strings.CutSuffix(key, k.zh); ok && divisionFields[field] != "" {
			return divisionFields[field] + " " + k.en + " of the " + strings.TrimPrefix(of, "the ")
		}
	}
	return ""
}

// issuingBureau is the English (or Chinese) name of the plan's issuer
// where that is a bureau, commission or department of the plan's
// government, whose divisions the plan may name; false where the issuer
// is a government or its office, or unnamed.
func (rs *Resolver) issuingBureau() (string, bool) {
	issuer := rs.doc.Meta.Issuer
	if rs.Gov == nil || issuer == "" {
		return "", false
	}
	rest, of, ok := GovernmentBody(issuer, rs.Gov)
	if !ok || of == "" || strings.Contains(rest, "政府") || !strings.HasSuffix(rest, "局") && !strings.HasSuffix(rest, "厅") && !strings.HasSuffix(rest, "委") {
		return "", false
	}
	if e := rs.lookup(issuer); e != nil && e.EN != "" {
		of = e.EN
	}
	return of, true
}

// withinIssuer is name without the 省局/市局/县局/区局 ("the provincial
// bureau", the issuer itself) a bureau's plan may print before its own
// divisions, where the level is the plan's government's: 省局网监处 and
// 网监处 in the Jiangxi regulator's measures are one division, one page.
// Any other name, or any in a plan no bureau issues, stays as printed.
func (rs *Resolver) withinIssuer(name string) string {
	if _, ok := rs.issuingBureau(); !ok {
		return name
	}
	for _, level := range []string{"省", "市", "县", "区"} {
		if r, ok := strings.CutPrefix(name, level+"局"); ok && r != "" && strings.HasSuffix(rs.Gov.Name, level) {
			return r
		}
	}
	return name
}
