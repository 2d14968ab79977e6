package dept

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"plansite/generator/pinyin"
	"plansite/generator/plan"
	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// Government is a government whose departments the registry names, or
// one read from a plan's issuer: the body a registry scope stands for.
// Departments of different governments are different departments, even
// under one name (each county has its 财政局).
type Government struct {
	ID     string `json:"id"`             // the scope of its departments; ASCII
	Name   string `json:"name"`           // the place as an issuer writes it: 淄川区
	Full   string `json:"full,omitempty"` // every level: 山东省淄博市淄川区
	EN     string `json:"en"`             // Zichuan District
	Within string `json:"within,omitempty"`
	// National is true for the country's government, which every
	// government lies within: its ministries (教育部) are every plan's.
	National bool     `json:"national,omitempty"`
	Plans    []string `json:"-"` // plan slugs it issues, whatever their text says
	Line     int      `json:"-"` // line in the registry file; 0 if not declared there
	// Declared is true for a government of the registry, false for one
	// read from an issuer or named only by its departments' scope.
	Declared bool `json:"declared"`
	// Roles are the roles its rules name (交通运输主管部门) and the slug of
	// the department that holds each (authority.go).
	Roles map[string]string `json:"-"`

	roleLines   map[string]int    // a role's line in the registry file
	roleEntries map[string]*Entry // a role's department, once the registry is read
}

// NameIn returns the government's name in lang ("zh" or "en").
func (g *Government) NameIn(lang string) string {
	if lang == "en" {
		return g.EN
	}
	return g.Name
}

// readGovernment reads one "- government: …" mapping of the registry.
func readGovernment(file string, n *yaml.Node, ps *pos.List) *Government {
	g := &Government{Line: n.Line, Declared: true}
	fields(file, n, "government", ps, func(key string, k, v *yaml.Node) {
		switch key {
		case "government":
			g.ID = textfile.Scalar(file, v, key, ps)
			if !slugPattern.MatchString(g.ID) {
				ps.Add(file, v.Line, "government %q: expected lower-case ASCII letters and digits joined by hyphens, as a scope", g.ID)
			}
		case "name":
			g.Name = strings.TrimSpace(textfile.Scalar(file, v, key, ps))
		case "full":
			g.Full = strings.TrimSpace(textfile.Scalar(file, v, key, ps))
		case "en":
			g.EN = strings.TrimSpace(textfile.Scalar(file, v, key, ps))
		case "within":
			g.Within = textfile.Scalar(file, v, key, ps)
		case "plans":
			g.Plans = textfile.List(file, v, key, ps)
		case "national":
			switch textfile.Scalar(file, v, key, ps) {
			case "true":
				g.National = true
			case "false":
			default:
				ps.Add(file, v.Line, "national: expected true or false")
			}
		case "roles":
			readRoles(file, g, v, ps)
		default:
			ps.Add(file, k.Line, "unknown field %q (expected government, name, full, en, within, national, plans, roles)", key)
		}
	})
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for _, f := range []struct{ name, value string }{{"name", g.Name}, {"en", g.EN}} {
		if f.value == "" {
			ps.Add(file, n.Line, "government %q has no %s", g.ID, f.name)
		}
	}
	return g
}

// isGovernment reports whether a registry list item declares a government.
func isGovernment(n *yaml.Node) bool {
	if n.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "government" {
			return true
		}
	}
	return false
}

// linkGovernments checks the declared governments and gives every entry
// its government: a scope no government declares stands for one named by
// the scope.
func (r *Registry) linkGovernments(ps *pos.List) {
	plans := map[string]*Government{}
	for _, g := range r.govList {
		for _, p := range g.Plans {
			if prev := plans[p]; prev != nil {
				ps.Add(r.File, g.Line, "plan %q already issued by government %s (line %d)", p, prev.ID, prev.Line)
			}
			plans[p] = g
		}
		if g.National {
			if r.national != "" {
				ps.Add(r.File, g.Line, "government %s: national, as %s already is: a country has one", g.ID, r.national)
			}
			if g.Within != "" {
				ps.Add(r.File, g.Line, "government %s: national, so within no other", g.ID)
			}
			r.national = g.ID
		}
		if g.Within == "" {
			continue
		}
		if r.govs[g.Within] == nil {
			ps.Add(r.File, g.Line, "government %s: within %q, which the registry does not declare", g.ID, g.Within)
			continue
		}
		seen := map[string]bool{g.ID: true}
		for w := r.govs[g.Within]; w != nil; w = r.govs[w.Within] {
			if seen[w.ID] {
				ps.Add(r.File, g.Line, "government %s: within runs in a circle through %s", g.ID, w.ID)
				break
			}
			seen[w.ID] = true
		}
	}
	for _, e := range r.Entries {
		if e.Scope == "" {
			continue
		}
		if r.govs[e.Scope] == nil {
			// A scope no government declares is one of its own, named
			// by the scope; one a letter off a declared one is a typo,
			// which would leave the department out of its plans.
			for _, g := range r.govList {
				if oneEditApart(e.Scope, g.ID) {
					ps.Add(r.File, e.Line, "%s: scope %q is not declared; did you mean %s (line %d)? If it is another government, declare it (- government: %s)", e.Name, e.Scope, g.ID, g.Line, e.Scope)
				}
			}
			r.govs[e.Scope] = &Government{ID: e.Scope, Name: e.Scope, EN: e.Scope}
		}
		e.Gov = r.govs[e.Scope]
	}
}

