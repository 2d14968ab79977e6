package alias

import (
	"bytes"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"plansite/generator/plan"
	"plansite/generator/textfile"
)

// Staff cite a passage for years, but a build only sees the project as it
// is now: a renumbered passage or a renamed seed loses its addresses
// without a word when the site is built afresh, as a CI build is. So the
// project can keep a ledger of every address it has published,
// PublishedFile, one line each:
//
//	# comment
//	zichuan-education-2022                 the plan: /<lang>/<slug>/
//	zichuan-education-2022/part_2__sec_1   a passage: its page
//	                                       /<lang>/<slug>/<eId>/ and its
//	                                       anchor #<eId> on the plan page
//	departments/education-sports-bureau    a department's page
//	                                       /<lang>/departments/<slug>/
//
// `generator check -record` appends the addresses the ledger lacks and
// never removes a line; `check` fails, and `build` warns, at the line of
// every address that neither a plan nor an alias (File) answers now, nor
// a department's page or its former slug (content/departments.yaml). An
// editor lets an address go by deleting its line.

// PublishedFile is the ledger of published addresses.
const PublishedFile = "content/published.txt"

// Address is a line of PublishedFile: a plan (EID empty), a passage, or
// a department's page (Dept).
type Address struct {
	Slug, EID string
	Dept      string // a department's slug; Slug and EID are then empty
	Line      int    // in PublishedFile; 0 for an address not listed yet
}

// deptDir is the site section of the departments' pages, which no plan's
// slug can be (package site refuses such a seed).
const deptDir = "departments"

// String is the address as PublishedFile writes it.
func (a Address) String() string {
	switch {
	case a.Dept != "":
		return deptDir + "/" + a.Dept
	case a.EID == "":
		return a.Slug
	}
	return a.Slug + "/" + a.EID
}

// deptSlug is the shape of a department's slug (link/dept).
var deptSlug = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ReadPublished reads PublishedFile; no file is an empty ledger.
func ReadPublished(root fs.FS) ([]Address, error) {
	data, err := textfile.Read(root, PublishedFile)
	if err != nil || data == nil {
		return nil, err
	}
	var out []Address
	seen := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		a := Address{Line: i + 1}
		a.Slug, a.EID, _ = strings.Cut(line, "/")
		if a.Slug == deptDir {
			a.Slug, a.EID, a.Dept = "", "", a.EID
		}
		if a.Dept == "" && (a.Slug == "" || strings.ContainsAny(a.Slug, " \t#") || a.EID != "" && !eidPattern.MatchString(a.EID)) ||
			a.Dept != "" && !deptSlug.MatchString(a.Dept) || line == deptDir || line == deptDir+"/" {
			return nil, fmt.Errorf("%s:%d: want <plan slug>, <plan slug>/<eId> or departments/<department slug>, found %q", PublishedFile, a.Line, line)
		}
		if prev, dup := seen[line]; dup {
			return nil, fmt.Errorf("%s:%d: %s is listed already at line %d", PublishedFile, a.Line, line, prev)
		}
		seen[line] = a.Line
		out = append(out, a)
	}
	return out, nil
}

