package view

import (
	"fmt"
	"regexp"
	"strings"

	"plansite/generator/cite"
	"plansite/generator/plan"
)

// A notice's addressees (主送) are a list in a few shapes: the people's
// governments of levels of place (各市、县（区）人民政府), the departments of
// a government (省政府各部门, 区级各部门), its agencies (各直属机构), the
// relevant units (有关单位, 市直各有关单位), and bodies by name (达州高新区
// 管委会). An English page of a plan nobody translated says the list in
// English where every item has one of these shapes, in content/i18n's
// words (addressee…), and keeps the Chinese where one item says more.

var (
	// addrGovernments are the people's governments of levels: 各县（市）人民政府.
	addrGovernments = regexp.MustCompile(`^各([^各]+?)(?:人民)?政府$`)
	// addrDepartments are a government's departments: 省政府各部门, 市级各部门.
	addrDepartments = regexp.MustCompile(`^(省|市|县|区|州)(?:人民政府|政府|级|直)各(?:部门|委办局)$`)
	// addrRelevant are relevant units: 有关单位, 省有关单位, 市直各有关单位,
	// 市政府有关部门.
	addrRelevant = regexp.MustCompile(`^(?:(省|市|县|区|州)(人民政府|政府|直|级)?)?各?(?:有关|相关)(单位|部门)$`)
	// addrAll are all places of levels, without their governments: 各镇（街道）.
	addrAll = regexp.MustCompile(`^各([^各]+)$`)
	// addrLevel is a level of place, in brackets or not.
	addrLevel = regexp.MustCompile(`自治区|直辖市|自治县|乡镇|县市|区县|街道|[省市州县区旗乡镇]|（|）|\(|\)|、`)
)

// levelKeys are the keys of the levels' English in content/i18n
// (addresseeLevel_市 …), by level; a city in brackets is a county-level
// one (各县（市）人民政府).
var levelKeys = map[string]string{
	"省": "provinces", "自治区": "autonomousRegions", "直辖市": "municipalities", "市": "cities", "州": "prefectures",
	"县": "counties", "区": "districts", "旗": "banners", "乡": "townships", "镇": "towns", "乡镇": "townshipsTowns",
	"街道": "subdistricts", "县市": "countiesCities", "区县": "districtsCounties", "自治县": "autonomousCounties",
}

// ownerKeys name the government whose departments or units are meant.
var ownerKeys = map[string]string{"省": "provincial", "市": "municipal", "县": "county", "区": "district", "州": "prefectural"}

// addresseesInEnglish is zh, a notice's 主送 line, in the document's
// language, or "".
func (d *Doc) addresseesInEnglish(zh string) string {
	zh = strings.TrimRight(zh, "：:")
	var items []string
	for _, group := range strings.FieldsFunc(zh, func(r rune) bool { return r == '，' || r == ',' || r == '；' }) {
		en := d.addresseeInEnglish(group)
		if en == "" {
			// Items a 、 joins, each of a shape: 市政府各部门、各直属机构.
			var parts []string
			for _, p := range strings.Split(group, "、") {
				if en = d.addresseeInEnglish(p); en == "" {
					return ""
				}
				parts = append(parts, en)
			}
			en = strings.Join(parts, d.T("listSep"))
		}
		items = append(items, en)
	}
	if len(items) == 0 {
		return ""
	}
	return cite.Capital(strings.Join(items, d.T("listSep"))) + ":"
}

// addresseeInEnglish is one addressee of a 主送 line in English, or "".
func (d *Doc) addresseeInEnglish(zh string) string {
	switch {
	case zh == "各直属机构" || zh == "各直属单位":
		return d.T("addresseeAgencies")
	case zh == "国务院各部委":
		return d.T("addresseeMinistries")
	}
	if m := addrDepartments.FindStringSubmatch(zh); m != nil {
		return fmt.Sprintf(d.T("addresseeDepartments"), d.T("addresseeGov_"+ownerKeys[m[1]]))
	}
	if m := addrRelevant.FindStringSubmatch(zh); m != nil {
		key := "addresseeRelevantUnits"
		if m[3] == "部门" {
			key = "addresseeRelevantDepartments"
		}
		switch {
		case m[1] == "":
			return d.T(key)
		case strings.HasSuffix(m[2], "政府"):
			return fmt.Sprintf(d.T(key+"Of"), d.T("addresseeGov_"+ownerKeys[m[1]]))
		}
		return fmt.Sprintf(d.T(key+"At"), d.T("addresseeAdj_"+ownerKeys[m[1]]))
	}
	if m := addrGovernments.FindStringSubmatch(zh); m != nil {
		if levels := d.levelsInEnglish(m[1]); levels != "" {
			return fmt.Sprintf(d.T("addresseeGovernments"), levels)
		}
		return ""
	}
	if m := addrAll.FindStringSubmatch(zh); m != nil {
		if levels := d.levelsInEnglish(m[1]); levels != "" {
			return fmt.Sprintf(d.T("addresseeAll"), levels)
		}
		return "" // all of a kind of body: no one body's name
	}
	if en := d.englishOf(zh); en != zh && !plan.HasHan(en) {
		return withArticle(en)
	}
	return ""
}

// levelsInEnglish is a list of levels of place (市、县（区）) in English
// (cities and counties (districts)), or "" when a word is no level.
func (d *Doc) levelsInEnglish(zh string) string {
	if addrLevel.ReplaceAllString(zh, "") != "" {
		return ""
	}
	var out, inner []string
	bracket := false
	for _, w := range addrLevel.FindAllString(zh, -1) {
		switch w {
		case "（", "(":
			bracket, inner = true, nil
		case "）", ")":
			if !bracket || len(out) == 0 || len(inner) == 0 {
				return ""
			}
			out[len(out)-1] += " (" + strings.Join(inner, d.T("listSep")) + ")"
			bracket = false
		case "、":
		default:
			key := levelKeys[w]
			if bracket && w == "市" {
				key = "countyCities" // 县（市）: a city of a county's rank
			}
			if bracket {
				inner = append(inner, d.T("addresseeLevel_"+key))
			} else {
				out = append(out, d.T("addresseeLevel_"+key))
			}
		}
	}
	if bracket || len(out) == 0 {
		return ""
	}
	return AndList(d.T, out)
}
