package dept

import (
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// A province's portal prints its documents' issuer by level alone
// (省政府办公厅, 省粮食和物资储备局: the Jiangxi portal's metadata), which
// names no place; the document number does, by the one-character name
// every province's documents open with (赣府厅发〔2020〕7号: 赣, Jiangxi).
// Read only where the issuer is a province's, an autonomous region's or
// a municipality's (opens with 省, 自治区 or 市), and the number's character
// names one of that level: a county's number opens with its own short name, which may be a
// province's too (川政发 of 淄川区, not Sichuan).

// provinceCodes are the provinces, autonomous regions and municipalities
// by the character their documents' numbers open with.
var provinceCodes = map[rune]string{
	'冀': "河北省", '晋': "山西省", '辽': "辽宁省", '吉': "吉林省", '黑': "黑龙江省", '苏': "江苏省", '浙': "浙江省",
	'皖': "安徽省", '闽': "福建省", '赣': "江西省", '鲁': "山东省", '豫': "河南省", '鄂': "湖北省", '湘': "湖南省",
	'粤': "广东省", '琼': "海南省", '川': "四川省", '黔': "贵州省", '云': "云南省", '陕': "陕西省", '甘': "甘肃省",
	'青': "青海省", '蒙': "内蒙古自治区", '桂': "广西壮族自治区", '藏': "西藏自治区", '宁': "宁夏回族自治区", '新': "新疆维吾尔自治区",
	// The municipalities directly under the central government, whose
	// bureaus print themselves 市… (沪建房管联〔2024〕58号: 市房屋管理局).
	'京': "北京市", '津': "天津市", '沪': "上海市", '渝': "重庆市",
}

// provinceByNumber is the government of the province doc's number names
// when its issuer names a province's body by level alone, or nil: the
// registry's government of that province, else one made of its name.
func (r *Registry) provinceByNumber(doc *plan.Document) *Government {
	level := ""
	for _, l := range []string{"省", "自治区", "市"} {
		if strings.HasPrefix(normalize(doc.Meta.Issuer), l) {
			level = l
		}
	}
	code, _ := utf8.DecodeRuneInString(strings.TrimSpace(doc.Meta.DocumentNumber))
	province := provinceCodes[code]
	if level == "" || !strings.HasSuffix(province, level) {
		return nil
	}
	for _, g := range r.govList {
		if g.Name == province || g.Full == province {
			return g
		}
	}
	levels := placeLevels(province)
	if strings.Join(levels, "") != province {
		return nil
	}
	return placeGovernment(levels)
}

// provinceCity is the province's and the city g's names without their
// levels that zh opens with, as a city's centre styles itself (安徽合肥公共资源交易中心,
// the Hefei land-sale announcement's issuer: Hefei's 公共资源交易中心), or "".
func provinceCity(zh string, g *Government) string {
	city, ok := strings.CutSuffix(g.Name, "市")
	if !ok || city == "" {
		return ""
	}
	for _, p := range provinceCodes {
		if prov, ok := strings.CutSuffix(p, "省"); ok && strings.HasPrefix(zh, prov+city) {
			return prov + city
		}
	}
	return ""
}
