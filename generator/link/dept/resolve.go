package dept

import (
	"cmp"
	"strconv"
	"strings"

	"plansite/generator/pinyin"
	"plansite/generator/plan"
)

// Resolver resolves the department names written in one document. It
// knows the document's government (Registry.GovernmentOf), looks names up
// in its scope, and synthesises an entry, with a warning, for a name the
// registry lacks: a department of that government. Resolve records what it
// makes and is for the analysis alone; once the analysis is done, pages and
// exports read the resolver side by side, through Known and Peek, which
// change nothing.
type Resolver struct {
	reg      *Registry
	doc      *plan.Document
	Gov      *Government // nil when nothing tells
	How      string      // how Gov was known: plans, issuer, place, number, names, slug
	Scope    string      // Gov's id, or ""
	unknown  map[string]*Entry
	warned   map[string]bool
	roles    map[string]bool // the roles the plan prints (printedRoles)
	names    []string        // the names its lists print (printedNames)
	Warnings []plan.Warning
}

// NewResolver returns the resolver for doc's names.
func NewResolver(reg *Registry, doc *plan.Document) *Resolver {
	rs := &Resolver{reg: reg, doc: doc, unknown: map[string]*Entry{}, warned: map[string]bool{}}
	// The names and roles the lists print, read now: Peek reads them while
	// pages render side by side, which must not write the resolver.
	rs.names = printedNames(doc)
	rs.roles = printedRoles(rs.names)
	rs.Gov, rs.How = reg.GovernmentOf(doc)
	if rs.Gov != nil {
		rs.Scope = rs.Gov.ID
	}
	return rs
}