// oneEditApart reports whether a and b, different, differ by one letter
// left out, added, changed, or two neighbours swapped (zichaun, zichuan).
func oneEditApart(a, b string) bool {
	if a == b || len(a) > len(b)+1 || len(b) > len(a)+1 {
		return false
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		return a[i+1:] == b[i+1:] || i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case len(a) < len(b):
		return a[i:] == b[i+1:]
	default:
		return a[i+1:] == b[i:]
	}
}

// Government returns the government with the id: declared, named by a
// scope, or nil.
func (r *Registry) Government(id string) *Government { return r.govs[id] }

// GovernmentOf returns the government that issues doc, and how it was
// known ("plans", "issuer", "place", "number", "names", "slug"), or nil and "" when nothing
// tells:
//
//  1. a registry government that lists doc's slug under plans;
//  2. the issuer (发文机关, from the text or the portal page's metadata;
//     each body of a joint issue in turn, with rule 3)
//     when the registry names it: an entry's name, alias or full name
//     (淄川区人民政府) gives the entry's scope;
//  3. the place the issuer begins with (安徽省人民政府办公厅 → 安徽省;
//     北京市西城区教育委员会 → 北京市西城区): the registry government of
//     that name or full name (or whose full name ends with it), else a
//     government of that place, not declared, its id the place in pinyin
//     (安化县 → anhua, 北京市西城区 → beijing-xicheng), within the declared
//     government its leading levels name (安徽省东山县 → within anhui);
//  4. a province's body named by level alone (省政府办公厅): the province
//     its document number's first character names (赣府厅发 → 江西省;
//     provincecode.go);
//  5. the scope that recognises most of doc's responsibility names;
//  6. the place its file name opens with in pinyin, where the issuer names
//     a level alone and the text names that place (slugPlace: 市…办公室 of
//     nanjing-homeless-families-2021, whose text says 南京户籍 → 南京市).
func (r *Registry) GovernmentOf(doc *plan.Document) (*Government, string) {
	for _, g := range r.govList {
		if doc.Slug != "" && slices.Contains(g.Plans, doc.Slug) {
			return g, "plans"
		}
	}
	// A joint issue's bodies in turn: 中共某县委 names no place, 某县人民政府
	// does.
	for _, issuer := range doc.Meta.Issuers() {
		issuer = normalize(issuer)
		if e := r.byIssuer(issuer); e != nil && e.Gov != nil {
			return e.Gov, "issuer"
		}
		if levels := placeLevels(issuer); len(levels) > 0 {
			place := strings.Join(levels, "")
			for _, g := range r.govList {
				if place == g.Name || place == g.Full || (g.Full != "" && strings.HasSuffix(g.Full, place)) {
					return g, "place"
				}
			}
			g := placeGovernment(levels)
			g.Within = r.within(levels)
			return g, "place"
		}
	}
	if g := r.provinceByNumber(doc); g != nil {
		return g, "number"
	}
	if s := r.scopeOf(doc); s != "" {
		return r.govs[s], "names"
	}
	if g := r.slugPlace(doc); g != nil {
		return g, "slug" // slugplace.go
	}
	return nil, ""
}

// within is the declared government that the leading levels of an
// undeclared place name (安徽省东山县 → anhui), or "".
func (r *Registry) within(levels []string) string {
	for k := len(levels) - 1; k > 0; k-- {
		place := strings.Join(levels[:k], "")
		for _, g := range r.govList {
			if place == g.Name || place == g.Full {
				return g.ID
			}
		}
	}
	return ""
}