// Lost returns a warning at the line of every address of published that
// neither a plan of docs nor an alias of set answers, nor a department of
// depts (every slug the site has a department's page or redirect at),
// saying what the editor can do: where the passage moved in the plan's
// outline (plan.Moves: a heading added above the plan's title makes
// part_1 att_2__part_1), the alias that redirects it. A plan that is gone
// loses all its addresses, and only its first line stands for them; a
// plan that lost more than most passages (most > 0) has one warning for
// them, at the first, saying how many.
func Lost(published []Address, docs []*plan.Document, set Set, depts map[string]bool, most int) []plan.Warning {
	bySlug := map[string]*plan.Document{}
	for _, d := range docs {
		bySlug[d.Slug] = d
	}
	gone := map[string]bool{}
	moves := map[string]*plan.Moves{}
	lost := map[string][]plan.Warning{} // a plan's lost passages, by slug
	moved := map[string]int{}           // how many of them moved
	var order []string                  // slugs as their first lost passage comes
	var out []plan.Warning
	for _, a := range published {
		d := bySlug[a.Slug]
		switch {
		case a.Dept != "":
			if !depts[a.Dept] {
				out = append(out, plan.Warning{File: PublishedFile, Line: a.Line, Msg: fmt.Sprintf(
					"%s was published, and no department has that page now: give %s as former: of the department that took its place in content/departments.yaml (a redirect), or delete this line to let it go",
					a, a.Dept)})
			}
		case d == nil:
			if !gone[a.Slug] {
				gone[a.Slug] = true
				out = append(out, plan.Warning{File: PublishedFile, Line: a.Line, Msg: fmt.Sprintf(
					"the plan %[1]s was published, and seeds/ has no plan %[1]s now: name its seed %[1]s again, or delete its lines to let its addresses go", a.Slug)})
			}
		case a.EID == "" || d.Node(a.EID) != nil:
		default:
			if _, ok := set[a.Slug][a.EID]; ok {
				continue
			}
			if moves[a.Slug] == nil {
				moves[a.Slug] = plan.NewMoves(d.EIDs())
			}
			msg := fmt.Sprintf("%s was published, and the plan has no passage %s now: list it in %s under %s with the eId of the passage it became (a redirect), or delete this line to let it go", a, a.EID, File, a.Slug)
			if now := moves[a.Slug].Of(a.EID); now != "" {
				moved[a.Slug]++
				msg = fmt.Sprintf("%s was published, and the plan has no passage %s now; the passage moved in the outline and is %s: add \"%s: %s\" under %s in %s (a redirect), or delete this line to let it go", a, a.EID, now, a.EID, now, a.Slug, File)
			}
			if lost[a.Slug] == nil {
				order = append(order, a.Slug)
			}
			lost[a.Slug] = append(lost[a.Slug], plan.Warning{File: PublishedFile, Line: a.Line, Msg: msg})
		}
	}
	for _, slug := range order {
		ws := lost[slug]
		if most <= 0 || len(ws) <= most {
			out = append(out, ws...)
			continue
		}
		msg := fmt.Sprintf("%d published passages of %s no longer answer", len(ws), slug)
		if moved[slug] > 0 {
			msg += fmt.Sprintf("; %d of them moved in the outline (a heading added or taken out above them moves their eIds)", moved[slug])
		}
		out = append(out, plan.Warning{File: PublishedFile, Line: ws[0].Line, Msg: msg + "; go run ./generator check lists each with the alias that redirects it"})
	}
	slices.SortStableFunc(out, func(x, y plan.Warning) int { return x.Line - y.Line })
	return out
}

// Unlisted returns the addresses of docs and of the departments' pages
// depts (their slugs) that published lacks: plan by plan, the plan, then
// its passages in document order; then the departments in depts' order.
func Unlisted(published []Address, docs []*plan.Document, depts []string) []Address {
	listed := map[Address]bool{}
	for _, a := range published {
		listed[Address{Slug: a.Slug, EID: a.EID, Dept: a.Dept}] = true
	}
	var out []Address
	add := func(a Address) {
		if !listed[a] {
			out = append(out, a)
		}
	}
	for _, d := range docs {
		add(Address{Slug: d.Slug})
		d.Walk(func(n *plan.Node) bool {
			if n.EID != "" {
				add(Address{Slug: d.Slug, EID: n.EID})
			}
			return true
		})
	}
	for _, slug := range depts {
		add(Address{Dept: slug})
	}
	return out
}

// publishedHeader opens a ledger that `check -record` makes.
const publishedHeader = `# Addresses this site has published, one per line: a plan's slug (its
# page /<lang>/<slug>/), <slug>/<eId> (a passage's page and its anchor on
# the plan page) or departments/<slug> (a department's page). Staff cite
# them for years, so every one must keep answering: ` + "`generator check`" + ` fails,
# and the build warns, at the line of an address that no plan, no alias in
# content/aliases.yaml and no department (or its former: slug in
# content/departments.yaml) answers.
# ` + "`generator check -record`" + ` appends new addresses and never removes one;
# delete a line to let an address go for good.
`

// AppendPublished returns the ledger data (nil: none yet) with add
// appended, each on a line of its own.
func AppendPublished(data []byte, add []Address) []byte {
	out := slices.Clone(data)
	if len(out) == 0 {
		out = []byte(publishedHeader)
	}
	if !bytes.HasSuffix(out, []byte("\n")) {
		out = append(out, '\n')
	}
	for _, a := range add {
		out = append(append(out, a.String()...), '\n')
	}
	return out
}
