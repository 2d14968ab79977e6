package dept

import (
	"cmp"
	"fmt"
	"strings"
	"unicode/utf8"

	"plansite/generator/plan"
)

// A role named for two fields joined by 和 is one body or two. 发展和改革部门
// is one, its field a department's (workFields). 公安和交通运输部门 is two,
// the public security and the transport departments, as a plan writes
// several departments with one 部门 (groupOf names them so). Hefei's
// land-sale notice prints 住房保障和房产管理部门 beside 市住房保障和房产局:
// the city has a bureau of both fields (its 住房保障和房产管理局), and the
// role is that bureau's, one body. So a role whose two fields joined by 和
// are a bureau's the same plan prints is one body, named by both fields
// (and Administration where the role says 管理: Municipal Housing Security
// and Real Estate Administration Department); where the plan prints no
// such bureau, the fields are each a department's, a group.

// roleInEnglish is roleEnglish's name of a role key, its field also two
// fields of a bureau the plan prints (bureauOfBoth).
func (rs *Resolver) roleInEnglish(key string) string {
	return roleEnglishBy(key, func(field string) string {
		return cmp.Or(knownField(field), rs.bureauOfBoth(field))
	})
}

// knownField is the English of a field of work a role may be named by
// (workFields, roleFields), or "".
func knownField(field string) string {
	return cmp.Or(workFields[field], roleFields[field])
}

// bureauOfBoth is the English of field, two known fields joined by 和, the
// second maybe with 管理 after it (住房保障和房产管理: Housing Security and
// Real Estate Administration), where the plan prints the name of a bureau
// of both fields (市住房保障和房产局); "" otherwise.
func (rs *Resolver) bureauOfBoth(field string) string {
	a, b, ok := strings.Cut(field, "和")
	if !ok || strings.Contains(b, "和") {
		return ""
	}
	admin := ""
	if f, ok := strings.CutSuffix(b, "管理"); ok && knownField(b) == "" {
		b, admin = f, " Administration"
	}
	ea, eb := knownField(a), knownField(b)
	if ea == "" || eb == "" {
		return ""
	}
	joined := a + "和" + b
	for _, n := range rs.names {
		if _, role := roleKey(n); !role && strings.Contains(n, joined) && bureauKind(n[strings.Index(n, joined)+len(joined):]) {
			return ea + " and " + eb + admin
		}
	}
	return ""
}

// bureauKind reports whether rest, what a name prints after its field,
// is a department's kind (局, 管理局, 委员会, 厅), so that the name is one
// department's of that field.
func bureauKind(rest string) bool {
	for _, k := range []string{"局", "管理局", "委员会", "委", "厅"} {
		if rest == k {
			return true
		}
	}
	return false
}

// printedNames are the names doc's responsibility lists print, as
// printed (their leads' and supports').
func printedNames(doc *plan.Document) []string {
	names := []string{}
	if doc != nil {
		doc.Walk(func(n *plan.Node) bool {
			for _, r := range n.Responsibilities() {
				names = append(append(names, r.Lead...), r.Support...)
			}
			return true
		})
	}
	return names
}

// roleEnglishBy is roleEnglish with the English of a field given by field.
func roleEnglishBy(key string, field func(string) string) string {
	// 本级数据资源主管部门: the authority of the level of the bodies
	// concerned, no level of its own.
	key = strings.TrimPrefix(key, "本级")
	if r, size := utf8.DecodeRuneInString(key); levelWords[string(r)] != "" {
		// 县（市）数据资源主管部门: the county's, the level the bracket
		// widens (to county-level cities) named by its first word.
		rest := key[size:]
		rest = rest[len(levelsNote.FindString(rest)):]
		if en := roleEnglishBy(rest, field); en != "" {
			return levelWords[string(r)] + " " + en
		}
	}
	for _, s := range roleSuffixes {
		f, ok := strings.CutSuffix(key, s.zh)
		if en := field(f); ok && en != "" {
			return fmt.Sprintf(s.en, en)
		}
		if ok && f == "" && s.zh == "执法机关" {
			// 执法机关 alone: the law enforcement authority of
			// whatever field the article regulates.
			return strings.TrimSpace(fmt.Sprintf(s.en, ""))
		}
	}
	return ""
}
