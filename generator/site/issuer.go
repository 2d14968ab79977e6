package site

import (
	"cmp"
	"strings"

	"plansite/generator/link/dept"
	"plansite/generator/view"
)

// An issuer the department registry lacks is named on the library's
// filter pages by the government its plan belongs to (dept.Resolver.Gov,
// which the registry declares or the issuer's place implies), so that its
// URL stays short and is the same in every build of any library:
//
//	安徽省人民政府办公厅 (government anhui) → anhui-government-general-office,
//	    "General Office of the Anhui Provincial People's Government"
//	明溪县人民政府 (mingxi)                 → mingxi-government
//	北京市市场监督管理局 (beijing)           → beijing-shi-chang-jian-du-guan-li-ju
//	安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室
//	                                        → anhui-tjsdyqjsldxzgg (initials, the pinyin being long)
//
// The government's own bodies get an English name from the government's,
// its departments one by the departments' rule (dept.GovernmentBody);
// any other body keeps its Chinese name, shown marked as Chinese (and in
// pinyin in a <title>, Page.HeadTitle).

// issuerValues are the plan's issuing bodies, one or a joint issue's
// each: the registry's entry for the name the text signs with (its slug
// and English name), else a body of the plan's government (govIssuer;
// its English, where the government's own offices give none, as the
// plan's pages name it: view.Doc.Issuers; in Chinese by a name that says
// its government, ownName: 省粮食和物资储备局 of a Jiangxi plan is
// 江西省粮食和物资储备局 beside other provinces' bureaus),
// else the name with a short pinyin slug; in Chinese on pages in other
// languages unless the plan's signature is translated; none when the
// text names no issuer.
func (b *builder) issuerValues(d *view.Doc) []*libValue {
	out := b.issuersAlone(d)
	if d.Lang == view.SourceLang {
		return out
	}
	twins := b.issuerTwins()
	for _, v := range out {
		if !v.Han && twins[[2]string{d.Lang, v.Name}] {
			v.Name += " (" + v.zh + ")"
			v.Runs = view.ScriptRuns(v.Name)
		}
	}
	return out
}

// issuerTwins are the names in a language other than the plans' that
// issuersAlone gives two different issuers of the library (two leading
// groups' offices of one city, which the departments' rule names by their
// kind where it cannot say their missions): issuerValues has each say its
// Chinese name beside, so that no filter by issuer (the library's, the
// search page's) offers two under one name. Counted once per load.
func (b *builder) issuerTwins() map[[2]string]bool {
	return b.twins.get(func() map[[2]string]bool {
		var names []dept.Named
		for lang, docs := range b.views {
			if lang == view.SourceLang {
				continue
			}
			for _, d := range docs {
				for _, v := range b.issuersAlone(d) {
					names = append(names, dept.Named{Group: lang, EN: v.Name, Key: v.key})
				}
			}
		}
		out := map[[2]string]bool{}
		for i, twin := range dept.Twins(names) {
			if twin {
				out[[2]string{names[i].Group, names[i].EN}] = true
			}
		}
		return out
	})
}

// issuersAlone is issuerValues before issuers of one name are told apart.
func (b *builder) issuersAlone(d *view.Doc) []*libValue {
	zhNames := d.InLang(view.SourceLang).Meta.Issuers()
	names := d.Issuers()
	var out []*libValue
	for i, zhName := range zhNames {
		v := &libValue{Facet: "issuer", Slug: shortSlug(zhName), Name: zhName, key: zhName, zh: zhName}
		if a := d.Analysis(); a != nil && a.Resolver != nil {
			if e := a.Resolver.Known(zhName); e != nil {
				v.Slug, v.key = e.Slug, "registry:"+e.Slug
				if d.Lang != view.SourceLang && e.EN != "" {
					v.Name = e.EN
				} else if d.Lang == view.SourceLang {
					v.Name = ownName(zhName, e.FullName(), cmp.Or(e.Gov, a.Resolver.Gov))
				}
			} else if slug, en, ok := govIssuer(zhName, a.Resolver.Gov); ok {
				en = a.Resolver.WithMission(zhName, en)
				// One body of the government however a plan prints it
				// (市房屋管理局 of a joint notice, 上海市房屋管理局 of
				// another): one value, where each had its own.
				v.Slug, v.key = slug, "government:"+slug
				if d.Lang != view.SourceLang && en != "" {
					v.Name = en
				} else if d.Lang == view.SourceLang {
					v.Name = ownName(zhName, "", a.Resolver.Gov)
				}
			}
		}
		if d.Lang != view.SourceLang && v.Name == zhName {
			if i < len(names) && names[i] != zhName {
				v.Name = names[i]
			} else {
				v.Han = true
			}
		}
		out = append(out, v)
	}
	return out
}

// issuerNames are the names issuerValues gives the plan's issuers, which
// every filter by issuer shows a reader: the library's and the search
// results page's, where the search index had the names as printed
// (省粮食和物资储备局 beside the library's 江西省粮食和物资储备局).
func (b *builder) issuerNames(d *view.Doc) []string {
	var out []string
	for _, v := range b.issuerValues(d) {
		out = append(out, v.Name)
	}
	return out
}

// maxSlug is the longest pinyin slug an issuer's name keeps; a longer one
// gives way to the initials of its syllables, at most maxInitials.
const (
	maxSlug     = 40
	maxInitials = 16
)

// govIssuer is the slug and English name ("" when none) of zh, an issuer
// the registry lacks, as a body of g; ok is false when zh does not begin
// with g's place.
func govIssuer(zh string, g *dept.Government) (slug, en string, ok bool) {
	if g == nil || g.ID == "" {
		return "", "", false
	}
	rest, en, ok := dept.GovernmentBody(zh, g)
	if !ok {
		return "", "", false
	}
	if s, ok := govBodySlugs[strings.TrimPrefix(rest, "人民")]; ok {
		return g.ID + "-" + s, en, true
	}
	return g.ID + "-" + shortSlug(rest), en, true
}

// govBodySlugs are the slugs of a government's own bodies, after its id.
var govBodySlugs = map[string]string{
	"政府": "government", "政府办公厅": "government-general-office", "政府办公室": "government-office",
	"委": "party-committee", "委办公室": "party-committee-office", "委办": "party-committee-office",
	"委办公厅": "party-committee-general-office",
}

// shortSlug is the pinyin slug of a name (dept.Slug), or the initials of
// its syllables when that is longer than maxSlug.
func shortSlug(name string) string {
	s := dept.Slug(name)
	if len(s) <= maxSlug {
		return s
	}
	var initials []byte
	for syl := range strings.SplitSeq(s, "-") {
		if syl != "" && len(initials) < maxInitials {
			initials = append(initials, syl[0])
		}
	}
	return string(initials)
}
