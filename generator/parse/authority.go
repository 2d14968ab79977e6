package parse

import (
	"regexp"
	"strings"
)

// A rule (办法, 规定, 条例) assigns most of its duties to roles, not to
// departments by name: 县级以上人民政府交通运输主管部门负责…, 公安机关负责…,
// 市场监督管理部门按照职责分工负责…. Such a role is read as the subject of
// a duty clause as a department's name is, and kept as printed (the
// level's government before it too): which department holds it is the
// registry's to say (link/dept), not the parser's.

// roleName is a role a duty clause may name as its subject: a field of
// work and a word for an authority (主管部门, 行政部门, 管理部门, 机关,
// 部门), after the government of a level it may name first
// (县级以上人民政府, 区人民政府, 县（市、区）人民政府) or the levels alone
// (县（市）, 州、县（市）).
const roleName = `(?:[\p{Han}、（）()]{1,16}?人民政府|` + levelList + `)?\p{Han}{2,16}?(?:部门|机关)`

// levelWord is a level of government named by its character alone, before
// a role, maybe with the levels it stands for in brackets: 县（市）, 县（市、区）.
const levelWord = `[省市州盟县区旗乡镇](?:[（(][市区县旗、]{1,8}[）)])?`

// levelList is the levels a role of each is named for: 县（市）数据资源主管部门,
// 州、县（市）数据资源主管部门 (the 州's and each county's).
const levelList = levelWord + `(?:、` + levelWord + `)*`

// levelRunRe is the levels a name opens with, one or a run of them (区县,
// as Chongqing names its districts and counties), with the levels they
// stand for in brackets (县（市）, 区县（自治县）).
var levelRunRe = regexp.MustCompile(`^[省市州盟县区旗乡镇]+(?:[（(][市区县旗、自治]{1,8}[）)])?`)

// levelOf is the levels name opens with (levelRunRe), "" where it opens
// with none; a 市 that begins 市场 (市场监管局) is no level.
func levelOf(name string) string {
	own := levelRunRe.FindString(name)
	for i := 0; i < len(own); i += len("市") { // level characters are 3 bytes
		if strings.HasPrefix(name[i:], "市场") {
			return name[:i]
		}
	}
	return own
}

// dutySubjectName is a name a duty clause may open with: a department's,
// or a role's.
const dutySubjectName = `(?:` + deptName + `|` + roleName + `)`

// genericUnit is a generic member of a list of subjects that names units
// rather than departments: 有关单位, 各相关单位, 成员单位.
const genericUnit = `各?(?:有关|相关|其他|其它|成员|责任)单位`

// dutySubjects is the list of subjects a duty clause may open with:
// departments and roles, and generic members among them
// (数据资源主管部门、政务部门应当…, 市公安局、各有关单位负责…), which
// subjectNames leaves out, each maybe after the levels it is named for
// (州、县财政局: withLevels).
const dutySubjects = `(?:` + levelWord + `、)*(?:` + dutySubjectName + `|` + genericUnit + `)(?:、(?:` + levelWord + `、)*(?:` + dutySubjectName + `|` + genericUnit + `))*`

var genericUnitRe = regexp.MustCompile(`^` + genericUnit + `$`)

// subjectNames are the names of the list of subjects list (as printed)
// that hold its duty: every department and role, the generic members
// (有关部门, 政务部门, 各相关单位: genericRole, genericUnit) left out, as
// they name no one. ok is false where the list is no subject's (a name
// holds a word of a sentence) or holds no one but generic members.
func subjectNames(list string) (out []string, ok bool) {
	for _, n := range withLevels(names(list)) {
		switch {
		case sentence(n), opensMeasure(n):
			return nil, false
		case generic(n):
			// 通信管理部门和其他有关部门: the role before the generic
			// tail holds the duty.
			if named, ok := beforeGeneric(n); ok {
				out = append(out, named)
			}
		default:
			out = append(out, n)
		}
	}
	return out, len(out) > 0
}

// withLevels reads a level printed alone in a list of subjects as the
// level of the next name's role: 州、县（市）数据资源主管部门 is
// 州数据资源主管部门 and 县（市）数据资源主管部门. A level before a name
// that opens with no level of its own stays as printed, a name of no
// department.
func withLevels(ns []string) []string {
	var out, levels []string
	for _, n := range ns {
		own := levelOf(simplified(n))
		if own == n {
			levels = append(levels, n)
			continue
		}
		if own == "" {
			out = append(out, levels...)
		}
		for _, l := range levels {
			if own != "" {
				out = append(out, l+n[len(own):])
			}
		}
		out, levels = append(out, n), nil
	}
	return append(out, levels...)
}

// generic reports whether name names no one: a generic role (有关部门) or
// unit (有关单位).
func generic(name string) bool {
	return genericRole(name) || genericUnitRe.MatchString(simplified(name))
}

// subjectRe matches a whole name of a department or a role.
var subjectRe = regexp.MustCompile(`^` + dutySubjectName + `$`)

// beforeGeneric returns the department or role that a generic name joins
// with 和, 及 or 以及 (通信管理部门和其他有关部门 → 通信管理部门): one name
// for names(), which keeps 和 within a name (住房和城乡建设主管部门).
func beforeGeneric(name string) (string, bool) {
	folded := simplified(name)
	for _, w := range []string{"以及", "和", "及"} {
		i := strings.LastIndex(folded, w)
		if i <= 0 || !generic(folded[i+len(w):]) {
			continue
		}
		if before := name[:i]; subjectRe.MatchString(simplified(before)) && !generic(before) {
			return before, true
		}
	}
	return "", false
}

// genericFields are the words before 部门 or 机关 that name no one role but
// any department of a kind: 有关部门, 政务部门 (every department holding
// government data), 数据提供部门, 行业主管部门. A clause of such a
// subject restates a duty of all, which no department page can show.
var genericFields = []string{"有关", "相关", "其他", "其它", "政务", "职能", "责任", "牵头", "配合",
	"提供", "使用", "同级", "上级", "下级", "本级", "业务", "行业", "成员", "直属", "组成", "国家"}

// genericRole reports whether name, a subject roleName matched, is
// generic (genericFields, 各部门, 区直各部门) or a sentence rather than a
// role; a department's name (deptName) never is.
func genericRole(name string) bool {
	name = simplified(name)
	field, ok := strings.CutSuffix(name, "部门")
	if !ok {
		if field, ok = strings.CutSuffix(name, "机关"); !ok {
			return false
		}
	}
	if i := strings.LastIndex(field, "人民政府"); i >= 0 {
		field = field[i+len("人民政府"):]
	}
	for _, s := range []string{"主管", "行政", "管理"} {
		if f, ok := strings.CutSuffix(field, s); ok && f != "" {
			field = f
			break
		}
	}
	if field == "" || strings.Contains(field, "各") {
		return true
	}
	// 州人民政府授权州数据资源主管部门负责: a government's act, whose
	// object holds the duty, is no role's name.
	for _, verb := range []string{"授权", "确定", "指定", "会同", "组织", "设立", "委托", "应当"} {
		if strings.Contains(field, verb) {
			return true
		}
	}
	for _, g := range genericFields {
		if strings.HasSuffix(field, g) {
			return true
		}
	}
	return false
}
