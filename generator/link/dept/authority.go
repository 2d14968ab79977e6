package dept

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"plansite/generator/parse"
	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// A rule (办法, 规定, 条例) assigns its duties to roles rather than to
// departments by name: 交通运输主管部门负责…, 公安机关负责…; the parser
// keeps the role as the rule prints it, a level's government before it or
// not (县级以上人民政府交通运输主管部门). Which department holds a role is a
// fact of the government, not of the text: its registry entry says so
// (roles:, read by readRoles), and the role's duties are that department's.
// A role it does not say is still a body of the rule's government, one
// and the same in every article, so it is a department of its own, as a
// name the registry lacks is (IsRole, named in English by roleEnglish),
// with a warning saying what to add.

// roleKey is the role a name a rule assigns duties to stands for: the
// name without the government of a level printed before it
// (县级以上人民政府交通运输主管部门 → 交通运输主管部门), and false when the name
// is not a role's, which ends in 部门 or 机关; in simplified characters
// where the name prints traditional ones the parser knows (parse.Simplified).
func roleKey(name string) (string, bool) {
	// 公安機關: a rule in traditional characters names the role the
	// registry names in simplified ones, through the parser's mapping.
	key := parse.Simplified(normalize(name))
	if !slices.ContainsFunc([]string{"部门", "机关"}, func(s string) bool { return strings.HasSuffix(key, s) }) {
		return "", false
	}
	if i := strings.LastIndex(key, "人民政府"); i >= 0 {
		key = key[i+len("人民政府"):]
	}
	// 各有关部门 in a parenthetical names every department concerned, no
	// role.
	if utf8.RuneCountInString(key) < 3 || strings.HasPrefix(key, "各") || strings.Contains(key, "有关") || strings.Contains(key, "相关") {
		return "", false
	}
	return key, true
}

// readRoles reads a government's roles: a mapping of each role, as rules
// name it, to the slug of the department that holds it, which
// linkRoles checks once every department is read.
func readRoles(file string, g *Government, v *yaml.Node, ps *pos.List) {
	g.Roles = map[string]string{}
	g.roleLines = map[string]int{}
	fields(file, v, "roles", ps, func(role string, k, v *yaml.Node) {
		if _, ok := roleKey(role); !ok {
			ps.Add(file, k.Line, "role %q: expected a role as rules name it, ending in 部门 or 机关 (交通运输主管部门, 公安机关), and the slug of the department that holds it", role)
			return
		}
		slug := textfile.Scalar(file, v, "role "+role, ps)
		if slug == "" {
			return
		}
		g.Roles[normalize(role)] = slug
		g.roleLines[normalize(role)] = k.Line
	})
}

// linkRoles checks each declared government's roles against the
// departments: a slug of the registry, of a department of the government
// or of one it lies within (or of every government).
func (r *Registry) linkRoles(ps *pos.List) {
	for _, g := range r.govList {
		g.roleEntries = map[string]*Entry{}
		for _, role := range slices.Sorted(maps.Keys(g.Roles)) {
			slug, line := g.Roles[role], g.roleLines[role]
			e := r.slugs[slug]
			switch {
			case e == nil:
				ps.Add(r.File, line, "role %s of government %s: %q is no department's slug", role, g.ID, slug)
			case !r.Sees(g.ID, e.Scope):
				ps.Add(r.File, line, "role %s of government %s: %s (%s, line %d) is a department of %s, not of %s", role, g.ID, slug, e.Name, e.Line, e.Scope, g.ID)
			default:
				g.roleEntries[role] = e
			}
		}
	}
}

// holder returns the department g's registry entry says holds the role
// name stands for, or nil: the role as written first (an editor may give
// 区人民政府教育行政部门 apart), then without its level's government, then
// without the level or 本 it may open with (a city's rule's 市公安机关,
// 本市公安机关 is its 公安机关).
func (g *Government) holder(name string) *Entry {
	if g == nil || len(g.roleEntries) == 0 {
		return nil
	}
	if e := g.roleEntries[normalize(name)]; e != nil {
		return e
	}
	key, ok := roleKey(name)
	if !ok {
		return nil
	}
	if e := g.roleEntries[key]; e != nil {
		return e
	}
	rest := strings.TrimPrefix(key, "本")
	if r, size := utf8.DecodeRuneInString(rest); levelWords[string(r)] != "" {
		rest = rest[size:]
	}
	return g.roleEntries[rest]
}

// roleWarning is the message of the warning for a role the registry does
// not say who holds: what to add, and where.
func (rs *Resolver) roleWarning(e *Entry) string {
	add := fmt.Sprintf("roles: {%s: <slug of the department that holds it>}", e.Name)
	var where string
	switch g := rs.Gov; {
	case g == nil:
		where = "list the plan under a government's plans: and give that government " + add
	case !g.Declared:
		where = fmt.Sprintf("declare government %s (%s) and give it %s", g.ID, g.Name, add)
	default:
		where = fmt.Sprintf("add to government %s (line %d) %s", g.ID, g.Line, add)
	}
	return fmt.Sprintf("role %s is not resolved by the registry %s: %s; until then its page is /zh/departments/%s/, named %s in English by rule",
		e.Name, rs.reg.File, where, e.Slug, e.NameIn("en"))
}

// roleSuffixes are the words for an authority a role ends with, longest
// first, and the English of a role of a field of work: 交通运输主管部门 is
// the competent transport authority, 教育行政部门 the education
// administrative department, 公安机关 the public security authority.
var roleSuffixes = []struct{ zh, en string }{
	{"主管部门", "Competent %s Authority"}, {"行政部门", "%s Administrative Department"},
	{"监管部门", "%s Regulatory Department"}, {"执法机关", "%s Law Enforcement Authority"},
	{"部门", "%s Department"}, {"机关", "%s Authority"},
}

// roleEnglish names a role in English by the rule of roleSuffixes, its
// field of work one that workFields knows, after the level it may open
// with (州数据资源主管部门 → Prefectural Competent Data Resources
// Authority); "" when the rule does not know the field.
func roleEnglish(key string) string { return roleEnglishBy(key, knownField) }

// levelsNote is the levels a level's word stands for, in brackets after
// it: （市）, （市、区）.
var levelsNote = regexp.MustCompile(`^[（(][市区县旗、]{1,8}[）)]`)

// roleFields are fields of work that rules name roles by and no
// department's name in workFields has (规划自然资源主管部门 in Beijing,
// whose department is the 规划和自然资源委员会).
var roleFields = map[string]string{
	"规划自然资源": "Planning and Natural Resources", "园林绿化": "Landscaping and Greening",
	"消防救援": "Fire and Rescue", "城市管理综合行政执法": "Urban Management and Comprehensive Law Enforcement",
	"卫生": "Health", "文化": "Culture", "旅游": "Tourism", "保密": "State Secrets Protection",
	"房产": "Real Estate", "房地产": "Real Estate",
	// Beijing's guidance on data zones: the bodies it defines as 专区监管部门
	"专区": "Data Zone", "数据专区": "Data Zone",
	// Beijing's rules on earthquake early warning and on place names
	"地震": "Earthquake", "地震工作": "Earthquake", "地名": "Place Names", "地名行政": "Place Names",
	// Beijing's rules on truck scrappage
	"标准化": "Standardization", "标准化行政": "Standardization",
	// Beijing's regulation on the business environment and rules on radio
	"无线电管理": "Radio Administration", "口岸管理": "Port Administration",
	"地方金融管理": "Local Financial Administration", "不动产登记": "Real Estate Registration",
	"行政执法": "Administrative Law Enforcement", "检察": "Procuratorial", "监察": "Supervisory",
}
