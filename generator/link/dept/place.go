package dept

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Places in English names by rule. A department's name opens with its
// place: the plan's government (淄川区卫健委), a level standing for it
// (区发改局), or a place of its own, which is named in pinyin as one word
// with its level apart, as places are in English (合肥市公安局 → "Hefei
// Municipal Public Security Bureau", 安化县税务局 → "Anhua County Tax
// Service"). A place without its level (合肥 of 合肥海关, 安徽 of 安徽证监局)
// is read only before the body of a national administration, which names
// its offices so; bodies named around their place (人行合肥中心支行, a
// national company's 安徽分公司) are read by the forms they take.

// levelAdjective is the English of r where it is a level a place's own
// name may end with (of levelWords, those a 旗, 乡 or 镇 is not), or "".
func levelAdjective(r rune) string {
	if !strings.ContainsRune("省市县区州", r) {
		return ""
	}
	return levelWords[string(r)]
}

// notPlaces are words that open a name but name no place of government:
// a development zone is no district, 各市 no city, 地方 (local) no place.
var notPlaces = []string{"各", "相关", "有关", "开发", "高新", "园", "经济", "工业", "保税", "新区", "直", "地方"}

// candidate is one reading of a name as a place and the body after it.
type candidate struct {
	place, rest string
	bare        bool // place is a name without its level
}

// places reads zh as a place and a body, in order of preference: the
// government's own place, a level, a place's own name with its level,
// then without it.
func places(zh string, gov *Government) []candidate {
	var out []candidate
	if gov != nil && gov.Name != "" && gov.EN != "" && strings.HasPrefix(zh, gov.Name) {
		// A place of several levels is named by its own: 北京市西城区's
		// "Xicheng District, Beijing" makes a "Xicheng District Education
		// Commission", as the district's bodies write it.
		// A province's bodies are "Jiangxi Provincial …", as a level
		// standing for it names them (ownLevel), not "Jiangxi Province …".
		place, _, _ := strings.Cut(gov.EN, ", ")
		if p, ok := strings.CutSuffix(place, " Province"); ok {
			place = p + " Provincial"
		} else if !strings.Contains(place, " ") && strings.HasSuffix(gov.Name, "市") {
			// A city's bodies are "Dongguan Municipal …", as its
			// level standing for it (市发改局, ownLevel) and its
			// government (governmentName) name them, where the one
			// printed with the city's name was "Dongguan … Bureau".
			place += " Municipal"
		}
		out = append(out, candidate{place: place, rest: zh[len(gov.Name):]})
	}
	if r, size := utf8.DecodeRuneInString(zh); levelWords[string(r)] != "" {
		out = append(out, candidate{place: ownLevel(r, gov), rest: zh[size:]})
	}
	rs := []rune(zh)
	for n := 2; n <= 4 && n < len(rs); n++ {
		if name, level := placeName(rs[:n+1]); name != "" && level != "" {
			out = append(out, candidate{place: name + " " + level, rest: string(rs[n+1:])})
		}
	}
	for n := 6; n <= 8 && n < len(rs); n++ {
		// A region's full name is longer (新疆维吾尔自治区教育厅).
		if name, level, ok := regionLevel(string(rs[:n])); ok {
			out = append(out, candidate{place: name + " " + level, rest: string(rs[n:])})
		}
	}
	for n := 2; n <= 4 && n < len(rs); n++ {
		if name, level := placeName(rs[:n]); name != "" && level == "" {
			out = append(out, candidate{place: name, rest: string(rs[n:]), bare: true})
		}
	}
	return out
}

// ownLevel is the place a level word stands for: a province's or a city's
// own name where the plan's government is that province or city (省司法厅 of
// an Anhui plan → "Anhui Provincial", as the registry names Anhui's
// departments), else the level alone ("Provincial"; "District" even in a
// district's plan, as the reference names 区教体局).
func ownLevel(r rune, gov *Government) string {
	if (r == '省' || r == '市') && gov != nil && gov.EN != "" && strings.HasSuffix(gov.Name, string(r)) {
		name, _, _ := strings.Cut(gov.EN, ", ")
		name = strings.TrimSuffix(strings.TrimSuffix(name, " Province"), " City")
		if !strings.Contains(name, " ") {
			return name + " " + levelAdjective(r)
		}
	}
	return levelWords[string(r)]
}

