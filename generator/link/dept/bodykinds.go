package dept

import (
	"cmp"
	"strings"
	"unicode/utf8"
)

// More names by rule, for the bodies plans name that are neither a
// field's bureau nor a role: a kind of body the name ends with (救助站
// Relief Station, 检验检测机构 Inspection and Testing Institution, 工作推进小组
// Work Promotion Group), bodies of a kind (各镇（街道）: Towns
// (Subdistricts); 各区房地产交易中心: District Real Estate Trading Centers),
// the departments concerned (区级相关部门: Relevant District Departments), a
// bureau's own bureau (市公安局交通管理局: Traffic Management Bureau of the
// Municipal Public Security Bureau) and a group of bodies joined by 、, 和,
// 及 or 以及, each named (市地震部门和区地震工作主管部门: Municipal Earthquake
// Department and District Competent Earthquake Authority). As elsewhere,
// a name of which any part is unknown keeps its pinyin.

// bodyKinds are kinds of body a name may end with, after a field of
// workFields (房地产交易中心: Real Estate Trading Center), a group of people
// it serves (servedPeople: 流浪乞讨人员救助站, Relief Station for Vagrants
// and Beggars) or nothing (检验检测机构).
var bodyKinds = []struct{ zh, en string }{
	{"救助管理站", "Relief and Administration Station"}, {"救助站", "Relief Station"},
	{"检验检测机构", "Inspection and Testing Institution"}, {"交易中心", "Trading Center"},
	{"工作推进小组", "Work Promotion Group"}, {"工作领导小组", "Work Leading Group"}, {"领导小组", "Leading Group"},
	{"工作专班", "Task Force"}, {"交通管理局", "Traffic Management Bureau"}, {"服务中心", "Service Center"},
}

// servedPeople are the people a body serves, named after its kind.
var servedPeople = map[string]string{"流浪乞讨人员": "Vagrants and Beggars", "残疾人": "Persons with Disabilities",
	"老年人": "Senior Citizens", "未成年人": "Minors", "困难群众": "People in Need"}

// kindBody names zh, a field or people served and a kind of body (without
// a place), or an ad hoc body (adHocBody); else returns "".
func kindBody(zh string) string {
	for _, k := range bodyKinds {
		field, ok := strings.CutSuffix(zh, k.zh)
		switch {
		case !ok:
			continue
		case field == "":
			return k.en
		case workFields[field] != "":
			return workFields[field] + " " + k.en
		case servedPeople[field] != "":
			return k.en + " for " + servedPeople[field]
		}
		break
	}
	return adHocBody(zh)
}

// adHocKinds are the kinds of body a government sets up for a mission
// rather than a field: a joint meeting of its departments, a leading
// group, a task force, a headquarters.
var adHocKinds = []struct{ zh, en string }{
	{"厅际联席会议", "Inter-Departmental Joint Meeting"}, {"部际联席会议", "Inter-Ministerial Joint Meeting"},
	{"部门联席会议", "Inter-Departmental Joint Meeting"}, {"联席会议", "Joint Meeting"},
	{"工作领导小组", "Leading Group"}, {"领导小组", "Leading Group"}, {"工作专班", "Task Force"},
	{"指挥部", "Headquarters"}, {"工作小组", "Working Group"}, {"工作组", "Working Group"},
}

// adHocBody names an ad hoc body (adHocKinds, without a place) by its
// kind: a mission workFields names goes before it (教育工作领导小组:
// Education Leading Group), but a mission in the free words of a plan
// (完善促进消费体制机制厅际联席会议, 推进“三地一区”建设领导小组) no rule
// translates, and the name is its kind alone (Inter-Departmental Joint
// Meeting), where it was the whole name in pinyin: the Chinese name
// beside it on the body's page says which. "" when zh is none.
func adHocBody(zh string) string {
	for _, k := range adHocKinds {
		mission, ok := strings.CutSuffix(zh, k.zh)
		switch {
		case !ok:
			continue
		case workFields[mission] != "":
			return workFields[mission] + " " + k.en
		case mission == "" || !strings.ContainsFunc(mission, isSeparator):
			return k.en
		}
		return ""
	}
	return ""
}

// isSeparator is a character that joins several bodies' names (、, 和
// in 市教育局和市财政局: a list, not a mission); a mission's words
// themselves are free.
func isSeparator(r rune) bool { return r == '、' || r == '，' || r == ',' || r == '；' }

// adHocUnits are the units of an ad hoc body a plan names: its members,
// its lead units, its office.
var adHocUnits = []struct{ zh, en string }{
	{"成员单位", "Member Units of the "}, {"牵头单位", "Lead Units of the "}, {"办公室", "Office of the "},
}

// adHocUnit names a unit of an ad hoc body named by rule (ruleName1):
// 省完善促进消费体制机制厅际联席会议成员单位 → Member Units of the Anhui
// Provincial Inter-Departmental Joint Meeting, 领导小组办公室 → Office of the
// Leading Group; else "".
func adHocUnit(zh string, gov *Government) string {
	for _, u := range adHocUnits {
		body, ok := strings.CutSuffix(zh, u.zh)
		if !ok || body == "" {
			continue
		}
		en := ruleName1(body, gov)
		for _, k := range adHocKinds {
			if strings.HasSuffix(en, k.en) {
				return u.en + en
			}
		}
	}
	return ""
}

// kindLevels are the levels 各 (each) counts bodies of, in English.
var kindLevels = map[string]string{"省": "Provinces", "市": "Cities", "区": "Districts", "县": "Counties",
	"乡": "Townships", "镇": "Towns", "乡镇": "Townships and Towns", "街道": "Subdistricts", "村": "Villages",
	"社区": "Communities", "镇街": "Towns and Subdistricts"}

