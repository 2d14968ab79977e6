// Package dept knows the departments a plan names: the registry of
// content/departments.yaml (Entry, Registry) with the governments whose
// departments they are (Government), the resolution of the names a plan
// writes against it (Resolver, with a pinyin entry and a warning for a
// name the registry lacks), who leads and supports which task
// (Responsibilities, Assignment, Roles), the departments index across
// plans (Departments) and the responsibility matrix (Matrix, drawn as SVG).
// It is a pure function of a parsed *plan.Document and the registry.
//
// # Department registry (content/departments.yaml)
//
// A YAML list, one mapping per department:
//
//	# content/departments.yaml
//	- name: 区教体局                 # canonical Chinese name as plans write it (required)
//	  full: 淄川区教育和体育局         # full official name
//	  aliases: [区教育和体育局, 教育局]  # other Chinese forms, resolved like the name
//	  en: District Education and Sports Bureau   # English name (required)
//	  en_aliases: [Education Bureau] # English forms a searcher may type
//	  kind: government               # party | government | people | other
//	  scope: zichuan                 # the government whose department it is; omit for all plans
//	  slug: education-sports-bureau  # ASCII, lower case, hyphens; unique in the file
//	  former: [zichuan-qu-jiao-ti-ju] # slugs it had before; their pages redirect
//
// and one mapping per government, a scope with a name:
//
//	# content/departments.yaml
//	- government: zichuan            # the scope (required)
//	  name: 淄川区                    # the place as an issuer writes it (required)
//	  full: 山东省淄博市淄川区          # every level
//	  en: Zichuan District           # (required)
//	  within: shandong               # a Zichuan plan's 省教育厅 is Shandong's
//	  plans: [some-plan]             # plans it issues, whatever their issuer says
//	  national: true                 # the country's government, which every government lies within
//	  roles:                         # roles its rules name → the slug of the department holding each
//	    教育行政部门: education-sports-bureau
//	    公安机关: zichuan-public-security-bureau
//
// Names and aliases are unique within a scope (the same short name, 省教育厅,
// is a different body in Shandong and Anhui); a scope no government
// declares stands for a government named by the scope. Slugs and former
// slugs are unique across the file.
//
// # Governments
//
// A plan's government (Registry.GovernmentOf) is the registry government
// listing it under plans; else its issuer's (发文机关, as the text prints it
// or the portal page's metadata gives it): the government of the registry
// department whose name, alias or full name the issuer is (淄川区人民政府),
// or the government of the place the issuer begins with (安徽省人民政府办公厅
// → 安徽省, by name, full name or the end of a full name); a place the
// registry does not declare is a government all the same (安化县 → anhua,
// "Anhua County"; 北京市西城区 → beijing-xicheng); else the scope that
// recognises most of the plan's responsibility names. content/works.yaml's
// jurisdiction is not read: it describes a plan for schema.org in free
// text, and the analysis stays a function of the plan and the registry.
//
// A name resolves in the plan's scope, then in the governments that scope
// lies within, then in the national government's (the one declared
// national: true, which every government lies within: 教育部 is the country's
// in any plan), then among entries without scope. Departments of different
// governments are different departments (Departments merges by slug), even
// under one name: 县财政局 of two counties is two unless the registry says it
// is one (an entry of a government both lie within, or without scope). A
// name the registry lacks gets an entry of the plan's government, with a
// slug of the government's id and the name's pinyin (区宇航局 of zichuan →
// zichuan-qu-yu-hang-ju; the plan's slug stands in for an unknown
// government), no English name (NameIn("en") falls back to the pinyin) and
// a warning at the plan's file:line. Department pages live at
// /<lang>/departments/<slug>/; when the registry adds such a department,
// listing the pinyin slug under former keeps its page's address working.
//
// # Duties of roles
//
// A rule (办法, 规定, 条例) assigns duties to roles rather than to named
// departments (交通运输主管部门负责…, 公安机关负责…), which the parser reads
// as names. A name ending in 部门 or 机关 that the registry does not name is
// a role; the government's roles: say which department holds it, checked
// when the registry is read (a role's form, a slug of a department of the
// government or of one it lies within, each at its line). A role so
// resolved is that department's, with the lead or support the rule gives
// it, on its page, in the matrix and the exports, under the role's name
// as printed. A level's government printed before the role
// (县级以上人民政府教育行政部门) is the same role, unless roles: lists the
// longer form apart. Only the plan's own government's roles count, not
// those of a government it lies within: a district's rule naming 教育行政部门
// means the district's.
//
// A role the registry does not resolve is a department of its own (IsRole),
// as a name the registry lacks is: one page per role and government
// (/<lang>/departments/<government>-<pinyin>/), named in English by rule
// as a role (交通运输主管部门 → Competent Transport Authority, 公安机关 →
// Public Security Authority, 教育行政部门 → Education Administrative
// Department; the pinyin where the field is unknown), with one warning at
// the plan's file:line saying what to add to which government. A page
// rather than a warning alone: within one government a role is one body,
// the same in every article, and a citizen reading the rule wants its
// duties together, as for any department; the page says the registry has
// not said which department it is. The role printed with the level of the
// plan's government before it and without (州数据资源主管部门 and
// 数据资源主管部门 in a 州's rule, both printed) is one role and one page,
// named by the fuller form: a rule speaks of its own government's bodies,
// so the bare form is that level's; another level's role (县数据资源主管部门)
// is another body, and a plan whose government is unknown merges none
// (roleform.go). Rules name roles generically, but
// generic subjects (有关部门, 政务部门) are never read as roles: the parser
// leaves them unread.
//
// # Roles
//
// A responsibility list (plan.Responsibility) names a lead and supporting
// departments. A task is a node with a list, key projects apart; it is
// grouped under its parent (section, part or table) on department pages
// and in the matrix. Counts tell tasks and key projects led and supported.
package dept