// placeName reads rs as a place's own name: two to four Chinese
// characters and, if the last is a level, the level (安化县 → "Anhua",
// "County"; 合肥 → "Hefei", ""). name is "" when rs cannot be a place.
func placeName(rs []rune) (name, level string) {
	s := string(rs)
	for _, w := range notPlaces {
		if strings.Contains(s, w) {
			return "", ""
		}
	}
	if name, level, ok := regionLevel(s); ok {
		return name, level
	}
	if name, level, ok := prefectureLevel(s); ok {
		return name, level
	}
	if lvl := levelAdjective(rs[len(rs)-1]); lvl != "" && len(rs) > 2 {
		rs, level = rs[:len(rs)-1], lvl
	}
	if string(rs) == "自治" {
		return "", "" // 自治区 is a region's level alone, no place named 自治
	}
	if len(rs) == 2 && rs[1] == '州' && levelAdjective(rs[0]) == "" && (level != "" || len([]rune(s)) == 2) {
		// A place of two characters whose name ends in 州 (赣州, 福州,
		// 袁州区): the 州 is its name's, not a level.
		return placeWord(string(rs)), level
	}
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) || levelAdjective(r) != "" {
			return "", ""
		}
	}
	return placeWord(string(rs)), level
}

// nationalBodies are the offices of national administrations, named by
// their place and kind wherever they are (合肥海关 → "Hefei Customs", 县税务局
// → "County Tax Service", 安徽证监局 → "Anhui Bureau of the China
// Securities Regulatory Commission").
var nationalBodies = map[string]string{
	"海关": "Customs", "税务局": "Tax Service", "气象局": "Meteorological Bureau", "邮政管理局": "Postal Administration",
	"消防救援总队": "Fire and Rescue Corps", "消防救援支队": "Fire and Rescue Detachment", "消防救援大队": "Fire and Rescue Brigade",
	"供电公司": "Power Supply Company", "供电局": "Power Supply Bureau", "交警支队": "Traffic Police Detachment", "交警大队": "Traffic Police Brigade",
	"银保监局": "Bureau of the China Banking and Insurance Regulatory Commission", "银保监分局": "Sub-bureau of the China Banking and Insurance Regulatory Commission",
	"证监局": "Bureau of the China Securities Regulatory Commission", "外汇管理局": "Branch of the State Administration of Foreign Exchange",
	"烟草专卖局": "Tobacco Monopoly Bureau", "地震局": "Earthquake Agency",
	// the National Financial Regulatory Administration's and the border
	// inspection's offices (重庆金融监管局, 重庆边检总站)
	"金融监管局": "Financial Regulatory Bureau", "边检总站": "General Border Inspection Station", "边检站": "Border Inspection Station",
	// a city's fund, named by the city alone (沈阳住房公积金管理中心)
	"住房公积金管理中心": "Housing Provident Fund Management Center",
}

// nationalBody names rest, a national administration's office or a
// national company's branch in place, or returns "".
func nationalBody(place, rest string) string {
	if en := nationalBodies[rest]; en != "" {
		return place + " " + en
	}
	// A level's branch is named by the company's short name (省铁塔公司 →
	// "Provincial Branch of China Tower Corporation"): 中国 dropped.
	if c, ok := strings.CutSuffix(rest, "公司"); ok && companies["中国"+c] != "" {
		return place + " Branch of " + companies["中国"+c]
	}
	return ""
}

// bankKinds are the People's Bank of China's offices by rank.
var bankKinds = []struct{ zh, en string }{{"中心支行", "Central Sub-Branch"}, {"分行", "Branch"}, {"支行", "Sub-Branch"}}

