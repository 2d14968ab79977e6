package view

import (
	"plansite/generator/schemaorg"
)

// SchemaPlan describes d for package schemaorg; with links, it names the
// other languages and the downloads too. Without, it is made once for the
// plan (every permalink page's JSON-LD names it) and must not be changed.
func (d *Doc) SchemaPlan(links bool) *schemaorg.Plan {
	if !links {
		return d.schemaPlan()
	}
	sp := d.schemaPlanOnly()
	for _, lang := range Langs() {
		v := d.InLang(lang)
		if lang == SourceLang && lang != d.Lang {
			sp.Original = v.schemaPlanOnly()
		}
		if lang != SourceLang && d.Lang == SourceLang {
			sp.Translations = append(sp.Translations, v.schemaPlanOnly())
		}
		sp.Downloads = append(sp.Downloads,
			&schemaorg.DataDownload{Type: "DataDownload", ContentURL: d.Absolute(v.DataURL()), EncodingFormat: "application/json", InLanguage: HTMLLang(lang)},
			&schemaorg.DataDownload{Type: "DataDownload", ContentURL: d.Absolute("/" + DataFile(v, "csv", false)), EncodingFormat: "text/csv", InLanguage: HTMLLang(lang)},
			&schemaorg.DataDownload{Type: "DataDownload", ContentURL: d.Absolute("/" + DataFile(v, "akn.xml", true)), EncodingFormat: "application/akn+xml", InLanguage: HTMLLang(lang)},
		)
	}
	return sp
}

// schemaPlanOnly describes d alone.
func (d *Doc) schemaPlanOnly() *schemaorg.Plan {
	sp := &schemaorg.Plan{
		Name: d.givenTitle(), NoticeTitle: d.NoticeTitle(), Number: d.Meta.DocumentNumber, Date: d.Meta.Date,
		Issuers: d.Issuers(), Lang: HTMLLang(d.Lang), URL: d.Absolute(d.URL()),
		Authoritative: d.Lang == SourceLang,
	}
	if d.site != nil {
		w := d.site.Work(d.Slug)
		sp.Jurisdiction = w.Jurisdiction[d.Lang]
		sp.Type = w.Type[d.Lang]
		sp.FRBR = w.Identify(d.Document, d.Lang).Expression
	}
	if sp.Number != "" {
		sp.Description = d.Issuer() + " " + d.NumberShown()
	}
	return sp
}
