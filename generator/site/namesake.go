package site

import (
	"slices"
	"strings"

	"plansite/generator/plan"
	"plansite/generator/view"
)

// namesake is what tells plan i of lang apart from the library's other
// plans of its title, or "" when no other has it (namesakes).
func (b *builder) namesake(lang string, i int) string {
	return b.namesakes()[b.views[lang][i]]
}

// Namesake is what tells d apart from the library's other plans of its
// title (namesakes), or "".
func (p *Page) Namesake(d *view.Doc) string {
	return p.b.namesakes()[d]
}

// namesakes maps each plan, in each language, that shares its title with
// another plan of the library to what tells it apart. Two editions of a
// rule share their title (某区校外培训机构管理办法 of 2015 and of 2023), and
// a list that names plans by title alone — search results grouped by
// plan, the search's plan filter, a department's plans — would show one
// line twice. Made once per load, as every department page asks.
func (b *builder) namesakes() map[*view.Doc]string {
	return b.names.get(func() map[*view.Doc]string {
		out := map[*view.Doc]string{}
		for _, docs := range b.views {
			byTitle := map[string][]*view.Doc{}
			for _, d := range docs {
				t := d.Title()
				byTitle[t] = append(byTitle[t], d)
			}
			for _, same := range byTitle {
				if len(same) > 1 {
					for _, d := range same {
						out[d] = tellApart(d, same)
					}
				}
			}
		}
		return out
	})
}

// SameTitles implements view.Site: how many plans of the library in lang
// have the title t alone (view.Doc.TitleAlone), so that a title made by
// rule that another plan shares takes its number. Counted once per load,
// as every plan asks.
func (b *builder) SameTitles(lang, t string) int {
	return b.titles.get(func() map[[2]string]int {
		out := map[[2]string]int{}
		for l, docs := range b.views {
			for _, d := range docs {
				out[[2]string{l, d.TitleAlone()}]++
			}
		}
		return out
	})[[2]string{lang, t}]
}

// tellApart is the first of d's document number, issuers and year that no
// other plan of same (d among them) shares; failing all three, its slug.
func tellApart(d *view.Doc, same []*view.Doc) string {
	for _, tell := range []func(*view.Doc) string{docNumber, issuerNames, docYear} {
		mine := tell(d)
		if mine == "" {
			continue
		}
		if !slices.ContainsFunc(same, func(o *view.Doc) bool { return o != d && tell(o) == mine }) {
			return mine
		}
	}
	return d.Slug
}

// docNumber is d's document number as its language prints it.
func docNumber(d *view.Doc) string {
	if d.Lang != view.SourceLang {
		if n := d.NumberInLang(); n != "" {
			return n
		}
	}
	return d.Meta.DocumentNumber
}

// issuerNames are d's issuers in one line.
func issuerNames(d *view.Doc) string {
	sep := ", "
	if d.Lang == view.SourceLang {
		sep = "、"
	}
	return strings.Join(d.Issuers(), sep)
}

// docYear is the year d was signed, published or numbered: the library's
// year facet, and what tells namesakes apart when their numbers and
// issuers do not.
func docYear(d *view.Doc) string {
	if len(d.Meta.Date) >= 4 {
		return d.Meta.Date[:4]
	}
	if p := d.Portal().Published; len(p) >= 4 {
		return p[:4]
	}
	return plan.NumberYear(d.Meta.DocumentNumber)
}
