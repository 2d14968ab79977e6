package dept

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// Registry is the department registry, content/departments.yaml.
type Registry struct {
	File    string
	Entries []*Entry
	names   map[string]map[string]*Entry // scope → name or alias → entry
	own     map[string]map[string]*Entry // scope → own alias → entry
	slugs   map[string]*Entry
	former  map[string]*Entry // a retired slug → the entry that had it
	govs    map[string]*Government
	govList []*Government // declared, in file order
	// national is the scope of the national government, which every
	// scope lies within, or "".
	national string
	// Missions says an ad hoc body's mission in English (mission.go);
	// nil: the body is named by its kind alone.
	Missions MissionWords
}

// slugPattern is an ASCII slug: lower-case words joined by single hyphens.
var slugPattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// Load reads and validates the registry file name of fsys.
func Load(fsys fs.FS, name string) (*Registry, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	return ParseRegistry(name, data)
}

// ParseRegistry reads and validates a registry held in data; file names it
// in messages. All problems are reported together as a pos.List.
func ParseRegistry(file string, data []byte) (*Registry, error) {
	var ps pos.List
	r := &Registry{File: file, names: map[string]map[string]*Entry{}, own: map[string]map[string]*Entry{}, slugs: map[string]*Entry{},
		former: map[string]*Entry{}, govs: map[string]*Government{}}
	root := textfile.YAMLDoc(file, data, &ps)
	if root != nil && root.Kind != yaml.SequenceNode {
		ps.Add(file, root.Line, "expected a list of departments (\"- name: …\")")
		root = nil
	}
	if root != nil {
		for _, n := range root.Content {
			if isGovernment(n) {
				if g := readGovernment(file, n, &ps); g != nil {
					r.addGovernment(g, &ps)
				}
			} else if e := readEntry(file, n, &ps); e != nil {
				r.add(e, &ps)
			}
		}
		r.checkFormer(&ps)
		r.linkGovernments(&ps)
		r.linkRoles(&ps)
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return r, nil
}

// fields is textfile.Pairs over a mapping of the registry, reporting a
// field given twice.
func fields(file string, n *yaml.Node, what string, ps *pos.List, fn func(key string, k, v *yaml.Node)) {
	seen := map[string]bool{}
	textfile.Pairs(file, n, what, ps, func(key string, k, v *yaml.Node) {
		if seen[key] {
			ps.Add(file, k.Line, "field %q given twice", key)
		}
		seen[key] = true
		fn(key, k, v)
	})
}

// readEntry reads one "- name: …" mapping and checks its fields.
func readEntry(file string, n *yaml.Node, ps *pos.List) *Entry {
	e := &Entry{Line: n.Line, Known: true}
	fields(file, n, "department", ps, func(key string, k, v *yaml.Node) {
		switch key {
		case "name":
			e.Name = strings.TrimSpace(textfile.Scalar(file, v, key, ps))
		case "full":
			e.Full = strings.TrimSpace(textfile.Scalar(file, v, key, ps))
		case "aliases":
			e.Aliases = textfile.List(file, v, key, ps)
		case "own_aliases":
			e.OwnAliases = textfile.List(file, v, key, ps)
		case "en":
			e.EN = strings.TrimSpace(textfile.Scalar(file, v, key, ps))
		case "en_aliases":
			e.ENAliases = textfile.List(file, v, key, ps)
		case "kind":
			e.Kind = textfile.Scalar(file, v, key, ps)
			if !slices.Contains(kinds, e.Kind) {
				ps.Add(file, v.Line, "kind %q: expected one of %s", e.Kind, strings.Join(kinds, ", "))
			}
		case "scope":
			e.Scope = textfile.Scalar(file, v, key, ps)
		case "slug":
			e.Slug = textfile.Scalar(file, v, key, ps)
			if !slugPattern.MatchString(e.Slug) {
				ps.Add(file, v.Line, "slug %q: expected lower-case ASCII letters and digits joined by hyphens", e.Slug)
			}
		case "former":
			e.Former = textfile.List(file, v, key, ps)
			for _, s := range e.Former {
				if !slugPattern.MatchString(s) {
					ps.Add(file, v.Line, "former slug %q: expected lower-case ASCII letters and digits joined by hyphens", s)
				}
			}
		default:
			ps.Add(file, k.Line, "unknown field %q (expected name, full, aliases, own_aliases, en, en_aliases, kind, scope, slug, former)", key)
		}
	})
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for _, f := range []struct{ name, value string }{{"name", e.Name}, {"en", e.EN}, {"kind", e.Kind}, {"slug", e.Slug}} {
		if f.value == "" {
			ps.Add(file, n.Line, "department %q has no %s", e.Name, f.name)
		}
	}
	e.Pinyin = romanize(e.Name)
	return e
}

// add indexes e, reporting a slug, name or alias that is already taken. A
// name is taken within its scope; an entry without scope takes it in all.
func (r *Registry) add(e *Entry, ps *pos.List) {
	if e.Slug != "" {
		if prev := r.slugs[e.Slug]; prev != nil {
			ps.Add(r.File, e.Line, "slug %q already used by %s (line %d)", e.Slug, prev.Name, prev.Line)
		} else {
			r.slugs[e.Slug] = e
		}
	}
	if r.names[e.Scope] == nil {
		r.names[e.Scope] = map[string]*Entry{}
	}
	own := map[string]bool{}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		key := normalize(name)
		if key == "" || own[key] {
			continue
		}
		own[key] = true
		for scope, names := range r.names {
			if scope != e.Scope && scope != "" && e.Scope != "" {
				continue
			}
			if prev := names[key]; prev != nil {
				ps.Add(r.File, e.Line, "name %q of %s already names %s (line %d)", name, e.Name, prev.Name, prev.Line)
			}
		}
		if prev := r.own[e.Scope][key]; prev != nil {
			ps.Add(r.File, e.Line, "name %q of %s already names %s (line %d)", name, e.Name, prev.Name, prev.Line)
		}
		r.names[e.Scope][key] = e
	}
	for _, name := range e.OwnAliases {
		key := normalize(name)
		switch {
		case key == "" || own[key]:
			continue
		case e.Scope == "":
			ps.Add(r.File, e.Line, "own alias %q of %s: an entry without scope has no own government's plans to name it in", name, e.Name)
			continue
		}
		own[key] = true
		prev := r.names[e.Scope][key]
		if prev == nil {
			prev = r.own[e.Scope][key]
		}
		if prev != nil {
			ps.Add(r.File, e.Line, "name %q of %s already names %s (line %d)", name, e.Name, prev.Name, prev.Line)
		}
		if r.own[e.Scope] == nil {
			r.own[e.Scope] = map[string]*Entry{}
		}
		r.own[e.Scope][key] = e
	}
	r.Entries = append(r.Entries, e)
}