// scopeOf returns the scope in which most responsibility names of doc are
// known; a tie or no names at all gives "".
func (r *Registry) scopeOf(doc *plan.Document) string {
	count := map[string]int{}
	doc.Walk(func(n *plan.Node) bool {
		var all []string
		for _, r := range n.Responsibilities() {
			all = append(all, r.All()...)
		}
		for _, name := range all {
			key := normalize(name)
			for scope, names := range r.names {
				if scope != "" && names[key] != nil {
					count[scope]++
				}
			}
		}
		return true
	})
	best, bestN, tie := "", 0, false
	for _, s := range r.Scopes() {
		switch c := count[s]; {
		case c > bestN:
			best, bestN, tie = s, c, false
		case c == bestN && c > 0:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// Resolve returns the entry for a name as written at line of the document.
// A name the registry lacks gets an entry with a pinyin slug and no English
// name but one made by rule, if any (englishName), and a warning naming the
// document's file and line (once per name); a role the registry does not
// say who holds likewise (authority.go), once per role.
func (rs *Resolver) Resolve(name string, line int) *Entry {
	e, name := rs.known(name)
	if e != nil {
		return e
	}
	key := rs.unknownKey(name)
	e = rs.unknown[key]
	if e == nil {
		e = rs.synthesise(key)
		rs.unknown[key] = e
	}
	if !rs.warned[key] && line > 0 {
		rs.warned[key] = true
		msg := rs.roleWarning(e)
		if !e.IsRole {
			english := "with no English name"
			if e.ByRule != "" {
				english = "named " + e.ByRule + " in English by rule"
			}
			msg = "department " + key + " is not in the registry " + rs.reg.File + "; its page is /zh/departments/" + e.Slug + "/ " + english
		}
		rs.Warnings = append(rs.Warnings, plan.Warning{File: rs.doc.File, Line: line, Msg: msg})
	}
	return e
}

// unknownKey is the key of a name the registry lacks: a role's
// (roleKey), the same however its level's government is printed before
// it, and with or without the level of the plan's government (bareRole),
// or the name's, without the 省局 that names the issuer (withinIssuer).
func (rs *Resolver) unknownKey(name string) string {
	if key, ok := roleKey(name); ok {
		return rs.bareRole(key)
	}
	return rs.withinIssuer(normalize(name))
}

// Peek returns the entry for name as Resolve would, without recording
// it or warning: a resolver is only read once the analysis that fed it
// is done, as pages and exports made from it render side by side (the
// issuer the Akoma Ntoso file names, which no responsibility list may
// name, gets the entry Resolve would make, not kept).
func (rs *Resolver) Peek(name string) *Entry {
	e, name := rs.known(name)
	if e != nil {
		return e
	}
	key := rs.unknownKey(name)
	if e := rs.unknown[key]; e != nil {
		return e
	}
	return rs.synthesise(key)
}

// synthesise makes the entry of a name the registry lacks: a department
// of the plan's government with a free pinyin slug; a role's, named in
// English as a role (roleEnglish).
func (rs *Resolver) synthesise(key string) *Entry {
	if _, ok := roleKey(key); ok {
		key = rs.roleName(key) // 州数据资源主管部门 where the plan prints it
	}
	e := &Entry{Name: key, Scope: rs.Scope, Gov: rs.Gov, Pinyin: romanize(key)}
	e.ByRule, e.Kind = englishName(key, rs.Gov)
	if _, ok := roleKey(key); ok {
		e.IsRole, e.ByRule, e.Kind = true, rs.roleInEnglish(key), KindGovernment
	} else if o := rs.reg.Lookup("", key); e.ByRule == "" && strings.HasPrefix(key, "各") && o != nil && o.EN != "" {
		// 各基础电信企业 names the bodies of a kind, not one of a place:
		// another government's entry of the name (the only one) gives
		// its English; the department stays this government's own.
		e.ByRule, e.Kind = o.EN, o.Kind
	}
	if en, kind := rs.unitsOf(key); en != "" {
		// The registry's name of the body beats a rule's, which names
		// an ad hoc body by its kind alone (bodykinds.go).
		e.ByRule, e.Kind = en, kind
	}
	if en := rs.divisionOf(key); e.ByRule == "" && !e.IsRole && en != "" {
		e.ByRule, e.Kind = en, KindGovernment
	}
	if e.ByRule == "" {
		// Bodies of a kind, a group of bodies, or a body of a field or
		// kind printed without its place, the plan's (bodykinds.go).
		e.ByRule = cmp.Or(eachOf(key, rs.Gov), groupOf(key, rs.partEnglish), fieldBody(key), kindBody(key))
		if e.ByRule != "" && !e.IsRole {
			e.Kind = KindGovernment
		}
	}
	if !e.IsRole {
		e.ByRule = rs.WithMission(key, e.ByRule)
	}
	e.Group = rs.isGroup(key)
	e.Slug = rs.freeSlug(rs.slugPrefix() + Slug(key))
	return e
}

// isGroup reports whether key names several bodies (groupOf), not one
// whose name holds a 和 (住房和城乡建设部门, 区教育和体育局).
func (rs *Resolver) isGroup(key string) bool {
	if rs.roleInEnglish(key) != "" || fieldBody(key) != "" {
		return false
	}
	if en, _ := englishName(key, rs.Gov); en != "" {
		return false
	}
	return groupOf(key, rs.partEnglish) != ""
}

// unitNames are the units a body that the registry names may have, which
// plans name by the body's name and a word: its member and lead units (a
// task force's 成员单位, 牵头单位), its office (办公室).
var unitNames = []struct{ zh, en string }{
	{"成员单位", "Member Units of the "},
	{"牵头单位", "Lead Units of the "},
	{"办公室", "Office of the "},
}

// unitsOf is the English of a unit of a body the registry names, whose
// own name, full of the free words of its mission (省十大新兴产业推进组工作专班),
// no rule could translate: 省十大新兴产业推进组工作专班成员单位 → "Member
// Units of the " and the body's English; "" when the name is no such
// unit.
func (rs *Resolver) unitsOf(key string) (en, kind string) {
	for _, u := range unitNames {
		body, ok := strings.CutSuffix(key, u.zh)
		if !ok || body == "" {
			continue
		}
		if e := rs.lookup(body); e != nil && e.EN != "" {
			return u.en + strings.TrimPrefix(e.EN, "the "), e.Kind
		}
	}
	return "", ""
}

// Known returns the registry entry for name, or nil; it never warns.
func (rs *Resolver) Known(name string) *Entry { return rs.lookup(name) }

func (rs *Resolver) lookup(name string) *Entry {
	if e := rs.lookupScoped(name); e != nil {
		return e
	}
	if e := rs.Gov.holder(name); e != nil {
		return e // a role the registry says the department holds
	}
	// "省发展改革委（省能源局）": the body named before the bracket.
	if i := strings.IndexAny(normalize(name), "（"); i > 0 {
		return rs.lookupScoped(normalize(name)[:i])
	}
	return nil
}

// lookupScoped looks name up in the plan's scope, then, for a government
// the registry does not declare, in the one its place lies within (安徽省东山县
// → anhui: its plan's 省教育厅 is Anhui's).
func (rs *Resolver) lookupScoped(name string) *Entry {
	if e := rs.reg.Lookup(rs.Scope, name); e != nil {
		return e
	}
	if g := rs.Gov; g != nil && !g.Declared && g.Within != "" {
		return rs.reg.Lookup(g.Within, name)
	}
	return nil
}

// slugPrefix keeps apart the pages of names the registry lacks in
// different governments (县财政局 of two counties): the government's id,
// or the plan's slug when its government is not known.
func (rs *Resolver) slugPrefix() string {
	switch {
	case rs.Gov != nil && rs.Gov.ID != "":
		return rs.Gov.ID + "-"
	case rs.doc.Slug != "":
		return rs.doc.Slug + "-"
	}
	return ""
}

// freeSlug returns slug, or slug-2, slug-3… when the registry or another
// unknown name already has it.
func (rs *Resolver) freeSlug(slug string) string {
	taken := func(s string) bool {
		if rs.reg.slugs[s] != nil || rs.reg.former[s] != nil {
			return true
		}
		for _, e := range rs.unknown {
			if e.Slug == s {
				return true
			}
		}
		return false
	}
	out := slug
	for i := 2; taken(out); i++ {
		out = slug + "-" + strconv.Itoa(i)
	}
	return out
}

// Slug makes an ASCII slug from a Chinese name, as the registry's
// synthesised entries get: its pinyin syllables joined by hyphens
// ("区教体局" → "qu-jiao-ti-ju"), never percent-encoded; "department" for a
// name with none. Pages of things other than departments (issuers,
// topics) use it so that every URL of the site is readable ASCII.
func Slug(name string) string {
	s := pinyin.Slug(name)
	if s == "" {
		return "department"
	}
	return s
}

// romanize gives the name in pinyin with capitals ("Qu Jiao Ti Ju"), the
// English fallback for a department without an English name.
func romanize(name string) string {
	words := pinyin.Syllables(name)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// ownLevel reads 市本级 in a 市's plan (县本级 in a 县's, 本级 alone) as
// the plan's government itself, 嘉兴市人民政府: the level of the issuing
// government, its own bodies as a whole, which a list names beside the
// counties (（市本级、各县〔市、区〕负责）), not a department of its own;
// another level's 本级 (县本级 in a 市's plan, each county's) and any
// name where the government is not known stay as printed.
func (rs *Resolver) ownLevel(name string) string {
	level := roleLevel(rs.Gov)
	if level == "" {
		return name
	}
	if n := normalize(name); n == "本级" || n == level+"本级" || n == rs.Gov.Name+"本级" {
		return rs.Gov.Name + "人民政府"
	}
	return name
}

// known returns the registry's entry for a name as a plan prints it, or
// nil and the name its page is made under: 本级 and the forms of the
// plan's own government read as the government (ownLevel, ownGovernment),
// these only where the registry lacks the form as printed.
func (rs *Resolver) known(name string) (*Entry, string) {
	name = rs.ownLevel(name)
	if e := rs.lookup(name); e != nil {
		return e, name
	}
	name = rs.ownGovernment(name)
	return rs.lookup(name), name
}

// ownGovernment reads a name of the plan's government the registry lacks
// as its one name, 嘉兴市人民政府: a list names it by its level
// (市政府, 市人民政府) or its place (嘉兴市政府, 浙江省嘉兴市人民政府) as
// readily, and each form was a department page of its own. Any other
// name, or any where the government is not known, stays as printed.
func (rs *Resolver) ownGovernment(name string) string {
	level := roleLevel(rs.Gov)
	if level == "" {
		return name
	}
	n := normalize(name)
	places := []string{level, rs.Gov.Name, rs.Gov.Full}
	for _, p := range []string{rs.Gov.Name, rs.Gov.Full} {
		if levels := placeLevels(p); len(levels) > 1 {
			places = append(places, levels[len(levels)-1]) // 嘉兴市 of 浙江省嘉兴市
		}
	}
	for _, place := range places {
		if place != "" && (n == place+"政府" || n == place+"人民政府") {
			return rs.Gov.Name + "人民政府"
		}
	}
	return name
}

// partEnglish is the English of one body of a group a plan names as one
// (groupOf): the registry's, a role's or the rule's; "" when none.
func (rs *Resolver) partEnglish(p string) string {
	if e := rs.lookup(p); e != nil && e.EN != "" {
		return e.EN
	}
	if key, ok := roleKey(p); ok {
		return rs.roleInEnglish(key)
	}
	en, _ := englishName(p, rs.Gov)
	return cmp.Or(en, eachOf(p, rs.Gov))
}
