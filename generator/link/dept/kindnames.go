package dept

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"plansite/generator/pinyin"
)

// Names by kind, for what plans name that is neither a field's bureau nor
// an ad hoc body (bodykinds.go), each by the kind it is rather than by its
// name: an association of a trade or of its members (破产管理人协会:
// Bankruptcy Administrators Association; 房地产业协会: Real Estate
// Association), a centre of a level whose own words no rule knows, named
// as Chinese proper names are, its words in pinyin before its level and
// kind (省个创中心 of a Jiangxi plan: Jiangxi Provincial Gechuang Center),
// and the companies a plan names by their relation to another (股东或关联公司:
// Shareholders or Affiliated Companies). A field joined to another by 和
// names a body of both (市住房保障和房产局: Municipal Housing Security and
// Real Estate Bureau: fieldEnglish).

// associationMembers are the trades and professions an association
// gathers, beside the fields of workFields.
var associationMembers = map[string]string{"破产管理人": "Bankruptcy Administrators", "律师": "Lawyers",
	"注册会计师": "Certified Public Accountants", "房地产估价师": "Real Estate Appraisers",
	"房地产经纪": "Real Estate Brokerage", "物业管理": "Property Management", "个体劳动者": "Self-Employed Workers",
	"私营企业": "Private Enterprises", "建筑业": "Construction Industry", "房地产业": "Real Estate"}

// associationKinds are the words an association's name ends with.
var associationKinds = []struct{ zh, en string }{{"行业协会", "Industry Association"}, {"协会", "Association"}, {"学会", "Society"}}

// association names an association by its members or field (破产管理人协会
// → Bankruptcy Administrators Association), of a level where one opens
// it (省律师协会 → Provincial Lawyers Association), or returns "".
func association(zh string) string {
	level := ""
	if r, size := utf8.DecodeRuneInString(zh); levelWords[string(r)] != "" {
		level, zh = levelWords[string(r)]+" ", zh[size:]
	}
	for _, k := range associationKinds {
		members, ok := strings.CutSuffix(zh, k.zh)
		if !ok || members == "" {
			continue
		}
		if en := cmp.Or(associationMembers[members], fieldEnglish(members)); en != "" {
			return level + en + " " + k.en
		}
		return ""
	}
	return ""
}

// relations are the parties a plan names by their relation to a company
// (the developer's shareholders, its affiliated companies), plural as a
// rule names them.
var relations = map[string]string{"股东": "Shareholders", "控股股东": "Controlling Shareholders",
	"关联公司": "Affiliated Companies", "关联企业": "Affiliated Enterprises", "母公司": "Parent Companies",
	"子公司": "Subsidiaries", "实际控制人": "Actual Controllers"}

// relationParties names parties by their relation, one or several joined
// by 或 (or), 和 or 及 (and): 股东或关联公司 → Shareholders or Affiliated
// Companies; "" when any part is none.
func relationParties(zh string) string {
	for _, sep := range []struct{ zh, en string }{{"或者", " or "}, {"或", " or "}, {"和", " and "}, {"及", " and "}} {
		if a, b, ok := strings.Cut(zh, sep.zh); ok {
			if ea, eb := relationParties(a), relationParties(b); ea != "" && eb != "" {
				return ea + sep.en + eb
			}
			return ""
		}
	}
	return relations[zh]
}

// properCenter names rest, a centre of the place named place whose own
// words (two characters before 中心, a shortened name) no rule knows, as
// a proper name: the words in pinyin as one word (个创 → Gechuang); ""
// for any other rest. Longer words are a mission in plain words (招商服务,
// investment promotion service), which pinyin would not translate but
// garble (Zhaoshangfuwu): those keep no English name, the Chinese shown.
func properCenter(place, rest string) string {
	words, ok := strings.CutSuffix(rest, "中心")
	if n := utf8.RuneCountInString(words); !ok || place == "" || n != 2 || strings.ContainsFunc(words, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
		return ""
	}
	word := pinyin.Word(pinyin.Readings([]rune(words)))
	if word == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(word)
	return place + " " + strings.ToUpper(string(r)) + word[size:] + " Center"
}

// fieldEnglish is a field of workFields, or two joined by 和 (住房保障和房产:
// Housing Security and Real Estate), in English; "" when any is unknown.
func fieldEnglish(zh string) string {
	if en := workFields[zh]; en != "" {
		return en
	}
	a, b, ok := strings.Cut(zh, "和")
	if !ok || workFields[a] == "" || workFields[b] == "" || strings.Contains(b, "和") {
		return ""
	}
	return workFields[a] + " and " + workFields[b]
}

// everyLevel are the bodies a plan names without a place or a level, as
// it names every such body (党委及其组织部门要…: the Party committees of each
// level and unit), as judicialOrgans are.
var everyLevel = map[string]string{"党委": "CPC Committees", "党组": "Leading Party Members' Groups",
	"党委（党组）": "CPC Committees (Leading Party Members' Groups)"}