import "plansite/generator/plan"

// Responsibilities is who is responsible for what in one document: the
// departments each responsibility list names, resolved against the
// registry, and what follows from them.
type Responsibilities struct {
	Doc         *plan.Document
	Resolver    *Resolver
	Tasks       []*plan.Node  // nodes with a responsibility list, key projects excluded, in document order
	Departments []*Department // this document's departments, by load
	Matrix      *Matrix

	assignments map[*plan.Node][]Assignment
}

// Assign resolves the responsibility lists of doc against reg.
func Assign(doc *plan.Document, reg *Registry) *Responsibilities {
	r := &Responsibilities{Doc: doc, Resolver: NewResolver(reg, doc), assignments: map[*plan.Node][]Assignment{}}
	doc.Walk(func(n *plan.Node) bool {
		// The closing list first, so its lead is the node's (Lead) and
		// Segments finds its names in Resp.Raw; then the lists printed
		// inside the text.
		var lists []*plan.Responsibility
		if n.Resp != nil {
			lists = append(lists, n.Resp)
		}
		lists = append(lists, n.Inline...)
		if len(lists) == 0 {
			return true
		}
		for _, l := range lists {
			for _, name := range l.Lead {
				r.assignments[n] = append(r.assignments[n], Assignment{Dept: r.Resolver.Resolve(name, n.Line), Role: RoleLead, Written: name})
			}
			for _, name := range l.Support {
				r.assignments[n] = append(r.assignments[n], Assignment{Dept: r.Resolver.Resolve(name, n.Line), Role: RoleSupport, Written: name})
			}
		}
		if n.Kind != plan.KindProject {
			r.Tasks = append(r.Tasks, n)
		}
		return true
	})
	r.Departments = Departments(r)
	r.Matrix = r.matrix()
	return r
}

// Responsible returns the departments named in n's responsibility list, the
// lead first, or nil when n has no list.
func (r *Responsibilities) Responsible(n *plan.Node) []Assignment { return r.assignments[n] }

// Lead returns the department that leads n: the first lead of n's own list
// or of its nearest ancestor with one; failing a lead, the first department
// named. It returns nil when no list covers n.
func (r *Responsibilities) Lead(n *plan.Node) *Entry {
	for m := n; m != nil; m = m.Parent {
		as := r.assignments[m]
		if len(as) > 0 {
			return as[0].Dept
		}
	}
	return nil
}

// Department returns this document's department with the slug, or nil.
func (r *Responsibilities) Department(slug string) *Department {
	for _, d := range r.Departments {
		if d.Slug == slug {
			return d
		}
	}
	return nil
}