// levelNote is a level in brackets widening another (各镇（街道）).
var levelNote = strings.NewReplacer("（", "(", "）", ")")

// eachOf names 各 and a kind of body, the bodies of that kind (各镇（街道）
// → Towns (Subdistricts), 各检验检测机构 → Inspection and Testing
// Institutions, 各区房地产交易中心 → District Real Estate Trading Centers), or
// returns "".
func eachOf(zh string, gov *Government) string {
	rest, ok := strings.CutPrefix(zh, "各")
	if !ok || rest == "" {
		return ""
	}
	levels, note, _ := strings.Cut(levelNote.Replace(rest), "(")
	if en := kindLevels[levels]; en != "" {
		if note == "" {
			return en
		}
		if n := kindLevels[strings.TrimSuffix(note, ")")]; n != "" && strings.HasSuffix(note, ")") {
			return en + " (" + n + ")"
		}
		return ""
	}
	if en := ruleName1(rest, gov); en != "" {
		return plural(en)
	}
	if en := kindBody(rest); en != "" {
		return plural(en)
	}
	return ""
}

// plural is a body's English name made plural at its head word, the
// last before " for " or " of ", or its last.
func plural(en string) string {
	head, tail := en, ""
	for _, sep := range []string{" for ", " of "} {
		if i := strings.Index(en, sep); i > 0 && i < len(head) {
			head, tail = en[:i], en[i:]
		}
	}
	switch {
	case strings.HasSuffix(head, "s"):
	case strings.HasSuffix(head, "ity"), strings.HasSuffix(head, "ary"):
		head = strings.TrimSuffix(head, "y") + "ies"
	default:
		head += "s"
	}
	return head + tail
}

// concerned names the departments concerned, of a level and a field that
// may be given (相关部门, 区级相关部门, 有关行业主管部门, 市有关行业部门):
// Relevant Departments, Relevant District Departments, Relevant
// Competent Industry Authorities (concernedKinds); or returns "".
func concerned(zh string) string {
	// 知识产权等有关政府部门: a field and the others concerned.
	for _, sep := range []string{"等有关", "等相关"} {
		if field, rest, ok := strings.Cut(zh, sep); ok && workFields[field] != "" {
			if en := concerned(strings.TrimPrefix(sep, "等") + rest); en != "" {
				return workFields[field] + " and Other " + en
			}
			return ""
		}
	}
	level := ""
	if r, size := utf8.DecodeRuneInString(zh); levelWords[string(r)] != "" {
		level, zh = levelWords[string(r)]+" ", strings.TrimPrefix(zh[size:], "级")
	}
	rest, ok := strings.CutPrefix(zh, "有关")
	if !ok {
		if rest, ok = strings.CutPrefix(zh, "相关"); !ok {
			return ""
		}
	}
	if en := concernedKinds[rest]; en != "" {
		return "Relevant " + level + en
	}
	return ""
}

// concernedKinds are the bodies concerned (有关…, 相关…) by kind.
var concernedKinds = map[string]string{"部门": "Departments", "单位": "Units", "机构": "Institutions",
	"政府部门": "Government Departments", "政府": "People's Governments", "人民政府": "People's Governments",
	"主管部门": "Competent Authorities", "行业部门": "Industry Departments", "行业主管部门": "Competent Industry Authorities"}

// ownBureau names a bureau's own bureau or office (市公安局交通管理局:
// Traffic Management Bureau of the Municipal Public Security Bureau), the
// outer body named by rule, or returns "".
func ownBureau(zh string, gov *Government) string {
	for i := strings.Index(zh, "局"); i > 0; {
		outer, inner := zh[:i+len("局")], zh[i+len("局"):]
		if inner != "" {
			in := cmp.Or(fieldBody(inner), kindBody(inner))
			if out := ruleName1(outer, gov); in != "" && strings.HasSuffix(out, "Bureau") {
				return in + " of the " + out
			}
		}
		j := strings.Index(inner, "局")
		if j < 0 {
			break
		}
		i += len("局") + j
	}
	return ""
}

// groupSeps join the bodies of a group a plan names as one.
var groupSeps = []string{"以及", "、", "和", "及"}

// groupOf names a group of bodies joined by groupSeps, each named by name
// (a role that the last part's suffix completes: 规划自然资源以及民政主管部门 is
// 规划自然资源主管部门 and 民政主管部门), joined by "and"; "" when any part
// has no name.
func groupOf(zh string, name func(string) string) string {
	for _, sep := range groupSeps {
		parts := strings.Split(zh, sep)
		if len(parts) < 2 || strings.Contains(zh, "（") {
			continue
		}
		last := parts[len(parts)-1]
		var ens []string
		for _, p := range parts {
			if p == "" {
				return ""
			}
			en := name(p)
			if en == "" && p != last {
				for _, s := range roleSuffixes {
					if strings.HasSuffix(last, s.zh) && !strings.HasSuffix(p, s.zh) {
						en = name(p + s.zh)
						break
					}
				}
			}
			if en == "" {
				return ""
			}
			ens = append(ens, en)
		}
		if len(ens) == 2 {
			return ens[0] + " and " + ens[1]
		}
		return strings.Join(ens[:len(ens)-1], ", ") + " and " + ens[len(ens)-1]
	}
	return ""
}

// judicialOrgans are the courts and procuratorates a rule names without a
// place (人民法院 shall…): every such organ, not one of the plan's
// government.
var judicialOrgans = map[string]string{"人民法院": "People's Courts", "人民检察院": "People's Procuratorates"}
