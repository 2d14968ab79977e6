package dept

import "cmp"

// Department kinds allowed in the registry.
const (
	KindParty      = "party"      // Party organ (区委…部, 区委教育工委)
	KindGovernment = "government" // government department or office
	KindPeople     = "people"     // people's organisation (团区委, 妇联, 残联)
	KindOther      = "other"      // courts, congress, armed forces, enterprises…
)

var kinds = []string{KindParty, KindGovernment, KindPeople, KindOther}

// Entry is one department: a registry entry, or one synthesised for a name
// the registry lacks (Known false, EN empty, Slug in pinyin).
type Entry struct {
	Name       string   `json:"name"`                 // canonical Chinese name as plans write it
	Full       string   `json:"full,omitempty"`       // full official Chinese name
	Aliases    []string `json:"aliases,omitempty"`    // other Chinese forms
	OwnAliases []string `json:"ownAliases,omitempty"` // forms only its own government's plans use (人民银行)
	EN         string   `json:"en,omitempty"`         // official-style English name
	ENAliases  []string `json:"enAliases,omitempty"`  // English forms a searcher may type
	Kind       string   `json:"kind"`
	Scope      string   `json:"scope,omitempty"` // whose plans use the name; "" for every plan
	Slug       string   `json:"slug"`
	Pinyin     string   `json:"pinyin"` // "Qu Jiao Ti Ju": the English fallback
	// ByRule is the English name of a department the registry lacks,
	// made by rule from its Chinese name (englishName), if the rule knows
	// every part of it: a fallback before the pinyin.
	ByRule string   `json:"enByRule,omitempty"`
	Former []string `json:"-"` // slugs it had before: their pages redirect to its page
	Line   int      `json:"-"` // line in the registry file; 0 if synthesised
	Known  bool     `json:"inRegistry"`
	// IsRole is true for the entry of a role a rule assigns duties to
	// (交通运输主管部门,公安机关) when the registry does not say which
	// department holds it (authority.go): Name is the role.
	IsRole bool `json:"role,omitempty"`
	// Group is true for the entry of several bodies a plan names as one
	// (县委宣传部、县文明办; 规划自然资源以及民政主管部门, a group of roles)
	// when the registry lacks the name: its page speaks of them as
	// several.
	Group bool `json:"group,omitempty"`
	// Gov is the government whose department it is: its scope's, or for
	// a synthesised entry the plan's (nil when neither is known).
	Gov *Government `json:"-"`

	base string // a synthesised entry's slug before Departments made it unique
	// alike: another department of its government has its English name
	// (tellApart), and the English says the Chinese name beside.
	alike bool
}

// baseSlug is the slug the entry was given, before Departments told apart
// names of different governments with the same pinyin.
func (e *Entry) baseSlug() string {
	if e.base != "" {
		return e.base
	}
	return e.Slug
}

// NameIn returns the department's name in lang ("zh" or "en"). An entry
// without an English name falls back to the one made by rule, then to its
// pinyin; one made by rule that another department of its government has
// too says its Chinese name beside it (alike.go: District Transport Bureau
// (区交通运输局)).
func (e *Entry) NameIn(lang string) string {
	if lang == "en" {
		if e.alike {
			return e.ByRule + " (" + e.Name + ")"
		}
		return cmp.Or(e.EN, e.ByRule, e.Pinyin)
	}
	return e.Name
}

// FullName is the full official name where it says more than Name, for
// a page to print beside it; "" where the registry repeats the name as
// its full name (各市人民政府) or gives none.
func (e *Entry) FullName() string {
	if e.Full == e.Name {
		return ""
	}
	return e.Full
}

// URL returns the site-absolute path of the department's page in lang.
func (e *Entry) URL(lang string) string {
	return "/" + lang + "/departments/" + e.Slug + "/"
}