// addGovernment indexes a declared government, reporting an id declared
// twice.
func (r *Registry) addGovernment(g *Government, ps *pos.List) {
	if g.ID == "" {
		return
	}
	if prev := r.govs[g.ID]; prev != nil {
		ps.Add(r.File, g.Line, "government %q already declared (line %d)", g.ID, prev.Line)
		return
	}
	r.govs[g.ID] = g
	r.govList = append(r.govList, g)
}

// checkFormer indexes the retired slugs, which must name no other
// department, now or before.
func (r *Registry) checkFormer(ps *pos.List) {
	for _, e := range r.Entries {
		for _, s := range e.Former {
			if cur := r.slugs[s]; cur != nil {
				ps.Add(r.File, e.Line, "former slug %q of %s is the slug of %s (line %d)", s, e.Name, cur.Name, cur.Line)
			} else if prev := r.former[s]; prev != nil && prev != e {
				ps.Add(r.File, e.Line, "former slug %q of %s is already a former slug of %s (line %d)", s, e.Name, prev.Name, prev.Line)
			} else {
				r.former[s] = e
			}
		}
	}
}

// Former returns the registry entry that had the retired slug, or nil.
func (r *Registry) Former(slug string) *Entry { return r.former[slug] }

// Lookup returns the entry that name (canonical or alias) denotes in scope,
// or nil: an entry of the scope (by its own aliases too), else of the
// government it lies within (and so on up, to the national government,
// which every scope lies within), else one without scope, which matches
// in every scope.
// With scope "" a name matches only if a single entry in all scopes has it.
func (r *Registry) Lookup(scope, name string) *Entry {
	key := normalize(name)
	if key == "" {
		return nil
	}
	if scope != "" {
		if e := r.own[scope][key]; e != nil {
			return e
		}
		seen := map[string]bool{}
		for s := scope; s != "" && !seen[s]; {
			seen[s] = true
			if e := r.names[s][key]; e != nil {
				return e
			}
			g := r.govs[s]
			if g == nil {
				break
			}
			s = g.Within
		}
		if e := r.names[r.national][key]; e != nil && r.national != "" {
			return e
		}
		return r.names[""][key]
	}
	var found *Entry
	for _, names := range r.names {
		if e := names[key]; e != nil {
			if found != nil {
				return nil // ambiguous across scopes
			}
			found = e
		}
	}
	return found
}

// Sees reports whether a name of an entry of scope other resolves in scope
// (Lookup): other is scope, a government scope lies within (and so on up,
// to the national one) or "" (an entry of every scope); with scope "", any
// entry may.
func (r *Registry) Sees(scope, other string) bool {
	if scope == "" || other == "" || other == r.national {
		return true
	}
	seen := map[string]bool{}
	for s := scope; s != "" && !seen[s]; {
		if s == other {
			return true
		}
		seen[s] = true
		g := r.govs[s]
		if g == nil {
			break
		}
		s = g.Within
	}
	return false
}

// Scopes returns the scopes the registry uses, sorted.
func (r *Registry) Scopes() []string {
	var out []string
	for s := range r.names {
		if s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// normalize folds the ways one name may be written: layout spaces and
// half-width brackets.
func normalize(name string) string {
	if !strings.ContainsAny(name, " \t\u3000\u00a0\n()") {
		return name // the usual case, without a copy
	}
	var b strings.Builder
	for _, c := range name {
		switch {
		case c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\n':
		case c == '(':
			b.WriteRune('（')
		case c == ')':
			b.WriteRune('）')
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}