// byIssuer returns the single scoped entry whose name, alias or full name
// is issuer, or nil.
func (r *Registry) byIssuer(issuer string) *Entry {
	var found *Entry
	for _, e := range r.Entries {
		if e.Scope == "" {
			continue
		}
		if normalize(e.Name) == issuer || normalize(e.Full) == issuer || slices.ContainsFunc(e.Aliases, func(a string) bool { return normalize(a) == issuer }) {
			if found != nil && found.Scope != e.Scope {
				return nil
			}
			found = e
		}
	}
	return found
}

// levelSuffixes are the endings of a place's administrative level, longest
// first, with their English.
var levelSuffixes = []struct{ zh, en string }{
	{"特别行政区", "Special Administrative Region"},
	{"自治区", "Autonomous Region"}, {"自治州", "Autonomous Prefecture"}, {"自治县", "Autonomous County"},
	{"地区", "Prefecture"}, {"省", "Province"}, {"市", ""}, {"州", "Prefecture"}, {"盟", "League"},
	{"县", "County"}, {"区", "District"}, {"旗", "Banner"},
}

// placeLevel is one level of a place at the start of an issuer's name: a
// short name and its level's ending.
var placeLevel = regexp.MustCompile(`^\p{Han}{1,7}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)`)

// placeLevels splits the place an issuer's name begins with into levels:
// 北京市西城区教育委员会 → [北京市 西城区]; nil when it begins with none.
func placeLevels(issuer string) []string {
	rest := strings.TrimPrefix(issuer, "中共")
	var out []string
	for {
		m := placeLevel.FindString(rest)
		if m == "" || strings.HasPrefix(m, "人民") || strings.HasPrefix(m, "自治") {
			// 自治区人民政府: a region's body by its level alone, no
			// place named 自治.
			return out
		}
		if r, _ := utf8.DecodeRuneInString(rest[len(m):]); strings.HasSuffix(m, "市") && r == '场' {
			// 市场 is a market, not a city: 市促进房地产市场平稳健康发展
			// 领导小组办公室 begins with no place.
			return out
		}
		// 福州市 is 福州 and 市 (a city), not 福 and 州; 通州区 is a district.
		if strings.HasSuffix(m, "州") {
			if r, size := utf8.DecodeRuneInString(rest[len(m):]); strings.ContainsRune("市县区", r) {
				m = rest[:len(m)+size]
			}
		}
		out = append(out, m)
		rest = rest[len(m):]
	}
}

// Place is the place an issuer's name begins with, as GovernmentOf reads
// it (北京市西城区教育委员会 → 北京市西城区; 中共明溪县委 → 明溪县), or "".
func Place(issuer string) string { return strings.Join(placeLevels(issuer), "") }

// PlaceEnglish is the English of a place's name by the rule GovernmentOf
// names an undeclared government's place by (杭州市 → Hangzhou, 北京市西城区
// → Xicheng District, Beijing), and false when name is not a place alone.
func PlaceEnglish(name string) (string, bool) {
	levels := placeLevels(name)
	if len(levels) == 0 || strings.Join(levels, "") != name {
		return "", false
	}
	return placeGovernment(levels).EN, true
}

// placeGovernment is the government of a place the registry does not
// declare, named from its levels: 北京市西城区 is beijing-xicheng,
// "Xicheng District, Beijing".
func placeGovernment(levels []string) *Government {
	var ids, ens []string
	for _, l := range levels {
		name, en := l, ""
		for _, s := range levelSuffixes {
			if strings.HasSuffix(l, s.zh) && len(l) > len(s.zh) {
				name, en = strings.TrimSuffix(l, s.zh), s.en
				break
			}
		}
		ids = append(ids, strings.Join(pinyin.Syllables(name), ""))
		// The id and the English read a character as in its place's name
		// (重庆 chongqing, Chongqing), as titles do; the English adds the
		// places whose official name is not their pinyin (Hohhot).
		word := placeWord(name)
		if w, level, ok := prefectureLevel(l); ok {
			word, en = w, level
		}
		if strings.HasSuffix(l, "市") && cityNames[name] {
			en = "City" // 吉林市, apart from 吉林省
		}
		if en != "" {
			word += " " + en
		}
		ens = append([]string{word}, ens...)
	}
	return &Government{ID: strings.Join(ids, "-"), Name: strings.Join(levels, ""), EN: strings.Join(ens, ", ")}
}