// zones are the development zones a government sets up, longest first.
var zones = []struct{ zh, en string }{
	{"经济技术开发区", "Economic and Technological Development Zone"}, {"高新技术产业开发区", "High-tech Industrial Development Zone"},
	{"经济开发区", "Economic Development Zone"}, {"高新区", "High-tech Zone"}, {"开发区", "Development Zone"},
	// short forms and parks (the Jiangxi portal's list of 64 projects)
	{"经开区", "Economic and Technological Development Zone"}, {"工业园区", "Industrial Park"},
	{"临空区", "Airport Economic Zone"}, {"工业园", "Industrial Park"}, {"产业园", "Industrial Park"}, {"产业基地", "Industrial Base"},
	{"循环经济基地", "Circular Economy Base"}, {"科学城", "Science City"},
}

// zoneIndustries are the industries a park or base may be named for,
// printed between its place and its kind (袁州区医药工业园, 高安市高新技术产业园).
var zoneIndustries = map[string]string{"医药": "Pharmaceutical", "高新技术": "High-tech", "建筑陶瓷": "Architectural Ceramics",
	"铜产业": "Copper Industry"}

// zoneCommittee names a development zone's management committee, the
// body that governs it (开发区管委会 → "Development Zone Management
// Committee", 立山经济开发区管理委员会 → "Lishan Economic Development Zone
// Management Committee"), or returns "".
func zoneCommittee(zh string) string {
	r, ok := strings.CutSuffix(zh, "管委会")
	if !ok {
		if r, ok = strings.CutSuffix(zh, "管理委员会"); !ok {
			return ""
		}
	}
	for _, z := range zones {
		p, ok := strings.CutSuffix(r, z.zh)
		if !ok {
			continue
		}
		if p == "" {
			return z.en + " Management Committee"
		}
		kind := z.en
		for ind, en := range zoneIndustries {
			if q, ok := strings.CutSuffix(p, ind); ok && q != "" {
				p, kind = q, en+" "+z.en
				break
			}
		}
		if outer, inner, ok := strings.Cut(strings.TrimSuffix(p, "）"), "（"); ok && strings.HasSuffix(p, "）") {
			// 鹰潭（贵溪）: a city and, in brackets, the county-level
			// city the base lies in.
			o, _ := placeName([]rune(outer))
			i, _ := placeName([]rune(inner))
			if o != "" && i != "" {
				return o + " (" + i + ") " + kind + " Management Committee"
			}
			return ""
		}
		if rs := []rune(p); len(rs) >= 2 && len(rs) <= 4 {
			if name, level := placeName(rs); name != "" {
				if len(rs) == 4 && level == "" {
					// 南昌小蓝经开区: a city and the zone's own name,
					// two words (Nanchang Xiaolan), not one.
					name = placeWord(string(rs[:2])) + " " + placeWord(string(rs[2:]))
				}
				return name + " " + kind + " Management Committee"
			}
		}
		return ""
	}
	return ""
}

// manyGovernments names the governments of a level a plan addresses
// together (各市人民政府 → "Municipal People's Governments", 相关县政府 →
// "Relevant County People's Governments"), or returns "".
func manyGovernments(zh string) string {
	for _, w := range []struct{ zh, en string }{{"各", ""}, {"相关", "Relevant "}, {"有关", "Relevant "}} {
		r, ok := strings.CutPrefix(zh, w.zh)
		if !ok {
			continue
		}
		lvl, size := utf8.DecodeRuneInString(r)
		if adj := levelAdjective(lvl); adj != "" && (r[size:] == "人民政府" || r[size:] == "政府") {
			return w.en + adj + " People's Governments"
		}
	}
	return ""
}

// companies are the national companies whose branches plans name by
// company and place (中国出口信用保险公司安徽分公司).
var companies = map[string]string{
	"中国出口信用保险公司": "China Export & Credit Insurance Corporation", "中国铁塔股份有限公司": "China Tower Corporation",
	"中国铁塔": "China Tower Corporation", "中国移动": "China Mobile", "中国电信": "China Telecom", "中国联通": "China Unicom",
	"中国邮政": "China Post", "国家电网": "State Grid Corporation of China",
	"中国石油化工股份有限公司": "China Petroleum & Chemical Corporation", "中国石化": "China Petroleum & Chemical Corporation",
}

// bankBranch names an office of the People's Bank of China (人行合肥中心支行
// → "Hefei Central Sub-Branch of the People's Bank of China", 人民银行安化县支行
// → "Anhua County Sub-Branch …") or a national company's branch
// (中国出口信用保险公司安徽分公司 → "Anhui Branch of China Export & Credit
// Insurance Corporation"), or returns "".
func bankBranch(zh string, gov *Government) string {
	for _, bank := range []string{"中国人民银行", "人民银行", "人行"} {
		r, ok := strings.CutPrefix(zh, bank)
		if !ok {
			continue
		}
		for _, k := range bankKinds {
			if p, ok := strings.CutSuffix(r, k.zh); ok {
				if place := branchPlace(p, gov, k.zh != "中心支行"); place != "" {
					return place + " " + k.en + " of the People's Bank of China"
				}
			}
		}
		return ""
	}
	for zhName, en := range companies {
		if r, ok := strings.CutPrefix(zh, zhName); ok {
			if p, ok := strings.CutSuffix(r, "分公司"); ok {
				if place := branchPlace(p, gov, false); place != "" {
					return place + " Branch of " + en
				}
			}
		}
	}
	return ""
}

// servedPlace names a body's department for a place it serves, printed
// after the body (市住房公积金中心安化管理部 → "Anhua Management Department
// of the Municipal Housing Provident Fund Center"), or returns "". The
// body must be named by rule and the place be a place's own name.
func servedPlace(zh string, gov *Government) string {
	r, ok := strings.CutSuffix(zh, "管理部")
	if !ok {
		return ""
	}
	rs := []rune(r)
	for n := 2; n <= 4 && n < len(rs); n++ {
		name, level := placeName(rs[len(rs)-n:])
		if name == "" {
			continue
		}
		if body := ruleName1(string(rs[:len(rs)-n]), gov); body != "" {
			if level != "" && level != "Municipal" {
				name += " " + level
			}
			return name + " Management Department of the " + body
		}
	}
	return ""
}

// branchPlace names p, the place of a branch: the government's, or a
// place's own name, with its level when level is set and the level is
// not a city's (a city's branch is named by the city alone).
func branchPlace(p string, gov *Government, level bool) string {
	if gov != nil && gov.EN != "" && (p == gov.Name || p == gov.Full) {
		place, _, _ := strings.Cut(gov.EN, ", ")
		return place
	}
	rs := []rune(p)
	if len(rs) < 2 || len(rs) > 5 {
		return ""
	}
	name, lvl := placeName(rs)
	if name == "" || !level || lvl == "" || lvl == "Municipal" {
		return name
	}
	return name + " " + lvl
}

// PeoplesGovernment names a people's government in English by its place
// (北京市人民政府 → "Beijing Municipal People's Government", 省政府 →
// "Provincial People's Government"; 北京市西城区人民政府 → "Xicheng District
// People's Government"; 国务院 → "State Council"), as an
// order it issues is cited; "" when zh names no government of one place.
func PeoplesGovernment(zh string) string {
	if zh == "国务院" {
		return "State Council"
	}
	p, ok := strings.CutSuffix(zh, "人民政府")
	if !ok {
		p, ok = strings.CutSuffix(zh, "政府")
	}
	if !ok {
		return ""
	}
	if lvl := levelWords[p]; lvl != "" {
		return lvl + " People's Government"
	}
	if name, level, ok := regionLevel(p); ok {
		return name + " " + level + " People's Government"
	}
	if p == "自治区" {
		return "Autonomous Region People's Government" // as 省人民政府 is Provincial
	}
	if rs := []rune(p); len(rs) >= 3 && len(rs) <= 5 {
		if name, level := placeName(rs); name != "" && level != "" {
			return name + " " + level + " People's Government"
		}
	}
	// A place of several levels (北京市西城区) is named by its last, as
	// GovernmentOf names its government, and so is an autonomous
	// prefecture by its full name (阿坝藏族羌族自治州).
	if levels := placeLevels(p); len(levels) > 0 && strings.Join(levels, "") == p {
		if _, _, auto := prefectureLevel(levels[len(levels)-1]); len(levels) == 1 && !auto {
			return ""
		}
		return governmentName(placeGovernment(levels))
	}
	return ""
}
